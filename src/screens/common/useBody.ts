import { useEffect, useState } from 'react';
import { BODIES_EN } from '../../content/bodies/catalogue';
import type { BodyContent } from '../../content/types';
import { REGULATOR_IDS, type BodyId, type RegulatorId } from '../../decision/steps';

interface Load {
  promise: Promise<BodyContent>;
  value?: BodyContent;
  failed?: boolean;
}

// One fetch per body for the page's life: its jurisdiction's file, a chunk of its own.
const loads = new Map<RegulatorId, Load>();

function loadOf(id: RegulatorId): Load {
  let load = loads.get(id);
  if (!load) {
    const started: Load = { promise: BODIES_EN[id]() };
    started.promise.then(
      (value) => (started.value = value),
      () => (started.failed = true),
    );
    loads.set(id, started);
    load = started;
  }
  return load;
}

const isRegulator = (body: BodyId | undefined): body is RegulatorId =>
  (REGULATOR_IDS as readonly (BodyId | undefined)[]).includes(body);

/**
 * The reader's own body's content, or undefined until it has arrived (and always for `other`
 * and `none`, which have none). If it can't be fetched, the error is thrown for
 * LoadErrorBoundary to say so.
 */
export function useBody(body: BodyId | undefined): BodyContent | undefined {
  const load = isRegulator(body) ? loadOf(body) : undefined;
  const shown = load?.value;
  const [, arrived] = useState(0);
  useEffect(() => {
    // Also when it arrived between this render and this effect: `then` runs all the same.
    if (!load || shown) return;
    let live = true;
    const rerender = () => live && arrived((n) => n + 1);
    void load.promise.then(rerender, rerender);
    return () => {
      live = false;
    };
  }, [load, shown]);
  if (load?.failed)
    throw new Error('The guidance for this professional body could not be fetched.');
  return load?.value;
}

/** Every body's content (the map's list of guidance pages), once all have arrived. */
export function useAllBodies(): BodyContent[] | undefined {
  const [all, setAll] = useState<BodyContent[]>();
  useEffect(() => {
    let live = true;
    void Promise.all(REGULATOR_IDS.map((id) => loadOf(id).promise)).then((bodies) => {
      if (live) setAll(bodies);
    });
    return () => {
      live = false;
    };
  }, []);
  return all;
}
