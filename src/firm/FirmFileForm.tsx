import { useEffect, useEffectEvent, useMemo } from 'react';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { Checkbox, SelectField, TextArea, TextField } from '../components/form/fields';
import { rowKey } from '../components/form/path';
import { Rows } from '../components/form/Rows';
import { useForm } from '../components/form/useForm';
import { ADVICE_AS_OF } from '../content/changes';
import { FIRM_FORM as T } from '../content/firmForm';
import { LANGUAGE } from '../content/language';
import { useBlobUrl } from '../hooks/useBlobUrl';
import { Conditions } from './Conditions';
import { OpenSiteSettings } from './OpenSiteSettings';
import {
  checkDraft,
  draftFrom,
  emptyDraft,
  newContact,
  newPoint,
  removeContact,
  whenChoices,
  type Draft,
} from './draft';
import {
  MAX_CONTACTS,
  MAX_NAME,
  MAX_POINTS,
  MAX_TEXT,
  type FirmFile,
  type FirmSettings,
} from './settings';

// Room to go over a limit: the problem beside the field then says why, where a field that
// stopped taking letters would not.
const NAME = MAX_NAME + 20;

/**
 * The builder's form for the firm file (`firm.json`): a field for each setting, each
 * problem beside its field, the file itself, and a link to download it. `onSettingsChange`
 * gets the file whenever it is valid (and undefined when it is not), in the page's language,
 * for a preview. Each text a reader sees has an optional second field for the other language.
 */
export function FirmFileForm({
  initial,
  onSettingsChange,
}: {
  initial?: FirmFile;
  onSettingsChange?: (settings: FirmSettings | undefined) => void;
}) {
  const form = useForm({
    initial: (): Draft => (initial ? draftFrom(initial) : emptyDraft()),
    check: checkDraft,
    words: T,
  });
  const { json, settings } = form.checked;
  const text = useMemo(() => `${JSON.stringify(json, null, 2)}\n`, [json]);

  // Once per change of the file, not once per render; undefined while it has a problem.
  const reportSettings = useEffectEvent((p: FirmSettings | undefined) => onSettingsChange?.(p));
  useEffect(() => reportSettings(settings), [settings]);
  const download = useBlobUrl(settings ? text : '');

  // What the points and the red flag can name: each contact by its row.
  const contacts = (form.value.contacts ?? []).map((c, i) => ({
    value: String(rowKey(c)),
    label: c.label || c.labelOther || c.id || T.contacts.item(i + 1),
  }));

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        {T.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      <OpenSiteSettings onOpen={(p) => form.reset(draftFrom(p))} />

      <TextField field={form.field('firm')} maxLength={NAME} autoComplete="organization" />
      <TextField field={form.field('firmOther')} maxLength={NAME} lang={LANGUAGE.other.tag} />
      <TextField
        field={form.field('revised')}
        size="w-40 font-mono"
        maxLength={10}
        inputMode="numeric"
        spellCheck={false}
      />
      <TextField
        field={form.field('policyUrl')}
        size="w-full max-w-xl"
        inputMode="url"
        spellCheck={false}
      />
      <Rows form={form} path="contacts" max={MAX_CONTACTS} make={newContact} remove={removeContact}>
        {(i) => (
          <>
            <TextField field={form.field(`contacts.${i}.label`)} maxLength={NAME} />
            <TextField
              field={form.field(`contacts.${i}.labelOther`)}
              maxLength={NAME}
              lang={LANGUAGE.other.tag}
            />
            <TextField
              field={form.field(`contacts.${i}.href`)}
              size="w-full max-w-xl"
              inputMode="url"
              spellCheck={false}
            />
            <TextField
              field={form.field(`contacts.${i}.id`)}
              size="w-56 font-mono"
              maxLength={30}
              spellCheck={false}
            />
          </>
        )}
      </Rows>
      <SelectField field={form.field('escalate')} none={T.escalate.none} options={contacts} />
      <SelectField
        field={form.field('body')}
        none={T.body.askEach}
        options={whenChoices('body').options}
      />
      <Rows form={form} path="points" max={MAX_POINTS} make={newPoint}>
        {(i) => (
          <>
            <TextArea field={form.field(`points.${i}.text`)} rows={3} maxLength={MAX_TEXT + 50} />
            <TextArea
              field={form.field(`points.${i}.textOther`)}
              rows={3}
              maxLength={MAX_TEXT + 50}
              lang={LANGUAGE.other.tag}
            />
            <SelectField
              field={form.field(`points.${i}.contact`)}
              none={T.points.contact.none}
              options={contacts}
            />
            <Checkbox field={form.field(`points.${i}.first`)} />
            <Conditions field={form.field(`points.${i}.when`)} point={T.points.item(i + 1)} />
          </>
        )}
      </Rows>

      <fieldset className="space-y-4" aria-describedby={form.id('approved-hint')}>
        <legend className="text-lg font-bold">{T.approved.legend}</legend>
        <p id={form.id('approved-hint')} className="text-sm text-muted">
          {T.approved.hint(ADVICE_AS_OF)}
        </p>
        <TextField field={form.field('approved.by')} maxLength={NAME} />
        <TextField field={form.field('approved.on')} size="w-40 font-mono" maxLength={10} />
      </fieldset>

      <div className="space-y-2">
        <label htmlFor={form.id('json')} className="block font-bold">
          {T.json.label}
        </label>
        <p id={form.id('json-hint')} className="text-sm text-muted">
          {T.json.hint}
        </p>
        <textarea
          id={form.id('json')}
          aria-describedby={form.id('json-hint')}
          readOnly
          value={text}
          rows={Math.min(30, text.split('\n').length)}
          spellCheck={false}
          className="block w-full rounded-md border border-[var(--line)] bg-[var(--surface)] p-2 font-mono text-sm field-sizing-content"
        />
        {settings && download && (
          <a href={download} download="firm.json" className="btn btn-primary">
            {T.download}
          </a>
        )}
        <ErrorSummary form={form} title={T.invalid} show={T.showProblems} />
      </div>
    </div>
  );
}
