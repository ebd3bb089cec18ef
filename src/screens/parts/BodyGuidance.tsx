import { OUTCOME_UI } from '../../content/site';
import type { BodyId } from '../../decision/steps';
import { HelplineLine } from './HelplineLine';
import { SourceList } from './SourceList';
import { useGuidance } from './useGuidance';

/** What is known of the chosen body's guidance, each point with its source and date. */
export function BodyGuidance({
  body,
  heading = 'What we know of your body’s guidance',
}: {
  body: BodyId;
  heading?: string;
}) {
  if (body === 'none') return null;
  if (body === 'other') return <p className="card">{OUTCOME_UI.otherBody}</p>;
  return <KnownBody body={body} heading={heading} />;
}

function KnownBody({
  body,
  heading,
}: {
  body: Exclude<BodyId, 'none' | 'other'>;
  heading: string;
}) {
  const guidance = useGuidance();
  if (!guidance) return null;
  const { BODIES, BODIES_LAST_REVIEWED } = guidance;
  const content = BODIES[body];
  return (
    <section className="card space-y-3" aria-labelledby="body-guidance-title">
      <h2 id="body-guidance-title" className="text-lg font-bold">
        {heading}: {content.regulator}
      </h2>
      <details>
        <summary className="cursor-pointer font-semibold">
          {OUTCOME_UI.whatItSays(content.points.length)}
        </summary>
        <div className="mt-2 space-y-2">
          <SourceList points={content.points} />
          {content.checkYourself && <p>{content.checkYourself}</p>}
        </div>
      </details>
      {content.guidance && (
        <p>
          <a href={content.guidance.url} target="_blank" rel="noopener noreferrer">
            {content.guidance.label}
          </a>
        </p>
      )}
      {content.helpline && (
        <p>
          <HelplineLine helpline={content.helpline} />
        </p>
      )}
      <p className="text-sm text-muted">{OUTCOME_UI.lastReviewed(BODIES_LAST_REVIEWED)}</p>
    </section>
  );
}
