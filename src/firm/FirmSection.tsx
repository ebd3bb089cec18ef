import { useId } from 'react';
import { TitledSection } from '../components/TitledSection';
import { FIRM_SECTION as T } from '../content/firm';
import type { Answers, OutcomeId } from '../decision/steps';
import { pointsFor } from './applies';
import { ContactLink } from './ContactLink';
import { safeLink } from '../embed/safeLink';
import type { FirmSettings } from './settings';

/**
 * The firm's own policy on an outcome: the points whose conditions hold, under the firm's
 * name, apart from the regulator's rules and from our suggestions. Nothing when no point
 * applies and the firm gave no policy link.
 */
export function FirmSection({
  settings,
  outcome,
  answers,
}: {
  settings: FirmSettings;
  outcome: OutcomeId;
  answers: Answers;
}) {
  const id = useId();
  // What the firm asks to be done before anything else comes first here too.
  const points = pointsFor(settings, outcome, answers).sort(
    (a, b) => Number(b.first ?? false) - Number(a.first ?? false),
  );
  const policy = settings.policyUrl === undefined ? undefined : safeLink(settings.policyUrl);
  if (points.length === 0 && !policy) return null;
  return (
    <TitledSection
      id={`${id}-title`}
      title={T.title(settings.firm)}
      data-firm-policy=""
      // The firm's own words: a long unbroken word or host wraps rather than widen the page.
      className="space-y-3 border-l-4 border-[var(--line)] pl-4 wrap-anywhere"
    >
      <p className="text-muted">{T.intro}</p>
      {points.length > 0 && (
        <ul className="list-disc space-y-2 pl-5">
          {points.map((p, i) => (
            <li key={i}>
              {p.first && <strong>{T.first} </strong>}
              {p.text}
              {p.contact && (
                <>
                  {' '}
                  {T.contact} <ContactLink label={p.contact.label} href={p.contact.href} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {policy && (
        <p>
          <a href={policy.href} target="_blank" rel="noopener noreferrer">
            {T.policy} <span className="sr-only">{T.newTab}</span>
          </a>{' '}
          ({policy.display})
        </p>
      )}
      <p className="text-sm text-muted">{T.revised(settings.revised)}</p>
    </TitledSection>
  );
}
