import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { BODY_NAMES } from '../../content/bodyNames';
import { FIRM_FORM } from '../../content/firmForm';
import { OUTCOME_CONTENT } from '../../content/outcomes';
import { FRAME_TITLE } from '../../content/embed';
import { EMBED_BUILDER as T } from '../../content/embedBuilder';
import { outcomeOf } from '../../decision/machine';
import { replay } from '../../decision/replay';
import { BODY_IDS, type Answers, type BodyId, type RegulatorId } from '../../decision/steps';
import {
  checkChoices,
  DEFAULT_CHOICES,
  embedBaseFor,
  embedUrl,
  iframeSnippet,
  loaderSnippet,
  type BuilderChoices,
} from '../../embed/snippets';
import { TitledSection } from '../../components/TitledSection';
import { escalationFor, pointsFor } from '../../firm/applies';
import { FirmEscalation } from '../../firm/FirmEscalation';
import { FirmFileForm } from '../../firm/FirmFileForm';
import { FirmSection } from '../../firm/FirmSection';
import type { FirmPack } from '../../firm/pack';

const REGULATORS = BODY_IDS.filter((b): b is RegulatorId => b !== 'other' && b !== 'none');

/** `#/embed`: choose the options, see the real embed, copy the code for an intranet page. */
export default function EmbedBuilder() {
  const [choices, setChoices] = useState<BuilderChoices>(DEFAULT_CHOICES);
  const checked = useMemo(() => checkChoices(choices), [choices]);
  const base = useMemo(() => embedBaseFor(), []);
  const iframeCode = iframeSnippet(base, checked);
  const loaderCode = loaderSnippet(base, checked);
  const previewSrc = useSettled(
    embedUrl(
      base,
      checked.options.filter(([key]) => key !== 'events'),
    ),
  );
  const iframeField = useRef<HTMLTextAreaElement>(null);
  const loaderField = useRef<HTMLTextAreaElement>(null);
  const set = <K extends keyof BuilderChoices>(key: K, value: BuilderChoices[K]) =>
    setChoices((c) => ({ ...c, [key]: value }));
  const invalid = (key: (typeof checked.invalid)[number]) => checked.invalid.includes(key);
  const [pack, setPack] = useState<FirmPack>();
  // Beside the code: each option the code leaves out because its value is not valid yet.
  const leftOut = (keys: readonly (typeof checked.invalid)[number][]) =>
    checked.invalid.filter((k) => keys.includes(k)).map((k) => T.leftOut(T[k].label, T[k].error));

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{T.title}</h1>
        {T.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </header>

      {/* On a wide screen the preview sits beside the options and follows as they scroll. */}
      <div className="space-y-10 lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start lg:gap-10 lg:space-y-0">
        <div className="space-y-10">
          <TitledSection id="embed-options-title" title={T.optionsTitle} className="space-y-6">
            <TextField
              label={T.firm.label}
              hint={T.firm.hint}
              error={invalid('firm') ? T.firm.error : undefined}
              value={choices.firm}
              onChange={(v) => set('firm', v)}
              maxLength={80}
              autoComplete="organization"
            />
            <TextField
              label={T.accent.label}
              hint={T.accent.hint}
              error={invalid('accent') ? T.accent.error : undefined}
              value={choices.accent}
              onChange={(v) => set('accent', v)}
              maxLength={7}
              className="w-32 font-mono"
              spellCheck={false}
            />
            <fieldset className="space-y-3">
              <legend className="font-medium">{T.theme.legend}</legend>
              {T.theme.options.map((o) => (
                <div key={o.value} className="option">
                  <input
                    id={`theme-${o.value}`}
                    type="radio"
                    name="theme"
                    value={o.value}
                    checked={choices.theme === o.value}
                    onChange={() => set('theme', o.value)}
                  />
                  <label htmlFor={`theme-${o.value}`} className="block font-medium">
                    {o.label}
                  </label>
                </div>
              ))}
            </fieldset>
            <Field label={T.body.label} hint={T.body.hint}>
              {(props) => (
                <select
                  {...props}
                  value={choices.body}
                  onChange={(e) => set('body', e.target.value as BodyId | '')}
                  className="block w-full max-w-md rounded-md border border-[var(--line)] bg-[var(--bg)] p-2"
                >
                  <option value="">{T.body.askEach}</option>
                  {REGULATORS.map((id) => (
                    <option key={id} value={id}>
                      {BODY_NAMES[id].label}
                    </option>
                  ))}
                  <option value="other">{T.body.other}</option>
                  <option value="none">{T.body.none}</option>
                </select>
              )}
            </Field>
            <TextField
              label={T.contact.label}
              hint={T.contact.hint}
              error={invalid('contact') ? T.contact.error : undefined}
              value={choices.contact}
              onChange={(v) => set('contact', v)}
              maxLength={300}
              spellCheck={false}
              inputMode="url"
            />
            <Checkbox
              id="embed-show-title"
              label={T.showTitle.label}
              hint={T.showTitle.hint}
              checked={choices.showTitle}
              onChange={(v) => set('showTitle', v)}
            />
            <Checkbox
              id="embed-events"
              label={T.events.label}
              hint={T.events.hint}
              checked={choices.events}
              onChange={(v) => set('events', v)}
            />
            <TextField
              label={T.height.label}
              hint={T.height.hint}
              error={invalid('height') ? T.height.error : undefined}
              value={choices.height}
              onChange={(v) => set('height', v)}
              inputMode="numeric"
              maxLength={4}
              className="w-32"
            />
          </TitledSection>

          <TitledSection id="embed-firm-title" title={FIRM_FORM.title} className="space-y-6">
            <FirmFileForm onPackChange={setPack} />
          </TitledSection>
        </div>

        <div className="space-y-8 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1">
          {/* The firm's points first: short, and what the form beside it changes. */}
          <FirmPreview pack={pack} />
          <TitledSection id="embed-preview-title" title={T.previewTitle} className="space-y-3">
            <p className="text-muted">{T.previewHint}</p>
            <iframe
              key={previewSrc}
              src={previewSrc}
              title={`${T.previewTitle}: ${FRAME_TITLE}`}
              height={checked.height}
              allow="clipboard-write"
              className="block w-full rounded-md border border-[var(--line)]"
            />
          </TitledSection>
        </div>
      </div>

      <TitledSection id="embed-code-title" title={T.snippetsTitle} className="space-y-6">
        <Snippet
          id="embed-iframe-code"
          title={T.iframeTitle}
          hint={T.iframeHint}
          label={T.iframeLabel}
          code={iframeCode}
          copy={T.copyIframe}
          fieldRef={iframeField}
          leftOut={leftOut(['firm', 'accent', 'contact', 'height'])}
        />
        <Snippet
          id="embed-loader-code"
          title={T.loaderTitle}
          hint={T.loaderHint}
          label={T.loaderLabel}
          code={loaderCode}
          copy={T.copyLoader}
          fieldRef={loaderField}
          leftOut={leftOut(['firm', 'accent', 'contact'])}
        />
      </TitledSection>

      <TitledSection id="embed-sharepoint-title" title={T.sharePointTitle} className="space-y-3">
        <ol className="list-decimal space-y-2 pl-5">
          {T.sharePointSteps(new URL(base).host).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        <h3 className="pt-2 font-bold">{T.refusedTitle}</h3>
        <p>{T.refused}</p>
      </TitledSection>

      <TitledSection id="embed-other-title" title={T.otherHostsTitle} className="space-y-3">
        <ul className="list-disc space-y-2 pl-5">
          {T.otherHosts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </TitledSection>
    </div>
  );
}

/** One example decision for each outcome, to preview a firm's points on. */
const EXAMPLES: Answers[] = [
  {
    objectives: ['clients', 'media'],
    body: 'sra',
    rules: 'allowed',
    matter: 'none',
    invite: 'personal',
    profile: 'relevant',
  },
  {
    objectives: ['clients'],
    body: 'sra',
    rules: 'allowed',
    matter: 'none',
    invite: 'pitch',
    profile: 'not-relevant',
  },
  {
    objectives: ['community'],
    body: 'none',
    matter: 'none',
    invite: 'suspicious',
    spam: 'true-spam',
  },
  {
    objectives: ['careers'],
    body: 'sra',
    rules: 'allowed',
    matter: 'none',
    invite: 'standard',
    profile: 'unclear',
    reply: 'pending',
  },
  { objectives: ['clients'], body: 'sra', rules: 'unsure', matter: 'none' },
  { objectives: ['clients'], body: 'aba', rules: 'allowed', matter: 'juror' },
];

/**
 * The firm's points as an outcome would show them, from the form as it stands (not from a
 * file on the server): the reader's section, and on a red flag the contact to tell now.
 */
function FirmPreview({ pack }: { pack: FirmPack | undefined }) {
  const id = useId();
  // Replayed, so the examples follow the decision as it is today.
  const examples = useMemo(
    () =>
      EXAMPLES.flatMap((answers) => {
        const snapshot = replay(answers);
        const outcome = outcomeOf(snapshot);
        return outcome ? [{ outcome, answers: snapshot.context.answers }] : [];
      }).filter((e, i, all) => all.findIndex((o) => o.outcome === e.outcome) === i),
    [],
  );
  const [chosen, setChosen] = useState(0);
  const example = examples[chosen] ?? examples[0];
  return (
    <TitledSection id="embed-firm-preview-title" title={T.firmPreview.title} className="space-y-3">
      <p className="text-muted">{T.firmPreview.hint}</p>
      <label htmlFor={id} className="block font-medium">
        {T.firmPreview.outcome}
      </label>
      <select
        id={id}
        value={chosen}
        onChange={(e) => setChosen(Number(e.target.value))}
        className="block w-full max-w-md rounded-md border border-[var(--line)] bg-[var(--bg)] p-2"
      >
        {examples.map((e, i) => (
          <option key={e.outcome} value={i}>
            {OUTCOME_CONTENT[e.outcome].title}
          </option>
        ))}
      </select>
      <div className="rounded-md border border-[var(--line)] p-4" aria-live="polite">
        {!pack || !example ? (
          <p className="text-muted">{T.firmPreview.empty}</p>
        ) : (
          <div className="space-y-4">
            <FirmSection pack={pack} outcome={example.outcome} answers={example.answers} />
            {escalationFor(pack, example.outcome) && (
              <p>
                <FirmEscalation pack={pack} outcome={example.outcome} />
              </p>
            )}
            {pointsFor(pack, example.outcome, example.answers).length === 0 &&
              !pack.policyUrl &&
              !escalationFor(pack, example.outcome) && (
                <p className="text-muted">{T.firmPreview.none}</p>
              )}
          </div>
        )}
      </div>
    </TitledSection>
  );
}

/** The value once it has stopped changing for a moment: the preview reloads once per edit. */
function useSettled<T>(value: T, delay = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

interface FieldProps {
  label: string;
  hint: string;
  error?: string;
  children: (props: {
    id: string;
    'aria-describedby': string;
    'aria-invalid': true | undefined;
  }) => ReactNode;
}

function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      {children({
        id,
        'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  className = 'w-full max-w-md',
  ...rest
}: {
  label: string;
  hint: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  maxLength?: number;
  spellCheck?: boolean;
  autoComplete?: string;
  inputMode?: 'url' | 'numeric';
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) => (
        <input
          {...props}
          {...rest}
          type="text"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={`block rounded-md border border-[var(--line)] bg-[var(--bg)] p-2 ${
            error ? 'border-2 border-[var(--danger)]' : ''
          } ${className}`}
        />
      )}
    </Field>
  );
}

function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="option">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <div>
        <label htmlFor={id} className="block font-medium">
          {label}
        </label>
        <span id={`${id}-hint`} className="block text-sm text-muted">
          {hint}
        </span>
      </div>
    </div>
  );
}

function Snippet({
  id,
  title,
  hint,
  label,
  code,
  copy,
  fieldRef,
  leftOut,
}: {
  id: string;
  title: string;
  hint: string;
  label: string;
  code: string;
  copy: string;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  /** What the code leaves out, and why: said beside the code it would have changed. */
  leftOut: string[];
}) {
  return (
    <div className="space-y-2">
      <h3 className="font-bold">{title}</h3>
      <p className="text-muted">{hint}</p>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {leftOut.length > 0 && (
        <ul id={`${id}-left-out`} className="space-y-1 text-sm font-semibold text-danger">
          {leftOut.map((line) => (
            <li key={line}>
              <span className="sr-only">Error: </span>
              {line}
            </li>
          ))}
        </ul>
      )}
      <textarea
        id={id}
        aria-describedby={leftOut.length > 0 ? `${id}-left-out` : undefined}
        ref={fieldRef}
        readOnly
        value={code}
        // Grows to fit in browsers with field-sizing; elsewhere, about enough rows.
        rows={code.split('\n').reduce((n, line) => n + Math.ceil((line.length + 1) / 60), 0)}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full rounded-md border border-[var(--line)] bg-[var(--surface)] p-2 font-mono text-sm field-sizing-content"
      />
      <CopyButton text={code} label={copy} fallbackTarget={() => fieldRef.current} />
    </div>
  );
}
