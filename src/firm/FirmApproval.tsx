import { changesAfter } from '../content/changeList';
import { ADVICE_AS_OF } from '../content/changes';
import { FIRM_APPROVAL as T } from '../content/firm';
import type { FirmSettings } from './settings';

/**
 * Who approved the tool for the firm and when, from the firm's settings (`approved`); and,
 * when our advice has changed since the version they reviewed, what changed and when. Nothing
 * for a firm that recorded no approval.
 */
export function FirmApproval({ settings }: { settings: FirmSettings }) {
  const { approved } = settings;
  if (!approved) return null;
  const changes = ADVICE_AS_OF > approved.advice ? changesAfter(approved.advice) : [];
  return (
    <div className="space-y-2">
      <p data-firm-approved="">
        {T.approved(settings.firm, approved.by, approved.on, approved.advice)}
      </p>
      {changes.length > 0 && (
        <div data-advice-changed="" className="space-y-1 border-l-4 border-[var(--line)] pl-3">
          <p className="font-semibold">{T.changedTitle(approved.by)}</p>
          <p>{T.changed}</p>
          <ul className="list-disc space-y-1 pl-5">
            {changes.map((c) => (
              <li key={`${c.date}${c.text}`}>{T.changeLine(c.date, c.text)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
