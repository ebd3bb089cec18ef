import { OUTCOME_UI } from '../../content/site';
import type { Helpline } from '../../content/types';

/** A body's ethics helpline: its page where we have an official one, phone and email where verified. */
export function HelplineLine({ helpline }: { helpline: Helpline }) {
  const { label, url, phone, email, note } = helpline;
  return (
    <span>
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
      {phone && <> ({OUTCOME_UI.phone(phone)})</>}
      {email && (
        <>
          {' '}
          (<a href={`mailto:${email}`}>{email}</a>)
        </>
      )}
      {note && <span className="text-sm text-muted"> {note}</span>}
    </span>
  );
}
