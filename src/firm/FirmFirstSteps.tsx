import { FIRM_SECTION as T } from '../content/firm';
import type { Answers, OutcomeId } from '../decision/steps';
import { pointsFor } from './applies';
import { ContactLink } from './ContactLink';
import type { FirmSettings } from './settings';

/**
 * The firm's points marked `first` that apply here, as the first items of the outcome's next
 * steps (the caller's list), each labelled as the firm's policy. Nothing when none applies.
 */
export function FirmFirstSteps({
  settings,
  outcome,
  answers,
}: {
  settings: FirmSettings;
  outcome: OutcomeId;
  answers: Answers;
}) {
  return pointsFor(settings, outcome, answers)
    .filter((p) => p.first)
    .map((p, i) => (
      <li key={i} data-firm-first="">
        <strong>{T.firstStep(settings.firm)}</strong> {p.text}
        {p.contact && (
          <>
            {' '}
            {T.contact} <ContactLink label={p.contact.label} href={p.contact.href} />
          </>
        )}
      </li>
    ));
}
