import { FIRM_SECTION as T } from '../content/firm';
import type { OutcomeId } from '../decision/steps';
import { escalationFor } from './applies';
import { ContactLink } from './ContactLink';
import type { FirmSettings } from './settings';

/**
 * The firm's escalation contact, for the list of people to tell now on a red-flag outcome
 * (the caller puts it in that list's item). Nothing on other outcomes or without one.
 */
export function FirmEscalation({
  settings,
  outcome,
}: {
  settings: FirmSettings;
  outcome: OutcomeId;
}) {
  const contact = escalationFor(settings, outcome);
  if (!contact) return null;
  return (
    <>
      {T.escalate} <ContactLink label={contact.label} href={contact.href} />
    </>
  );
}
