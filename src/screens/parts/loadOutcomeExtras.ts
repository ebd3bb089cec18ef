import { lazyPreloaded, preloadable } from '../../app/preloadable';

/**
 * The outcome's extras below the fold, each a chunk of its own (never part of a first load).
 * The map's chunk serves both the printed map (mounted once the outcome is on screen) and the
 * screen's (mounted when the reader comes near): through one shared promise, the second renders
 * at once instead of suspending again for a chunk that has already arrived.
 */
export const loadPathMap = preloadable(() => import('../../map/PathMap'));
export const loadWhatWouldChange = preloadable(() => import('./WhatWouldChange'));

export const HowWeGotHere = lazyPreloaded(loadPathMap, (m) => m.default);
export const PrintPathMap = lazyPreloaded(loadPathMap, (m) => m.PrintPathMap);
export const WhatWouldChange = lazyPreloaded(loadWhatWouldChange, (m) => m.default);
