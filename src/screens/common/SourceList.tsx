import { OUTCOME_UI } from '../../content/site';
import type { SourcedPoint } from '../../content/types';

/**
 * Statements with their source, date and, where there is an official page, a link: the only
 * way rules are ever shown. A point known only from a secondary source is marked, and the mark
 * explained once under the list.
 */
export function SourceList({
  points,
  footnote = true,
}: {
  points: SourcedPoint[];
  /** False where the page explains † once for several lists (SecondaryNote). */
  footnote?: boolean;
}) {
  const secondary = footnote && points.some((p) => p.status === 'V2');
  return (
    <>
      <ul className="list-disc space-y-2 pl-5">
        {points.map((p) => (
          <li key={p.text}>
            {p.text} <SourceNote point={p} />
          </li>
        ))}
      </ul>
      {secondary && <SecondaryNote />}
    </>
  );
}

/** What † means, once under the lists it marks. */
export function SecondaryNote() {
  return <p className="text-sm text-muted">† {OUTCOME_UI.secondaryNote}</p>;
}

/** "(Source: …, date †)" after a statement; † where it is known from a secondary source. */
export function SourceNote({ point: p }: { point: SourcedPoint }) {
  return (
    <span className="text-sm text-muted">
      ({OUTCOME_UI.source}:{' '}
      {p.url ? (
        <a href={p.url} target="_blank" rel="noopener noreferrer">
          {p.source}
        </a>
      ) : (
        p.source
      )}
      , {p.date}
      {p.status === 'V2' && <abbr title={OUTCOME_UI.secondaryNote}>{' †'}</abbr>})
    </span>
  );
}
