import { useActorRef, useSelector } from '@xstate/react';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { afterShown } from '../app/afterShown';
import { LoadErrorBoundary } from '../components/LoadErrorBoundary';
import { NavigationType, useLocation, useNavigate, useNavigationType } from 'react-router';
import { useMode } from '../app/mode';
import { loadGuidance } from '../content/loadGuidance';
import { loadMessageNote, preloadMessageNoteFor } from './parts/loadMessageNote';
import { useStepFocus } from '../app/useStepFocus';
import { ANSWER_KEY, type Answers, type StepId } from '../decision/answers';
import { backTarget, currentStep, decisionMachine, outcomeOf } from '../decision/machine';
import { pathAnswers } from '../decision/replay';
import { formatLink, parseLink, type ParsedLink } from '../share/link';
import { shareUrlFor } from '../share/url';
import {
  InvalidLinkScreen,
  loadOutcomeScreen,
  loadQuestionScreen,
  OutcomeScreen,
  QuestionScreen,
} from './loadScreens';

/**
 * `#/decision?v=1&…`: the URL is the record of the decision. Opening it replays the
 * answers through the machine; every answer writes the URL back (a history entry each,
 * so the browser's Back and Forward move between questions).
 */
export default function DecisionRoute() {
  const location = useLocation();
  // The browser's Back/Forward, a followed link or an edited address is a new record:
  // replay it afresh. Our own writes (push/replace) must not restart the machine.
  const navigationType = useNavigationType();
  // Answers given so far are offered again (pre-filled) after the browser's Back.
  const [memory, setMemory] = useState<Answers>({});
  const [instance, setInstance] = useState<{
    location: typeof location;
    n: number;
    remembered: Answers;
  }>({
    location,
    n: 0,
    remembered: {},
  });
  if (navigationType === NavigationType.Pop && location !== instance.location) {
    setInstance({ location, n: instance.n + 1, remembered: memory });
  }

  const parsed = parseLink(location.search);
  if (!parsed.ok) {
    return <InvalidLink parsed={parsed} />;
  }
  return (
    <Decision
      key={instance.n}
      initialAnswers={parsed.answers}
      remembered={instance.remembered}
      onAnswers={setMemory}
    />
  );
}

function InvalidLink({ parsed }: { parsed: Extract<ParsedLink, { ok: false }> }) {
  const navigate = useNavigate();
  const { embed } = useMode();
  const go = (answers: Answers) =>
    void navigate(`/decision?${formatLink(answers)}`, { replace: embed });
  return (
    <InvalidLinkScreen
      problems={parsed.problems}
      canResume={Object.keys(parsed.answers).length > 0}
      onResume={() => go(parsed.answers)}
      onStartAgain={() => go({})}
    />
  );
}

interface DecisionProps {
  initialAnswers: Answers;
  remembered: Answers;
  onAnswers: (answers: Answers) => void;
}

// Memoised: the route keeps the answers given so far (for the browser's Back), and that
// update must not render the whole screen again (as it did, once, as soon as it appeared).
const Decision = memo(function Decision({ initialAnswers, remembered, onAnswers }: DecisionProps) {
  const mode = useMode();
  const navigate = useNavigate();
  const location = useLocation();
  const actor = useActorRef(decisionMachine, {
    input: { answers: initialAnswers, fixed: mode.fixed, remembered },
  });
  const snapshot = useSelector(actor, (s) => s);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { context } = snapshot;
  const outcome = outcomeOf(snapshot);
  const step = currentStep(snapshot);
  const query = formatLink(pathAnswers(snapshot));
  // Idempotent (one shared promise), so safe during render: it must start before the
  // screen below suspends on its own chunk.
  preloadMessageNoteFor(outcome ?? step);

  // Machine → URL. The first write only canonicalises the opened link, so it replaces.
  const synced = useRef(false);
  const currentQuery = location.search.replace(/^\?/, '');
  useEffect(() => {
    if (currentQuery !== query) {
      void navigate(`/decision?${query}`, { replace: !synced.current || mode.embed });
    }
    synced.current = true;
  }, [query, currentQuery, navigate, mode.embed]);

  useEffect(() => onAnswers(context.answers), [context.answers, onAnswers]);
  // Once this screen is on screen, fetch the bodies’ guidance, so the screens that show it
  // never wait, and the other kind of screen (with a question, the message step's note), so
  // moving on never waits either.
  useEffect(() => afterShown(() => void loadGuidance()), []);
  useEffect(
    () =>
      afterShown(
        () => void (outcome ? loadQuestionScreen() : [loadOutcomeScreen(), loadMessageNote()]),
      ),
    [outcome],
  );
  useStepFocus(headingRef, String(snapshot.value));

  let screen: ReactNode = null;
  if (outcome) {
    const { reply: _reply, ...beforeReply } = pathAnswers(snapshot);
    screen = (
      <OutcomeScreen
        outcome={outcome}
        context={context}
        shareUrl={shareUrlFor(query)}
        reopenUrl={shareUrlFor(formatLink(beforeReply))}
        headingRef={headingRef}
        onChange={(s) => actor.send({ type: 'GO_TO', step: s })}
        onRestart={() => actor.send({ type: 'RESTART' })}
      />
    );
  } else if (step) {
    const progress =
      context.history.filter((s) => context.fixed[questionKey(s)] === undefined).length + 1;
    const canGoBack = backTarget(context) !== undefined;
    screen = (
      <QuestionScreen
        key={step}
        step={step}
        answers={context.answers}
        progress={progress}
        headingRef={headingRef}
        onAnswer={(event) => actor.send(event)}
        onBack={
          canGoBack
            ? () => actor.send({ type: 'BACK' })
            : mode.embed
              ? undefined
              : () => void navigate('/')
        }
      />
    );
  }
  // A screen whose code can't be fetched (offline) is reported inside this route, which
  // stays mounted: the answer just given still reaches the URL, and Back still works.
  return <LoadErrorBoundary resetKey={String(snapshot.value)}>{screen}</LoadErrorBoundary>;
});

const questionKey = (s: StepId) => ANSWER_KEY[s];
