import { useEffect, useState } from 'react';
import { loadOnce } from '../../hooks/loadOnce';
import { BODIES_EN } from '../../content/bodies/catalogue';
import type { BodyContent } from '../../content/types';
import { REGULATOR_IDS, type BodyId, type RegulatorId } from '../../decision/steps';

// One fetch per body for the page's life: its jurisdiction's file, a chunk of its own.
const bodies = loadOnce((id: RegulatorId) => BODIES_EN[id]());

const isRegulator = (body: BodyId | undefined): body is RegulatorId =>
  (REGULATOR_IDS as readonly (BodyId | undefined)[]).includes(body);

/**
 * The reader's own body's content, or undefined until it has arrived (and always for `other`
 * and `none`, which have none). If it can't be fetched, the error is thrown for
 * LoadErrorBoundary to say so.
 */
export function useBody(body: BodyId | undefined): BodyContent | undefined {
  return bodies.use(isRegulator(body) ? body : undefined);
}

/** Fetches a body's content now, for the screens that will show it (see loadOnce). */
export function loadBody(body: BodyId | undefined): void {
  if (isRegulator(body)) void bodies.load(body);
}

/** Every body's content (the map's list of guidance pages), once all have arrived. */
export function useAllBodies(): BodyContent[] | undefined {
  const [all, setAll] = useState<BodyContent[]>();
  useEffect(() => {
    let live = true;
    void Promise.all(REGULATOR_IDS.map((id) => bodies.load(id))).then((bodies) => {
      if (live) setAll(bodies);
    });
    return () => {
      live = false;
    };
  }, []);
  return all;
}
