import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { ADVICE_AS_OF } from '../content/changes';
import { FIRM_FORM as T } from '../content/firmForm';
import type { BodyId } from '../decision/steps';
import {
  checkDraft,
  draftFrom,
  emptyDraft,
  newContact,
  newPoint,
  WHEN_KEYS,
  whenChoices,
  type ContactDraft,
  type Draft,
  type PointDraft,
  type WhenKey,
} from './draft';
import { MAX_CONTACTS, MAX_POINTS, MAX_NAME, MAX_TEXT, type FirmPack } from './pack';

const INPUT = 'block rounded-md border border-[var(--line)] bg-[var(--bg)] p-2';
const INVALID = 'border-2 border-[var(--danger)]';

/** The form's fields, by their path in the file, in the order they appear on screen. */
function fieldsOf(draft: Draft): Set<string> {
  return new Set([
    'firm',
    'revised',
    'policyUrl',
    'contacts',
    ...draft.contacts.flatMap((_, i) => ['label', 'href', 'id'].map((f) => `contacts.${i}.${f}`)),
    'escalate',
    'body',
    'points',
    ...draft.points.flatMap((_, i) => ['text', 'contact', 'when'].map((f) => `points.${i}.${f}`)),
    'approved.by',
    'approved.on',
  ]);
}

/**
 * The builder's form for the firm file (`firm.json`): a field for each setting, each
 * problem beside its field, the file itself, and a link to download it. `onPackChange`
 * gets the file whenever it is valid (and undefined when it is not), for a preview.
 */
export function FirmFileForm({
  initial,
  onPackChange,
}: {
  initial?: FirmPack;
  onPackChange?: (pack: FirmPack | undefined) => void;
}) {
  const uid = useId();
  const idFor = (key: string) => `${uid}-${key.replace(/\./g, '-')}`;
  const [draft, setDraft] = useState<Draft>(() => (initial ? draftFrom(initial) : emptyDraft()));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);

  const fields = useMemo(() => fieldsOf(draft), [draft]);
  const { json, pack, errors } = useMemo(
    () => checkDraft(draft, (key) => fields.has(key)),
    [draft, fields],
  );
  const text = useMemo(() => `${JSON.stringify(json, null, 2)}\n`, [json]);
  const errorFor = (key: string) => (showAll || touched.has(key) ? errors.get(key) : undefined);
  const touch = (key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));

  // Once per change of the file, not once per render; undefined while it has a problem.
  const reportPack = useEffectEvent((p: FirmPack | undefined) => onPackChange?.(p));
  useEffect(() => reportPack(pack), [pack]);

  const download = useBlobUrl(pack ? text : '');

  // After adding or removing a row, focus goes where a keyboard user wants it next: the
  // new row's first field, or the add button where the removed row was.
  const focusNext = useRef<string>(undefined);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });
  const setFocusNext = (id: string) => (focusNext.current = id);

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setContact = (i: number, patch: Partial<ContactDraft>) =>
    setDraft((d) => ({
      ...d,
      contacts: d.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    }));
  const setPoint = (i: number, patch: Partial<PointDraft>) =>
    setDraft((d) => ({ ...d, points: d.points.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));

  const addContact = () => {
    setFocusNext(idFor(`contacts.${draft.contacts.length}.label`));
    set({ contacts: [...draft.contacts, newContact(draft.contacts)] });
  };
  const removeContact = (i: number) => {
    const gone = draft.contacts[i]?.key;
    setDraft((d) => ({
      ...d,
      contacts: d.contacts.filter((_, j) => j !== i),
      // Nothing may name a contact that is no longer there.
      escalate: d.escalate === gone ? '' : d.escalate,
      points: d.points.map((p) => (p.contact === gone ? { ...p, contact: '' } : p)),
    }));
    setFocusNext(idFor('contacts-add'));
  };
  const addPoint = () => {
    setFocusNext(idFor(`points.${draft.points.length}.text`));
    set({ points: [...draft.points, newPoint()] });
  };
  const removePoint = (i: number) => {
    setDraft((d) => ({ ...d, points: d.points.filter((_, j) => j !== i) }));
    setFocusNext(idFor('points-add'));
  };

  const showProblems = () => {
    setShowAll(true);
    const first = [...fields].find((key) => errors.has(key));
    if (first) setFocusNext(idFor(first));
  };

  const contactName = (c: ContactDraft, i: number) => c.label || c.id || T.contacts.item(i + 1);

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        {T.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>

      <Field id={idFor('firm')} label={T.firm.label} hint={T.firm.hint} error={errorFor('firm')}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.firm}
            // Room to go over: the error beside the field then says why, where a field
            // that stopped taking letters would not.
            maxLength={MAX_NAME + 20}
            autoComplete="organization"
            onChange={(e) => set({ firm: e.target.value })}
            onBlur={() => touch('firm')}
            className={`${INPUT} w-full max-w-md ${props['aria-invalid'] ? INVALID : ''}`}
          />
        )}
      </Field>

      <Field
        id={idFor('revised')}
        label={T.revised.label}
        hint={T.revised.hint}
        error={errorFor('revised')}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.revised}
            maxLength={10}
            inputMode="numeric"
            spellCheck={false}
            onChange={(e) => set({ revised: e.target.value })}
            onBlur={() => touch('revised')}
            className={`${INPUT} w-40 font-mono ${props['aria-invalid'] ? INVALID : ''}`}
          />
        )}
      </Field>

      <Field
        id={idFor('policyUrl')}
        label={T.policyUrl.label}
        hint={T.policyUrl.hint}
        error={errorFor('policyUrl')}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            inputMode="url"
            spellCheck={false}
            value={draft.policyUrl}
            onChange={(e) => set({ policyUrl: e.target.value })}
            onBlur={() => touch('policyUrl')}
            className={`${INPUT} w-full max-w-xl ${props['aria-invalid'] ? INVALID : ''}`}
          />
        )}
      </Field>

      <fieldset className="space-y-4" aria-describedby={idFor('contacts-hint')}>
        <legend className="text-lg font-bold">{T.contacts.legend}</legend>
        <p id={idFor('contacts-hint')} className="text-sm text-muted">
          {T.contacts.hint}
        </p>
        {draft.contacts.map((c, i) => (
          <fieldset key={c.key} className="space-y-3 rounded-md border border-[var(--line)] p-3">
            <legend className="px-1 font-bold">{T.contacts.item(i + 1)}</legend>
            <Field
              id={idFor(`contacts.${i}.label`)}
              label={T.contacts.label}
              hint={T.contacts.labelHint}
              error={errorFor(`contacts.${i}.label`)}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={c.label}
                  maxLength={MAX_NAME + 20}
                  onChange={(e) => setContact(i, { label: e.target.value })}
                  onBlur={() => touch(`contacts.${i}.label`)}
                  className={`${INPUT} w-full max-w-md ${props['aria-invalid'] ? INVALID : ''}`}
                />
              )}
            </Field>
            <Field
              id={idFor(`contacts.${i}.href`)}
              label={T.contacts.href}
              hint={T.contacts.hrefHint}
              error={errorFor(`contacts.${i}.href`)}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  inputMode="url"
                  spellCheck={false}
                  value={c.href}
                  onChange={(e) => setContact(i, { href: e.target.value })}
                  onBlur={() => touch(`contacts.${i}.href`)}
                  className={`${INPUT} w-full max-w-xl ${props['aria-invalid'] ? INVALID : ''}`}
                />
              )}
            </Field>
            <Field
              id={idFor(`contacts.${i}.id`)}
              label={T.contacts.id}
              hint={T.contacts.idHint}
              error={errorFor(`contacts.${i}.id`)}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  spellCheck={false}
                  value={c.id}
                  maxLength={30}
                  onChange={(e) => setContact(i, { id: e.target.value })}
                  onBlur={() => touch(`contacts.${i}.id`)}
                  className={`${INPUT} w-56 font-mono ${props['aria-invalid'] ? INVALID : ''}`}
                />
              )}
            </Field>
            <button type="button" className="btn btn-secondary" onClick={() => removeContact(i)}>
              {T.contacts.remove(i + 1)}
            </button>
          </fieldset>
        ))}
        {draft.contacts.length < MAX_CONTACTS ? (
          <button
            id={idFor('contacts-add')}
            type="button"
            className="btn btn-secondary"
            onClick={addContact}
          >
            {draft.contacts.length === 0 ? T.contacts.add : T.contacts.addAnother}
          </button>
        ) : (
          <p id={idFor('contacts-add')} tabIndex={-1} className="text-sm font-semibold">
            {T.contacts.max}
          </p>
        )}
      </fieldset>

      <Field
        id={idFor('escalate')}
        label={T.escalate.label}
        hint={T.escalate.hint}
        error={errorFor('escalate')}
      >
        {(props) => (
          <select
            {...props}
            value={String(draft.escalate)}
            onChange={(e) => set({ escalate: e.target.value ? Number(e.target.value) : '' })}
            className={`${INPUT} w-full max-w-md`}
          >
            <option value="">{T.escalate.none}</option>
            {draft.contacts.map((c, i) => (
              <option key={c.key} value={c.key}>
                {contactName(c, i)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field id={idFor('body')} label={T.body.label} hint={T.body.hint} error={errorFor('body')}>
        {(props) => (
          <select
            {...props}
            value={draft.body}
            onChange={(e) => set({ body: e.target.value as BodyId | '' })}
            className={`${INPUT} w-full max-w-md`}
          >
            <option value="">{T.body.askEach}</option>
            {whenChoices('body').options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="space-y-4" aria-describedby={idFor('points-hint')}>
        <legend className="text-lg font-bold">{T.points.legend}</legend>
        <p id={idFor('points-hint')} className="text-sm text-muted">
          {T.points.hint}
        </p>
        {draft.points.map((p, i) => (
          <fieldset key={p.key} className="space-y-3 rounded-md border border-[var(--line)] p-3">
            <legend className="px-1 font-bold">{T.points.item(i + 1)}</legend>
            <Field
              id={idFor(`points.${i}.text`)}
              label={T.points.text}
              hint={T.points.textHint}
              error={errorFor(`points.${i}.text`)}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={3}
                  value={p.text}
                  maxLength={MAX_TEXT + 50}
                  onChange={(e) => setPoint(i, { text: e.target.value })}
                  onBlur={() => touch(`points.${i}.text`)}
                  className={`${INPUT} w-full ${props['aria-invalid'] ? INVALID : ''}`}
                />
              )}
            </Field>
            <Field
              id={idFor(`points.${i}.contact`)}
              label={T.points.contact}
              error={errorFor(`points.${i}.contact`)}
            >
              {(props) => (
                <select
                  {...props}
                  value={String(p.contact)}
                  onChange={(e) =>
                    setPoint(i, { contact: e.target.value ? Number(e.target.value) : '' })
                  }
                  className={`${INPUT} w-full max-w-md`}
                >
                  <option value="">{T.points.noContact}</option>
                  {draft.contacts.map((c, j) => (
                    <option key={c.key} value={c.key}>
                      {contactName(c, j)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Conditions
              id={idFor(`points.${i}.when`)}
              point={i + 1}
              when={p.when}
              error={errorFor(`points.${i}.when`)}
              onChange={(when) => setPoint(i, { when })}
            />
            <button type="button" className="btn btn-secondary" onClick={() => removePoint(i)}>
              {T.points.remove(i + 1)}
            </button>
          </fieldset>
        ))}
        {draft.points.length < MAX_POINTS ? (
          <button
            id={idFor('points-add')}
            type="button"
            className="btn btn-secondary"
            onClick={addPoint}
          >
            {draft.points.length === 0 ? T.points.add : T.points.addAnother}
          </button>
        ) : (
          <p id={idFor('points-add')} tabIndex={-1} className="text-sm font-semibold">
            {T.points.max}
          </p>
        )}
      </fieldset>

      <fieldset className="space-y-4" aria-describedby={idFor('approved-hint')}>
        <legend className="text-lg font-bold">{T.approved.legend}</legend>
        <p id={idFor('approved-hint')} className="text-sm text-muted">
          {T.approved.hint(ADVICE_AS_OF)}
        </p>
        {(['by', 'on'] as const).map((f) => (
          <Field
            key={f}
            id={idFor(`approved.${f}`)}
            label={T.approved[f]}
            hint={T.approved[`${f}Hint`]}
            error={errorFor(`approved.${f}`)}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                value={f === 'by' ? draft.approvedBy : draft.approvedOn}
                maxLength={f === 'by' ? MAX_NAME + 20 : 10}
                spellCheck={false}
                onChange={(e) =>
                  set(f === 'by' ? { approvedBy: e.target.value } : { approvedOn: e.target.value })
                }
                onBlur={() => touch(`approved.${f}`)}
                className={`${INPUT} ${f === 'by' ? 'w-full max-w-md' : 'w-40 font-mono'} ${props['aria-invalid'] ? INVALID : ''}`}
              />
            )}
          </Field>
        ))}
      </fieldset>

      <div className="space-y-2">
        <label htmlFor={idFor('json')} className="block font-bold">
          {T.json.label}
        </label>
        <p id={idFor('json-hint')} className="text-sm text-muted">
          {T.json.hint}
        </p>
        <textarea
          id={idFor('json')}
          aria-describedby={idFor('json-hint')}
          readOnly
          value={text}
          rows={Math.min(30, text.split('\n').length)}
          spellCheck={false}
          className="block w-full rounded-md border border-[var(--line)] bg-[var(--surface)] p-2 font-mono text-sm field-sizing-content"
        />
        {pack && download ? (
          <a href={download} download="firm.json" className="btn btn-primary">
            {T.download}
          </a>
        ) : !pack ? (
          <div className="space-y-2">
            <p className="font-semibold">{T.invalid(errors.size)}</p>
            <button type="button" className="btn btn-secondary" onClick={showProblems}>
              {T.showProblems}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** A `blob:` URL holding the text, revoked when the text changes; none for no text. */
function useBlobUrl(text: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!text || typeof URL.createObjectURL !== 'function') return;
    const made = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    // A blob: URL is a resource outside React, made and revoked with the text it holds:
    // once per change of the file, which is what effects are for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [text]);
  return url;
}

/** One group of checkboxes per key a point's conditions can list, behind a toggle. */
function Conditions({
  id,
  point,
  when,
  error,
  onChange,
}: {
  id: string;
  point: number;
  when: PointDraft['when'];
  error?: string;
  onChange: (when: PointDraft['when']) => void;
}) {
  const [open, setOpen] = useState(Object.keys(when).length > 0);
  const toggle = (key: WhenKey, value: string, on: boolean) => {
    const listed = when[key] ?? [];
    const next = on ? [...listed, value] : listed.filter((v) => v !== value);
    // Kept in the decision's order, so the file reads the same however it was ticked.
    const order = whenChoices(key).options.map((o) => o.value);
    onChange({ ...when, [key]: order.filter((v) => next.includes(v)) });
  };
  const chosen = WHEN_KEYS.filter((k) => (when[k]?.length ?? 0) > 0);
  return (
    <div className="space-y-2">
      <button
        id={id}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-describedby={error ? `${id}-error` : undefined}
        className="btn btn-secondary"
        onClick={() => setOpen((o) => !o)}
      >
        {T.points.conditions} <span className="sr-only">({T.points.item(point)})</span>
      </button>
      <p className="text-sm text-muted">
        {chosen.length === 0
          ? T.points.everywhere
          : T.points.onlyWhen(chosen.map((k) => whenChoices(k).legend))}
      </p>
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <div id={`${id}-panel`} hidden={!open} className="space-y-4">
        <p className="text-sm text-muted">{T.points.conditionsHint}</p>
        {open &&
          WHEN_KEYS.map((key) => {
            const { legend, options } = whenChoices(key);
            return (
              <fieldset key={key} className="space-y-1">
                <legend className="font-medium">{legend}</legend>
                {options.map((o) => {
                  const boxId = `${id}-${key}-${o.value}`;
                  return (
                    <div key={o.value} className="flex items-start gap-2">
                      <input
                        id={boxId}
                        type="checkbox"
                        name={`${id}-${key}`}
                        value={o.value}
                        checked={when[key]?.includes(o.value) ?? false}
                        onChange={(e) => toggle(key, o.value, e.target.checked)}
                        className="mt-1 size-5"
                      />
                      <label htmlFor={boxId}>{o.label}</label>
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
      </div>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': true | undefined;
  }) => ReactNode;
}

/** A label, its hint, its error (GOV.UK's order) and the control they describe. */
function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm font-semibold text-danger">
      <span className="sr-only">{T.errorPrefix}</span> {children}
    </p>
  );
}
