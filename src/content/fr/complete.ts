import type { Translation } from '../translation';

/**
 * Every translated module has every export of its English module, in a shape that fits
 * (src/content/translation.ts): add a module here when it gets its French sibling, and French
 * cannot compile with a name or a string missing.
 */
type Complete<English, French extends Translation<English>> = [English, French];

export type FrenchCatalogue = [
  Complete<typeof import('../language'), typeof import('./language')>,
  Complete<typeof import('../page'), typeof import('./page')>,
  Complete<typeof import('../message'), typeof import('./message')>,
  Complete<typeof import('../bodyNames'), typeof import('./bodyNames')>,
  Complete<typeof import('../questions'), typeof import('./questions')>,
  Complete<typeof import('../outcomes'), typeof import('./outcomes')>,
  Complete<typeof import('../whatWouldChange'), typeof import('./whatWouldChange')>,
  Complete<typeof import('../lookFor'), typeof import('./lookFor')>,
  Complete<typeof import('../form'), typeof import('./form')>,
  Complete<typeof import('../advice'), typeof import('./advice')>,
  Complete<typeof import('../repeat'), typeof import('./repeat')>,
  Complete<typeof import('../escalation'), typeof import('./escalation')>,
];
