import { lazy, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { currentStep, outcomeOf, type AnswerEvent } from '../../decision/machine';
import { pathOf, replay } from '../../decision/replay';
import {
  ANSWER_KEYS,
  STEPS,
  type AnswerKey,
  type Answers,
  type StepId,
} from '../../decision/steps';
import { useMode } from '../../hooks/mode';
import { useStepFocus } from '../../hooks/useStepFocus';
import { formatLink, parseLink, type LinkRecord, type ParsedLink } from '../../share/link';
import { shareUrlFor, today } from '../../share/url';
import { useFirm } from '../common/useFirm';
import { useFirmView } from '../common/useFirmView';
import { OutcomeScreen } from '../outcome/OutcomeScreen';
import { QuestionScreen } from './QuestionScreen';

// Only a damaged link shows it: a chunk of its own.
const InvalidLinkScreen = lazy(() =>
  import('./InvalidLinkScreen').then((m) => ({ default: m.InvalidLinkScreen })),
);

/** What a history entry carries besides its address. */
interface EntryState {
  /** Reached by answering the question before it: the entry before it is that question. */
  answered?: boolean;
  /**
   * Reached from the screen the reader was on (the start page's "Start now", an outcome's
   * "Change"): the entry before it is that screen, so Back returns there as the browser would.
   */
  cameFrom?: boolean;
  /**
   * While the reader changes an answer from "Check your answers": the answers that applied
   * before, so those that still apply are replayed and the others named at the outcome.
   */
  changing?: AnswerKey[];
  dropped?: AnswerKey[];
}

/**
 * `#/decision?v=1&…`: the URL is the record of the decision. Each address is read once and
 * replayed once through the machine; each answer is a new address (a history entry each, so
 * the browser's Back and Forward move between questions; in the embed each replaces the last).
 */
export default function DecisionRoute() {
  const { search } = useLocation();
  const link = useMemo(() => parseLink(search), [search]);
  return link.ok ? (
    <Decision linked={link.answers} record={link.record} />
  ) : (
    <InvalidLink link={link} />
  );
}

function useGo() {
  const navigate = useNavigate();
  const { embed } = useMode();
  return (answers: Answers, state?: EntryState, replace = embed) =>
    void navigate(`/decision?${formatLink(answers)}`, { replace, state });
}

function InvalidLink({ link }: { link: Extract<ParsedLink, { ok: false }> }) {
  const go = useGo();
  return (
    <InvalidLinkScreen
      problems={link.problems}
      canResume={Object.keys(link.answers).length > 0}
      onResume={() => go(link.answers)}
      onStartAgain={() => go({})}
    />
  );
}

/** The answers given before `step`, in the order they were asked. */
const answersBefore = (answers: Answers, step: StepId): Answers =>
  Object.fromEntries(
    ANSWER_KEYS.slice(0, ANSWER_KEYS.indexOf(STEPS[step].key))
      .filter((key) => answers[key] !== undefined)
      .map((key) => [key, answers[key]]),
  );

function Decision({ linked, record }: { linked: Answers; record: LinkRecord }) {
  const location = useLocation();
  const navigate = useNavigate();
  const go = useGo();
  const { embed, fixed, firm: firmName } = useMode();
  const load = useFirm();
  // The page's own firm name (its address) wins over the file's for this page.
  const firm = useMemo(
    () =>
      load?.kind === 'pack' ? (firmName ? { ...load.pack, firm: firmName } : load.pack) : undefined,
    [load, firmName],
  );
  const firmView = useFirmView(firm);
  // Answers given in this tab: offered again when their question comes back (Back, Change).
  const [given, setGiven] = useState<Answers>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const snapshot = useMemo(() => replay(linked, fixed), [linked, fixed]);
  const { answers } = snapshot.context;
  const outcome = outcomeOf(snapshot);
  const step = currentStep(snapshot);
  const entry = location.state as EntryState | null;
  const journey = entry ?? {};
  useStepFocus(headingRef, String(snapshot.value));

  // A link opened with answers off its path, or out of order, is rewritten as it is replayed.
  const canonical = formatLink(answers, record);
  useEffect(() => {
    if (location.search.slice(1) !== canonical)
      void navigate(`/decision?${canonical}`, { replace: true, state: entry });
  }, [canonical, location.search, entry, navigate]);

  const remember = () => setGiven((g) => ({ ...g, ...answers }));
  const asked = pathOf(snapshot).filter((s) => fixed[STEPS[s].key] === undefined);

  function answer(event: AnswerEvent) {
    const next = { ...answers, [event.key]: event.value };
    setGiven((g) => ({ ...g, ...next }));
    const { changing } = journey;
    // While changing an answer, every answer given is replayed, so those that still apply are
    // kept; otherwise the path so far and this answer (and what the page fixed).
    const after = replay(changing ? { ...given, ...next } : next, fixed);
    const kept = after.context.answers;
    if (!changing) return go(kept, { answered: true });
    if (!outcomeOf(after)) return go(kept, { answered: true, changing });
    const dropped = changing.filter((key) => kept[key] === undefined);
    setGiven((g) =>
      Object.fromEntries(Object.entries(g).filter(([k]) => !dropped.includes(k as AnswerKey))),
    );
    go(kept, { answered: true, dropped });
  }

  function back() {
    remember();
    // Where the entry before is the screen the reader came from, Back is the browser's Back, so
    // both move through the same history (and Forward undoes either).
    if (!embed && (journey.answered || journey.cameFrom)) return void navigate(-1);
    const previous = asked.at(-1);
    if (previous) go(answersBefore(answers, previous), undefined, true);
    else void navigate('/', { replace: true });
  }

  function change(target: StepId) {
    remember();
    const changing = (Object.keys(answers) as AnswerKey[]).filter((k) => fixed[k] === undefined);
    go(answersBefore(answers, target), { changing, cameFrom: true });
  }

  function restart() {
    setGiven({});
    go({}, { cameFrom: true });
  }

  let screen = null;
  if (outcome) {
    const { reply: _reply, ...beforeReply } = answers;
    // The link offered is a record: the opened link's own, kept whole, or a new one made today.
    const shared =
      record.made !== undefined || record.was !== undefined
        ? record
        : { made: today(), was: outcome };
    screen = (
      <OutcomeScreen
        outcome={outcome}
        answers={answers}
        fixed={fixed}
        dropped={journey.dropped ?? []}
        shareUrl={shareUrlFor(formatLink(answers, shared))}
        reopenUrl={shareUrlFor(formatLink(beforeReply))}
        headingRef={headingRef}
        onChange={change}
        onRestart={restart}
        record={record}
        firm={firmView}
      />
    );
  } else if (step) {
    screen = (
      <QuestionScreen
        key={step}
        step={step}
        answers={answers}
        initial={given[STEPS[step].key]}
        progress={asked.length + 1}
        headingRef={headingRef}
        onAnswer={answer}
        onBack={asked.length > 0 || !embed ? back : undefined}
      />
    );
  }
  return screen;
}

/**
 * The sources page, loaded through this chunk: it shows the same cited content. As a chunk of
 * the routes' own, it made the bundler split the chunks it shares with the decision, which
 * added to every shared link's first load (docs/decisions/008).
 */
export const loadSourcesScreen = () => import('../sources/SourcesScreen');
