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
  Complete<typeof import('../linkedin'), typeof import('./linkedin')>,
  Complete<typeof import('../redFlags'), typeof import('./redFlags')>,
  Complete<typeof import('../cautions'), typeof import('./cautions')>,
  Complete<typeof import('../outcomeAdvice'), typeof import('./outcomeAdvice')>,
  Complete<typeof import('../sourcesPage'), typeof import('./sourcesPage')>,
  Complete<typeof import('../changes'), typeof import('./changes')>,
  Complete<typeof import('../changeList'), typeof import('./changeList')>,
  Complete<typeof import('../officialLinks'), typeof import('./officialLinks')>,
  Complete<typeof import('../bodies/en/shared'), typeof import('../bodies/fr/shared')>,
  Complete<typeof import('../bodies/en/uk'), typeof import('../bodies/fr/uk')>,
  Complete<typeof import('../bodies/en/scotland'), typeof import('../bodies/fr/scotland')>,
  Complete<typeof import('../bodies/en/australasia'), typeof import('../bodies/fr/australasia')>,
  Complete<typeof import('../site'), typeof import('./site')>,
  Complete<typeof import('../firmNotice'), typeof import('./firmNotice')>,
  Complete<typeof import('../firm'), typeof import('./firm')>,
  Complete<typeof import('../firmForm'), typeof import('./firmForm')>,
  Complete<typeof import('../embedBuilder'), typeof import('./embedBuilder')>,
  Complete<typeof import('../embed'), typeof import('./embed')>,
  Complete<typeof import('../link'), typeof import('./link')>,
  Complete<typeof import('../map'), typeof import('./map')>,
  Complete<typeof import('../form'), typeof import('./form')>,
  Complete<typeof import('../questions'), typeof import('./questions')>,
  Complete<typeof import('../outcomes'), typeof import('./outcomes')>,
  Complete<typeof import('../whatWouldChange'), typeof import('./whatWouldChange')>,
  Complete<typeof import('../lookFor'), typeof import('./lookFor')>,
  Complete<typeof import('../advice'), typeof import('./advice')>,
  Complete<typeof import('../repeat'), typeof import('./repeat')>,
  Complete<typeof import('../escalation'), typeof import('./escalation')>,
];
