import { lazyPreloaded, preloadable } from '../../app/preloadable';

/**
 * The note that asks why they want to connect shows on one question (and the "wait"
 * outcome) only: a chunk of its own, fetched once a question has painted (DecisionRoute), so the
 * first question doesn't wait for it and the message step never does either.
 */
export const loadMessageNote = preloadable(() => import('./MessageNote'));
export const MessageNote = lazyPreloaded(loadMessageNote, (m) => m.MessageNote);
