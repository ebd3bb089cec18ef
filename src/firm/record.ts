import { FIRM_SECTION as T } from '../content/firm';
import type { Answers, OutcomeId } from '../decision/steps';
import { escalationFor, pointsFor } from './applies';
import { linkParts, type FirmContact, type FirmPack } from './pack';

/**
 * The firm's part of the decision as plain text (for "Copy as text" and the printed record):
 * the firm's name and the file's date, the points that apply with their contacts, and the
 * policy link. Links are written out, as text cannot hold a link.
 */
export function firmRecordLines(pack: FirmPack, outcome: OutcomeId, answers: Answers): string[] {
  const points = pointsFor(pack, outcome, answers).map(
    (p) => `- ${p.text}${p.contact ? ` ${contactText(p.contact)}` : ''}`,
  );
  const policy = pack.policyUrl === undefined ? undefined : linkParts(pack.policyUrl);
  return [
    `${T.recordTitle(pack.firm, pack.revised)}:`,
    ...points,
    ...(policy ? [T.recordPolicy(policy.href)] : []),
  ];
}

/** The firm's named contact to tell now on a red flag, as the record writes it (or none). */
export function firmEscalationLine(pack: FirmPack, outcome: OutcomeId): string | undefined {
  const contact = escalationFor(pack, outcome);
  if (!contact) return undefined;
  const link = linkParts(contact.href);
  const where = link ? `, ${link.kind === 'email' ? link.display : link.href}` : '';
  return `${T.escalate} ${contact.label}${where}`;
}

function contactText(contact: FirmContact): string {
  const link = linkParts(contact.href);
  return link
    ? T.recordContact(contact.label, link.kind === 'email' ? link.display : link.href)
    : '';
}
