import { OUTCOME_UI } from '../../content/site';
import type { SourcedPoint } from '../../content/types';

/** Statements with their source, date and link: the only way rules are ever shown. */
export function SourceList({ points }: { points: SourcedPoint[] }) {
  return (
    <ul className="list-disc space-y-2 pl-5">
      {points.map((p) => (
        <li key={p.text}>
          {p.text}{' '}
          <span className="text-sm text-muted">
            ({OUTCOME_UI.source}:{' '}
            <a href={p.url} target="_blank" rel="noopener noreferrer">
              {p.source}
            </a>
            , {p.date}
            {p.status === 'V2' ? ', as reported by a secondary source' : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}
