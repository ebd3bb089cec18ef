import { preloadable } from '../app/preloadable';

/**
 * What we cite (the professional bodies' guidance and the conduct cautions, with sources,
 * dates and links) is the largest piece of copy and only some screens show it, so it is a
 * chunk of its own, preloaded when the decision opens.
 */
export const loadGuidance = preloadable(() => import('./guidance'));
