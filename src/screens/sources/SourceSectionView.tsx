import { OUTCOME_UI } from '../../content/site';
import type {
  SourceEntry,
  SourceGroup,
  SourcePage,
  SourceSection,
} from '../../content/sourceCatalogue';
import { SOURCES_PAGE as T } from '../../content/sourcesPage';

export const sectionTitleId = (id: string) => `sources-${id}-title`;

/**
 * One body's section of the sources page (or the general one): each group of statements with
 * its sources, the body's guidance page and helplines, and what we could not verify. On paper
 * each section starts a new page.
 */
export function SourceSectionView({ section }: { section: SourceSection }) {
  const titleId = sectionTitleId(section.id);
  return (
    <section
      aria-labelledby={titleId}
      data-sources-body={section.id}
      className="space-y-4 border-t border-[var(--line)] pt-6 print:break-before-page print:border-0 print:pt-0"
    >
      <h2 id={titleId} tabIndex={-1} className="text-xl font-bold">
        {section.title}
      </h2>
      {section.covers ? <p>{T.covers(section.covers)}</p> : <p>{T.generalIntro}</p>}
      {section.groups.map((g) => (
        <GroupView key={g.title} group={g} />
      ))}
      {section.pages.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-bold">{T.pagesTitle}</h3>
          <ul className="list-disc space-y-1 pl-5">
            {section.pages.map((p) => (
              <PageItem key={p.label} page={p} />
            ))}
          </ul>
        </div>
      )}
      {section.covers && (
        <div className="space-y-2" data-not-verified="">
          <h3 className="font-bold">{T.notVerifiedTitle}</h3>
          {section.notVerified.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5">
              {section.notVerified.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{T.nothingUnverified}</p>
          )}
        </div>
      )}
    </section>
  );
}

function GroupView({ group }: { group: SourceGroup }) {
  return (
    <div className="space-y-2 print:break-inside-avoid-page">
      <h3 className="font-bold">{group.title}</h3>
      {group.intro && <p>{group.intro}</p>}
      {group.suggestion && (
        <p>
          <strong>{T.suggestion}</strong> {group.suggestion}
        </p>
      )}
      <ul className="space-y-3">
        {group.entries.map((e) => (
          <Entry key={`${e.source}|${e.text}`} entry={e} />
        ))}
      </ul>
    </div>
  );
}

function Entry({ entry: e }: { entry: SourceEntry }) {
  return (
    <li
      data-statement=""
      data-level={e.level}
      className="space-y-1 border-l-4 border-[var(--line)] pl-3 print:break-inside-avoid"
    >
      <p>{e.text}</p>
      <p className="text-sm">
        <span className="font-semibold">{T.source}</span>{' '}
        {e.url ? (
          <a href={e.url} target="_blank" rel="noopener noreferrer">
            {e.source}
          </a>
        ) : (
          <>
            {e.source} ({T.noLink})
          </>
        )}
        . <span className="font-semibold">{T.date}</span> <span data-date="">{e.date}</span>.{' '}
        <span className="font-semibold">{T.level}</span>{' '}
        <abbr title={e.level === 'V' ? T.levels.V : OUTCOME_UI.secondaryNote}>{e.level}</abbr>
      </p>
      {e.notVerified && <p className="text-sm text-muted">{e.notVerified}</p>}
    </li>
  );
}

function PageItem({ page: p }: { page: SourcePage }) {
  return (
    <li>
      {p.url ? (
        <a href={p.url} target="_blank" rel="noopener noreferrer">
          {p.label}
        </a>
      ) : (
        p.label
      )}
      {p.details && ` (${p.details})`}
    </li>
  );
}
