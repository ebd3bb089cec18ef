import type { Answers, OutcomeId } from '../decision/steps';
import { applies } from '../decision/when';
import type { FirmContact, FirmPack, FirmPoint } from './pack';

/**
 * Which of a firm's points show on an outcome, and whom a red flag names. Pure functions of
 * the pack, the outcome and the answers, so the outcome screen, the record and the
 * builder's preview all agree.
 */

/** The outcomes that the spec calls red flags: the firm's escalation contact is named there. */
export const RED_FLAG_OUTCOMES: readonly OutcomeId[] = ['dont-connect'];

/** A point with its contact looked up. */
export interface AppliedPoint {
  text: string;
  contact?: FirmContact;
  /** To do before anything else: also the first of the outcome's next steps. */
  first?: true;
}

/** The firm's points that show on this outcome, in the file's order. */
export function pointsFor(pack: FirmPack, outcome: OutcomeId, answers: Answers): AppliedPoint[] {
  return (pack.points ?? [])
    .filter((p) => applies(p.when, answers, outcome))
    .map((p: FirmPoint) => {
      const contact = contactById(pack, p.contact);
      return {
        text: p.text,
        ...(contact ? { contact } : {}),
        ...(p.first === true ? { first: true as const } : {}),
      };
    });
}

/** The firm's escalation contact, on red-flag outcomes only. */
export function escalationFor(pack: FirmPack, outcome: OutcomeId): FirmContact | undefined {
  if (!RED_FLAG_OUTCOMES.includes(outcome)) return undefined;
  return contactById(pack, pack.escalate);
}

function contactById(pack: FirmPack, id: string | undefined): FirmContact | undefined {
  return id === undefined ? undefined : pack.contacts?.find((c) => c.id === id);
}
