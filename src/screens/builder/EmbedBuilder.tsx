import { useEffect, useMemo, useState } from 'react';
import { Checkbox, Radios, SelectField, TextField } from '../../components/form/fields';
import { useForm } from '../../components/form/useForm';
import { TitledSection } from '../../components/TitledSection';
import { BODY_NAMES } from '../../content/bodyNames';
import { FRAME_TITLE } from '../../content/embed';
import { EMBED_BUILDER as T } from '../../content/embedBuilder';
import { FIRM_FORM } from '../../content/firmForm';
import { labelled } from '../../content/site';
import { BODY_IDS, type RegulatorId } from '../../decision/steps';
import {
  checkChoices,
  DEFAULT_CHOICES,
  embedBaseFor,
  embedUrl,
  iframeSnippet,
  loaderSnippet,
  type BuilderChoices,
} from '../../embed/snippets';
import { FirmFileForm } from '../../firm/FirmFileForm';
import type { FirmSettings } from '../../firm/settings';
import { FirmPreview } from './FirmPreview';
import { Snippet } from './Snippet';

const BODIES = [
  ...BODY_IDS.filter((b): b is RegulatorId => b !== 'other' && b !== 'none').map((id) => ({
    value: id,
    label: BODY_NAMES[id].label,
  })),
  { value: 'other', label: T.body.other },
  { value: 'none', label: T.body.none },
];

type Invalid = ReturnType<typeof checkChoices>['invalid'][number];

/** The embed's own rules (embed/snippets.ts), each problem in the builder's words. */
function checkOptions(choices: BuilderChoices) {
  const checked = checkChoices(choices);
  return { ...checked, errors: new Map(checked.invalid.map((k) => [k, T[k].error])) };
}

/** `#/embed`: choose the options, see the real embed, copy the code for an intranet page. */
export default function EmbedBuilder() {
  const form = useForm({
    initial: () => DEFAULT_CHOICES,
    check: checkOptions,
    words: T,
    eager: true,
  });
  const checked = form.checked;
  const base = useMemo(() => embedBaseFor(), []);
  const previewSrc = useSettled(
    embedUrl(
      base,
      checked.options.filter(([key]) => key !== 'events'),
    ),
  );
  const [settings, setSettings] = useState<FirmSettings>();
  // Beside the code: each option the code leaves out because its value is not valid yet.
  const leftOut = (keys: readonly Invalid[]) =>
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
            <TextField field={form.field('firm')} maxLength={80} autoComplete="organization" />
            <TextField
              field={form.field('accent')}
              size="w-32 font-mono"
              maxLength={7}
              spellCheck={false}
            />
            <Radios field={form.field('theme')} options={T.theme.options} />
            <Radios field={form.field('lang')} options={T.lang.options} />
            <SelectField field={form.field('body')} none={T.body.askEach} options={BODIES} />
            <TextField
              field={form.field('contact')}
              maxLength={300}
              spellCheck={false}
              inputMode="url"
            />
            <Checkbox field={form.field('showTitle')} />
            <Checkbox field={form.field('events')} />
            <TextField field={form.field('height')} size="w-32" inputMode="numeric" maxLength={4} />
          </TitledSection>

          <TitledSection id="embed-firm-title" title={FIRM_FORM.title} className="space-y-6">
            <FirmFileForm onSettingsChange={setSettings} />
          </TitledSection>
        </div>

        <div className="space-y-8 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1">
          {/* The firm's points first: short, and what the form beside it changes. */}
          <FirmPreview settings={settings} />
          <TitledSection id="embed-preview-title" title={T.previewTitle} className="space-y-3">
            <p className="text-muted">{T.previewHint}</p>
            <iframe
              key={previewSrc}
              src={previewSrc}
              title={`${labelled(T.previewTitle)} ${FRAME_TITLE}`}
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
          words={T.iframe}
          code={iframeSnippet(base, checked)}
          leftOut={leftOut(['firm', 'accent', 'contact', 'height'])}
        />
        <Snippet
          id="embed-loader-code"
          words={T.loader}
          code={loaderSnippet(base, checked)}
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

/** The value once it has stopped changing for a moment: the preview reloads once per edit. */
function useSettled<T>(value: T, delay = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
