import type { Answers, OutcomeId } from '../decision/steps';
import { applies } from '../decision/when';
import type { FirmContact, FirmSettings, FirmPoint } from './settings';

/**
 * Which of a firm's points show on an outcome, and whom a red flag names. Pure functions of
 * the settings, the outcome and the answers, so the outcome screen, the record and the
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
export function pointsFor(
  settings: FirmSettings,
  outcome: OutcomeId,
  answers: Answers,
): AppliedPoint[] {
  return (settings.points ?? [])
    .filter((p) => applies(p.when, answers, outcome))
    .map((p: FirmPoint) => {
      const contact = contactById(settings, p.contact);
      return {
        text: p.text,
        ...(contact ? { contact } : {}),
        ...(p.first === true ? { first: true as const } : {}),
      };
    });
}

/** The firm's escalation contact, on red-flag outcomes only. */
export function escalationFor(settings: FirmSettings, outcome: OutcomeId): FirmContact | undefined {
  if (!RED_FLAG_OUTCOMES.includes(outcome)) return undefined;
  return contactById(settings, settings.escalate);
}

function contactById(settings: FirmSettings, id: string | undefined): FirmContact | undefined {
  return id === undefined ? undefined : settings.contacts?.find((c) => c.id === id);
}
