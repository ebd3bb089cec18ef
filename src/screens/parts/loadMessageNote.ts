import { lazyPreloaded, preloadable } from '../../app/preloadable';
import type { OutcomeId, StepId } from '../../decision/answers';

/**
 * The note that asks why they want to connect shows on one question (and the "wait"
 * outcome) only: a chunk of its own, fetched once a question is on screen (DecisionRoute), so the
 * first question doesn't wait for it and the message step never does either.
 */
export const loadMessageNote = preloadable(() => import('./MessageNote'));
export const MessageNote = lazyPreloaded(loadMessageNote, (m) => m.MessageNote);

/** The screens that show the note (StepExtras, OutcomeDetails; a test holds them to it). */
export const SHOWS_MESSAGE_NOTE: ReadonlySet<StepId | OutcomeId> = new Set(['message', 'wait']);

/**
 * A link that opens on one of those screens fetches the note alongside the screen's own
 * chunk, not after it: one round trip instead of two before the page can show.
 */
export function preloadMessageNoteFor(screen: StepId | OutcomeId | undefined) {
  if (screen && SHOWS_MESSAGE_NOTE.has(screen)) void loadMessageNote();
}
