import type { ChunkingContext } from 'rolldown';

/**
 * The decision's three screens-worth of code: where a module goes is decided by which of them
 * reaches it through static imports, not by a list of files (docs/decisions/018).
 *
 * - `question`: what only the question screen uses (the embed's first screen);
 * - `outcome`: what only the outcome screen uses (a shared link's first screen);
 * - `decision`: the route and everything both screens use (the machine, XState, the steps,
 *   the questions' words, the loaders).
 *
 * What both pages' entries reach is one more chunk, `app`; what only one entry reaches stays
 * with it; what none of them and none of the three screens reach is left to Rolldown's own
 * chunking (the builder, the map, the cited guidance, each jurisdiction's bodies). Without this, Rolldown cut the decision into a dozen small common chunks, one per
 * set of lazy pages sharing a module: a shared link fetched 13 files, each compressed alone.
 */
const SCREENS: Record<string, 'decision' | 'question' | 'outcome'> = {
  '/src/screens/question/DecisionRoute.tsx': 'decision',
  '/src/screens/question/QuestionScreen.tsx': 'question',
  '/src/screens/outcome/OutcomeScreen.tsx': 'outcome',
};

const screenOf = (id: string) => Object.entries(SCREENS).find(([path]) => id.endsWith(path))?.[1];

export function decisionChunk(id: string, ctx: ChunkingContext): string | null {
  const reached = new Set<string>();
  const entries = new Set<string>();
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const screen = screenOf(next);
    if (screen) {
      reached.add(screen);
      continue;
    }
    const info = ctx.getModuleInfo(next);
    if (!info) continue;
    if (info.isEntry) entries.add(next);
    else queue.push(...info.importers);
  }
  // What both pages (the site and the embed) load first, and what one of them loads first and
  // the decision uses too (the step table): one file, not one per set of lazy chunks that also
  // import it (React, the site's words, the firm's settings …).
  if (entries.size > 1 || (entries.size === 1 && reached.size > 0)) return 'app';
  if (entries.size > 0 || reached.size === 0) return null;
  return reached.size === 1 ? [...reached][0]! : 'decision';
}
