import { use, useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { TitledSection } from '../../components/TitledSection';
import { REGION_NAMES } from '../../content/bodyNames';
import { changesAfter, GUIDANCE_CHANGES } from '../../content/changeList';
import { ADVICE_AS_OF } from '../../content/changes';
import { sourceCatalogue, type SourceSection } from '../../content/sourceCatalogue';
import { SOURCES_PAGE as T } from '../../content/sourcesPage';
import type { Region } from '../../content/types';
import type { FirmSettings } from '../../firm/settings';
import { useFirm } from '../common/useFirm';
import { sectionTitleId, SourceSectionView } from './SourceSectionView';

let catalogue: Promise<SourceSection[]> | undefined;

/**
 * `#/sources`: every statement the tool can show about a body's rules, by body, with the
 * version of the advice and its dated changes: the page a firm's risk team reviews and signs.
 * `?body=<id>` opens it at that body's section (an outcome links the reader's own body).
 */
export default function SourcesScreen() {
  const sections = use((catalogue ??= sourceCatalogue()));
  const load = useFirm();
  const settings = load?.kind === 'settings' ? load.settings : undefined;
  const since = settings?.approved ? changesAfter(settings.approved.advice) : [];
  const { search } = useLocation();
  useEffect(() => {
    const body = new URLSearchParams(search).get('body');
    if (!body) return;
    // After the layout has focused the new page's heading (a microtask after the page
    // appears), so that the section asked for wins.
    const timer = window.setTimeout(() => {
      const heading = document.getElementById(sectionTitleId(body));
      heading?.scrollIntoView();
      heading?.focus({ preventScroll: true });
    });
    return () => window.clearTimeout(timer);
  }, [search]);

  return (
    <article className="space-y-8 [overflow-wrap:anywhere]" data-sources-page="">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{T.title}</h1>
        {T.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p className="font-semibold" data-advice-version={ADVICE_AS_OF}>
          {T.version(ADVICE_AS_OF)}
        </p>
      </header>

      {settings && <Approval settings={settings} since={since} />}

      <TitledSection id="sources-levels-title" title={T.levelsTitle} className="space-y-2">
        <ul className="list-disc space-y-1 pl-5">
          <li>{T.levels.V}</li>
          <li>{T.levels.V2}</li>
        </ul>
      </TitledSection>

      <Contents sections={sections} />

      {sections.map((s) => (
        <SourceSectionView key={s.id} section={s} />
      ))}

      <TitledSection
        id="sources-changes-title"
        title={T.changesTitle}
        className="space-y-2 print:break-before-page"
        data-advice-changes=""
      >
        <ol className="list-disc space-y-1 pl-5">
          {GUIDANCE_CHANGES.map((c) => {
            const isNew = since.includes(c);
            return (
              <li
                key={`${c.date}${c.text}`}
                data-change-date={c.date}
                {...(isNew ? { 'data-since-approval': '' } : {})}
              >
                {T.changeLine(c.date, c.text)}
                {isNew && <strong className="ml-2 text-sm">({T.newSince})</strong>}
              </li>
            );
          })}
        </ol>
      </TitledSection>
    </article>
  );
}

/** The contents, by region, then the general section and the changes. */
function Contents({ sections }: { sections: SourceSection[] }) {
  const regions = [...new Set(sections.flatMap((s) => (s.region ? [s.region] : [])))];
  const link = (id: string, title: string) => (
    <li key={id}>
      <Link to={`/sources?body=${id}`}>{title}</Link>
    </li>
  );
  return (
    <nav aria-labelledby="sources-contents-title" className="space-y-2">
      <h2 id="sources-contents-title" className="text-xl font-bold">
        {T.contents}
      </h2>
      <ul className="space-y-3">
        {regions.map((r: Region) => (
          <li key={r}>
            <p className="font-semibold">{REGION_NAMES[r]}</p>
            <ul className="list-disc space-y-1 pl-5">
              {sections.filter((s) => s.region === r).map((s) => link(s.id, s.title))}
            </ul>
          </li>
        ))}
        {sections.filter((s) => !s.region).map((s) => link(s.id, s.title))}
        {link('changes', T.changesTitle)}
      </ul>
    </nav>
  );
}

/** For the firm's reviewing team: its sign-off, and what changed in the advice since. */
function Approval({
  settings,
  since,
}: {
  settings: FirmSettings;
  since: ReturnType<typeof changesAfter>;
}) {
  const { approved } = settings;
  if (!approved) return null;
  return (
    <section className="card space-y-2" data-firm-approved="" aria-label={settings.firm}>
      <p>{T.approved(settings.firm, approved.by, approved.on, approved.advice)}</p>
      {since.length > 0 ? (
        <div data-advice-changed="" className="space-y-1">
          <p className="font-semibold">{T.changedSince(since.length)}</p>
          <ul className="list-disc space-y-1 pl-5">
            {since.map((c) => (
              <li key={`${c.date}${c.text}`}>{T.changeLine(c.date, c.text)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{T.upToDate}</p>
      )}
    </section>
  );
}
