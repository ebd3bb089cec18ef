import { labelled, OUTCOME_UI } from '../../content/site';
import type { BodyId } from '../../decision/steps';
import { HelplineLine } from './HelplineLine';
import { SourceList, SourceNote } from './SourceList';
import { useBody } from './useBody';
import { BODIES_LAST_REVIEWED } from '../../content/bodies/catalogue';

/**
 * What is known of the chosen body's guidance, each point with its source and date, and its
 * position on connecting with strangers in one plain line where known. `folded` keeps the
 * points in a closed `<details>` (the position line stays open), so the question's answers
 * are not pushed off a phone's screen.
 */
export function BodyGuidance({
  body,
  heading = OUTCOME_UI.bodyGuidance,
  folded = false,
  helplines = true,
}: {
  body: BodyId;
  heading?: string;
  folded?: boolean;
  /** False where the page lists the body's helplines already (check-rules' "Whom to ask"). */
  helplines?: boolean;
}) {
  if (body === 'none') return null;
  if (body === 'other') return <p className="card">{OUTCOME_UI.otherBody}</p>;
  return <KnownBody body={body} heading={heading} folded={folded} helplines={helplines} />;
}

function KnownBody({
  body,
  heading,
  folded,
  helplines,
}: {
  body: Exclude<BodyId, 'none' | 'other'>;
  heading: string;
  folded: boolean;
  helplines: boolean;
}) {
  const content = useBody(body);
  if (!content) return null;
  const position = content.position && (
    <p data-position>
      <strong>{OUTCOME_UI.position}</strong> {content.position.text}{' '}
      <SourceNote point={content.position} />
    </p>
  );
  const title = `${labelled(heading)} ${content.regulator}`;
  const points = (
    <>
      <SourceList points={content.points} />
      {content.checkYourself && <p>{content.checkYourself}</p>}
    </>
  );
  const links = (
    <>
      {content.guidance && (
        <p>
          <a href={content.guidance.url} target="_blank" rel="noopener noreferrer">
            {content.guidance.label}
          </a>
        </p>
      )}
      {helplines &&
        content.helplines.map((h) => (
          <p key={h.label}>
            <HelplineLine helpline={h} />
          </p>
        ))}
      <p className="text-sm text-muted">{OUTCOME_UI.lastReviewed(BODIES_LAST_REVIEWED)}</p>
    </>
  );
  if (folded)
    return (
      <section className="space-y-3" aria-labelledby="body-guidance-title">
        {position}
        <details className="card">
          <summary id="body-guidance-title" className="cursor-pointer font-bold">
            {title}
          </summary>
          <div className="mt-3 space-y-3">
            {points}
            {links}
          </div>
        </details>
      </section>
    );
  return (
    <section className="card space-y-3" aria-labelledby="body-guidance-title">
      <h2 id="body-guidance-title" className="text-lg font-bold">
        {title}
      </h2>
      {position}
      <details data-print="skip">
        <summary className="cursor-pointer font-semibold">
          {OUTCOME_UI.whatItSays(content.points.length)}
        </summary>
        <div className="mt-2 space-y-2">{points}</div>
      </details>
      {links}
    </section>
  );
}
