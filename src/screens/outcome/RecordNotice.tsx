import { RECORD } from '../../content/changes';
import { loadOnce } from '../../hooks/loadOnce';
import { OUTCOME_CONTENT } from '../../content/outcomes';
import type { OutcomeId } from '../../decision/steps';
import type { LinkRecord } from '../../share/link';

/**
 * Above an outcome opened from a shared link: that it was shared and when, and, when the
 * answers now lead elsewhere than the link recorded, what it recommended then and what changed
 * in our guidance since. Nothing for a decision reached in this tab (its link has no record
 * until it is shared).
 */
// Only a link whose recommendation changed shows the list of changes: a chunk of its own.
const changeList = loadOnce((_: 'changes') => import('../../content/changeList'));

export function RecordNotice({ record, outcome }: { record: LinkRecord; outcome: OutcomeId }) {
  if (record.made === undefined && record.was === undefined) return null;
  const changed = record.was !== undefined && record.was !== outcome;
  const list = changeList.use(changed ? 'changes' : undefined);
  const changes = list?.changesSince(record.made);
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{RECORD.shared(record.made)}</p>
      {changed && record.was && (
        <div data-was={record.was} role="note" className="card space-y-2">
          <p className="font-bold">{RECORD.wasTitle}</p>
          <p>{RECORD.was(OUTCOME_CONTENT[record.was].title, record.made)}</p>
          <p className="font-semibold">{RECORD.changesTitle}</p>
          {changes === undefined ? null : changes.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5">
              {changes.map((c) => (
                <li key={`${c.date}${c.text}`}>{RECORD.changeLine(c.date, c.text)}</li>
              ))}
            </ul>
          ) : (
            <p>{RECORD.noChanges}</p>
          )}
        </div>
      )}
    </div>
  );
}
