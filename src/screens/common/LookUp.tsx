import { OUTCOME_UI } from '../../content/site';
import { SourceList } from './SourceList';
import { useGuidance } from './useGuidance';

/**
 * Don't look them up: viewing a profile can tell its owner who looked, and two bars differ on
 * whether that notice is contact with a juror (both views, with their sources). Open on a
 * juror's or witness's outcome; folded under the matter question's answers.
 */
export function LookUp({
  folded = false,
  footnote = true,
}: {
  folded?: boolean;
  footnote?: boolean;
}) {
  const guidance = useGuidance();
  if (!guidance) return null;
  const { LOOK_UP } = guidance;
  const body = (
    <>
      <p>{LOOK_UP.text}</p>
      <SourceList points={[...LOOK_UP.views, LOOK_UP.linkedIn]} footnote={footnote} />
    </>
  );
  if (folded)
    return (
      <details className="card" data-look-up>
        <summary className="cursor-pointer font-bold">{OUTCOME_UI.whyNotLookUp}</summary>
        <div className="mt-3 space-y-2">{body}</div>
      </details>
    );
  return (
    <section className="card space-y-2" data-look-up aria-labelledby="look-up-title">
      <h2 id="look-up-title" className="text-lg font-bold">
        {LOOK_UP.title}
      </h2>
      {body}
    </section>
  );
}
