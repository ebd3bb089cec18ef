import type { OutcomeId } from '../decision/steps';
import { escalationFor } from './applies';
import { firmEscalationLine } from './record';
import { safeLink } from '../embed/safeLink';
import type { FirmSettings } from './settings';

/** The firm's escalation contact as the message to them needs it. */
export interface EscalationContact {
  label: string;
  /** The line naming them among those to tell, as plain text. */
  line: string;
  /** Their bare e-mail address, when the contact is a `mailto:` link. */
  email?: string;
}

/**
 * The firm's escalation contact on a red-flag outcome, for a message written to them: the
 * address only when the file's link is a bare `mailto:` address (safeLink checks it again).
 */
export function escalationContact(
  settings: FirmSettings,
  outcome: OutcomeId,
): EscalationContact | undefined {
  const contact = escalationFor(settings, outcome);
  if (!contact) return undefined;
  const link = safeLink(contact.href);
  const line = firmEscalationLine(settings, outcome) ?? '';
  return link?.kind === 'email'
    ? { label: contact.label, line, email: link.display }
    : { label: contact.label, line };
}
