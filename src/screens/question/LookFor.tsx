import { LOOK_FOR, LOOK_FOR_ALWAYS, LOOK_FOR_TITLE } from '../../content/lookFor';
import type { Objective } from '../../decision/steps';
import { HelpList } from '../common/HelpList';

/** Step 6: what to look for on their profile, tuned to why the user is on LinkedIn. */
export function LookFor({ objectives }: { objectives: Objective[] }) {
  const tuned = objectives.flatMap((o) => (o === 'known-only' ? [] : LOOK_FOR[o]));
  return <HelpList title={LOOK_FOR_TITLE} lines={[...tuned, ...LOOK_FOR_ALWAYS]} />;
}
