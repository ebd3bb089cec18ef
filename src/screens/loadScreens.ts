import { FULL_SITE } from '../app/mode';
import { lazyPreloaded, preloadable } from '../app/preloadable';
import { currentStep, outcomeOf } from '../decision/machine';
import { replay } from '../decision/replay';
import { parseLink } from '../share/link';
import { preloadMessageNoteFor } from './parts/loadMessageNote';

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

/**
 * For a page opened on a decision link (src/app/routes.tsx): loads the screen the link
 * opens on, and starts the note if that screen shows it, so the route first renders with
 * everything it needs. Rendered sooner, the route would work the decision out, suspend on
 * the screen's chunk, and React would throw that work away and do it all again.
 */
export async function loadScreenForLink(search: string): Promise<unknown> {
  const parsed = parseLink(search);
  if (!parsed.ok) return loadInvalidLinkScreen();
  // The link read, the machine run: each is the first run of its library's code, and
  // together, in one task, a long one on a slow phone. Between them, the browser can paint
  // and respond.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const snapshot = replay({ answers: parsed.answers, fixed: FULL_SITE.fixed });
  const outcome = outcomeOf(snapshot);
  preloadMessageNoteFor(outcome ?? currentStep(snapshot));
  return outcome ? loadOutcomeScreen() : loadQuestionScreen();
}
