import { lazyPreloaded, preloadable } from '../app/preloadable';

/**
 * The decision's two kinds of screen are chunks of their own: a shared link opens on an
 * outcome and needs no question screen before it paints, and a new decision starts on a
 * question. Whichever is shown first, the other is preloaded once it has painted, so
 * answering the last question (or pressing Change) never waits for the network.
 */
export const loadOutcomeScreen = preloadable(() => import('./OutcomeScreen'));
export const loadQuestionScreen = preloadable(() => import('./QuestionScreen'));
/** Only a damaged link needs it. */
export const loadInvalidLinkScreen = preloadable(() => import('./InvalidLinkScreen'));

export const OutcomeScreen = lazyPreloaded(loadOutcomeScreen, (m) => m.OutcomeScreen);
export const QuestionScreen = lazyPreloaded(loadQuestionScreen, (m) => m.QuestionScreen);
export const InvalidLinkScreen = lazyPreloaded(loadInvalidLinkScreen, (m) => m.InvalidLinkScreen);
