import type { ChunkingContext } from 'rolldown';

/**
 * Which chunk a module goes to, by what reaches it through static imports, not by a list of
 * files (docs/decisions/018):
 *
 * - `app`: what both pages (the site and the embed) load first (React, React Router, the
 *   site's words, the firm's settings loader), and what one of them loads first and the
 *   decision uses too (the step table);
 * - `question`: what only the question screen uses (the embed's first screen);
 * - `outcome`: what only the outcome screen uses (a shared link's first screen);
 * - `decision`: the route and what both screens use (the machine, XState, the questions'
 *   words, the loaders).
 *
 * What only one page's entry reaches stays with it, and what neither the entries nor the
 * three screens reach is left to Rolldown (the builder, the map, the cited guidance, each
 * jurisdiction's bodies). Left to itself, Rolldown made a common chunk for each set of lazy
 * chunks sharing a module: a shared link fetched 23 files, most under 1 KB, each compressed
 * alone.
 */
const SCREENS: Record<string, 'decision' | 'question' | 'outcome'> = {
  '/src/screens/question/DecisionRoute.tsx': 'decision',
  '/src/screens/question/QuestionScreen.tsx': 'question',
  '/src/screens/outcome/OutcomeScreen.tsx': 'outcome',
};

const screenOf = (id: string) => Object.entries(SCREENS).find(([path]) => id.endsWith(path))?.[1];

export function chunkOf(id: string, ctx: ChunkingContext): string | null {
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
  if (entries.size > 1 || (entries.size === 1 && reached.size > 0)) return 'app';
  if (entries.size > 0 || reached.size === 0) return null;
  return reached.size === 1 ? [...reached][0]! : 'decision';
}
