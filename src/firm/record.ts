import { ADVICE_AS_OF } from '../content/changes';
import { FIRM_APPROVAL, FIRM_SECTION as T } from '../content/firm';
import { labelled } from '../content/site';
import type { Answers, OutcomeId } from '../decision/steps';
import { escalationFor, pointsFor } from './applies';
import { safeLink } from '../embed/safeLink';
import type { FirmContact, FirmSettings } from './settings';

/**
 * The firm's part of the decision as plain text (for "Copy as text" and the printed record):
 * the firm's name and the file's date, the points that apply with their contacts, and the
 * policy link, and the firm's sign-off. Links are written out, as text cannot hold a link.
 */
export function firmRecordLines(
  settings: FirmSettings,
  outcome: OutcomeId,
  answers: Answers,
): string[] {
  const points = pointsFor(settings, outcome, answers).map(
    (p) => `- ${p.text}${p.contact ? ` ${contactText(p.contact)}` : ''}`,
  );
  const policy = settings.policyUrl === undefined ? undefined : safeLink(settings.policyUrl);
  return [
    labelled(T.recordTitle(settings.firm, settings.revised)),
    ...points,
    ...(policy ? [T.recordPolicy(policy.href)] : []),
    ...approvalLines(settings),
  ];
}

/** The firm's sign-off, and whether our advice has changed since the version it approved. */
function approvalLines({ approved }: FirmSettings): string[] {
  if (!approved) return [];
  const { by, on, advice } = approved;
  return [
    FIRM_APPROVAL.recordApproved(by, on, advice),
    ...(ADVICE_AS_OF > advice ? [FIRM_APPROVAL.recordChanged(advice)] : []),
  ];
}

/** The firm's named contact to tell now on a red flag, as the record writes it (or none). */
export function firmEscalationLine(settings: FirmSettings, outcome: OutcomeId): string | undefined {
  const contact = escalationFor(settings, outcome);
  if (!contact) return undefined;
  const link = safeLink(contact.href);
  const where = link ? `, ${link.kind === 'email' ? link.display : link.href}` : '';
  return `${T.escalate} ${contact.label}${where}`;
}

function contactText(contact: FirmContact): string {
  const link = safeLink(contact.href);
  return link
    ? T.recordContact(contact.label, link.kind === 'email' ? link.display : link.href)
    : '';
}
