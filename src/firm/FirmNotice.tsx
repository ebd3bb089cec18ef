import { FIRM_NOTICE as T } from '../content/firmNotice';

/**
 * Says that a firm's settings could not be used, which field is wrong, and that the tool
 * works without them. Short and quiet: the reader came for a decision, not for the file.
 */
export function FirmNotice({ problem }: { problem: string }) {
  return (
    <div
      data-firm-notice=""
      role="status"
      className="space-y-1 rounded-md border border-[var(--line)] p-3 text-sm"
    >
      <p className="font-bold">{T.title}</p>
      <p>{problem}</p>
      <p>{T.after}</p>
    </div>
  );
}
