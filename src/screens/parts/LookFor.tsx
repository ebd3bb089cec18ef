import { LOOK_FOR, LOOK_FOR_ALWAYS } from '../../content/questions';
import type { Objective } from '../../decision/answers';

/** Step 6: what to look for on their profile, tuned to why the user is on LinkedIn. */
export function LookFor({ objectives }: { objectives: Objective[] }) {
  const tuned = objectives.flatMap((o) => (o === 'known-only' ? [] : LOOK_FOR[o]));
  return (
    <section className="card" aria-labelledby="look-for-title">
      <h2 id="look-for-title" className="font-bold">
        What to look for
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {[...tuned, ...LOOK_FOR_ALWAYS].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
