import { lazy, Suspense, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { aboutYou } from '../../decision/aboutYou';
import { currentStep, outcomeOf, placeOf, type AnswerEvent } from '../../decision/machine';
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
import { whenDrawn } from '../../hooks/whenDrawn';
import { formatLink, parseLink, type LinkRecord, type ParsedLink } from '../../share/link';
import { today } from '../../share/dates';
import { mayRemember } from '../../share/rememberedKey';
import { shareUrlFor } from '../../share/url';
import { startedSettings } from '../../firm/loadSettings';
import { useFirm } from '../common/useFirm';
import { useFirmView } from '../common/useFirmView';
import { useRepeatParts } from './useRepeatParts';

// The question screen and the outcome screen are chunks of their own: a shared link opens on
// its outcome, the embed on a question, and each first screen has a budget. Whichever is not
// shown first is fetched once the first screen is drawn.
const loadQuestion = () => import('./QuestionScreen').then((m) => ({ default: m.QuestionScreen }));
const QuestionScreen = lazy(loadQuestion);
const loadOutcome = () =>
  import('../outcome/OutcomeScreen').then((m) => ({ default: m.OutcomeScreen }));
const OutcomeScreen = lazy(loadOutcome);

// Only a damaged link shows it: a chunk of its own.
const InvalidLinkScreen = lazy(() =>
  import('./InvalidLinkScreen').then((m) => ({ default: m.InvalidLinkScreen })),
);

/** What a history entry carries besides its address. */
interface EntryState {
  /**
   * The entry before this one is the screen the reader came from (the question just answered,
   * the start page's "Start now", an outcome's "Change"), so Back is the browser's Back.
   */
  backIsBrowserBack?: boolean;
  /**
   * While the reader changes an answer from "Check your answers": the answers that applied
   * before, so those that still apply are replayed and the others named at the outcome.
   */
  changing?: AnswerKey[];
  dropped?: AnswerKey[];
  /**
   * A new decision (the start page's "Start now", "Start again", the embed's first screen):
   * where this device remembers the reader's own answers, it starts with them.
   */
  fresh?: boolean;
}

/**
 * `#/decision?v=1&…`: the URL is the record of the decision. Each address is read once and
 * replayed once through the machine; each answer is a new address (a history entry each, so
 * the browser's Back and Forward move between questions, in the embed as on the full site).
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

/** Each step is a history entry, in the embed too (src/embed/history.ts). */
function useGo() {
  const navigate = useNavigate();
  return (answers: Answers, state?: EntryState, replace = false) =>
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

/**
 * Where a new decision starts for a reader this device remembers: their own answers, except
 * that a body the page fixes wins, and then the rules they gave for another body do not apply.
 */
function startingAnswers(remembered: Answers, fixed: Answers): Answers {
  const { rules, ...rest } = remembered;
  const sameBody = fixed.body === undefined || fixed.body === remembered.body;
  return sameBody && rules ? { ...rest, rules } : rest;
}

const noSubscription = () => () => undefined;
const nothing = () => '';

function Decision({ linked: opened, record }: { linked: Answers; record: LinkRecord }) {
  const location = useLocation();
  const navigate = useNavigate();
  const go = useGo();
  const { embed, fixed } = useMode();
  const load = useFirm();
  const firmView = useFirmView(load?.kind === 'settings' ? load.settings : undefined);
  // Answers given in this tab: offered again when their question comes back (Back, Change).
  const [given, setGiven] = useState<Answers>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Once the first screen is drawn, what the rest of the decision shows is fetched while the
  // reader answers: a connection lost on the way then changes nothing. Drawn means its heading
  // is there (each screen arrives as a chunk of its own): fetched any earlier, the rest would
  // compete with the screen the reader is waiting for.
  const [drawn, setDrawn] = useState(false);
  useEffect(
    () =>
      whenDrawn(
        () => headingRef.current !== null,
        () => setDrawn(true),
      ),
    [],
  );
  const entry = location.state as EntryState | null;
  const journey = entry ?? {};
  // A new decision with nothing in its address starts with what this device remembers (the
  // address is then rewritten to say so, below).
  const rememberedStart =
    journey.fresh === true && Object.keys(opened).length === 0 && mayRemember();
  const openedAt = useMemo(() => replay(opened, fixed), [opened, fixed]);
  // "About you" sits above the matter question: a link that opens there waits for it, which
  // would otherwise arrive after the question and push it down.
  const aboutYouFirst = currentStep(openedAt) === 'matter';
  const parts = useRepeatParts(rememberedStart || drawn || aboutYouFirst);
  // What this device remembers about the reader, kept up to date (read once the parts that
  // show it have arrived).
  const rememberedQuery = useSyncExternalStore(
    parts?.subscribeRemembered ?? noSubscription,
    parts?.rememberedQuery ?? nothing,
    nothing,
  );
  const remembered = useMemo(
    () => parts?.readRemembered(rememberedQuery),
    [parts, rememberedQuery],
  );
  // A body that the firm's file fixes wins over a remembered one: wait for the file first.
  const firmSettled = load !== undefined || startedSettings() === undefined;
  const startsRemembered =
    rememberedStart && firmSettled && parts !== undefined && remembered !== undefined;
  const snapshot = useMemo(
    () =>
      startsRemembered && remembered ? replay(startingAnswers(remembered, fixed), fixed) : openedAt,
    [startsRemembered, remembered, fixed, openedAt],
  );
  const { answers } = snapshot.context;
  const outcome = outcomeOf(snapshot);
  const step = currentStep(snapshot);
  useStepFocus(headingRef, placeOf(snapshot));
  useEffect(() => {
    if (!drawn) return;
    void Promise.all([
      loadQuestion(),
      loadOutcome(),
      import('../common/useGuidance').then((m) => m.loadGuidance()),
      import('../common/useBody').then((m) => m.loadBody(answers.body)),
    ]).catch(() => {});
  }, [drawn, answers.body]);

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
    if (!changing) return go(kept, { backIsBrowserBack: true });
    if (!outcomeOf(after)) return go(kept, { backIsBrowserBack: true, changing });
    const dropped = changing.filter((key) => kept[key] === undefined);
    setGiven((g) =>
      Object.fromEntries(Object.entries(g).filter(([k]) => !dropped.includes(k as AnswerKey))),
    );
    go(kept, { backIsBrowserBack: true, dropped });
  }

  function back() {
    remember();
    // Both Backs then move through the same history (and Forward undoes either). Not in a
    // frame, where the entry before may be the host page's: there Back replaces this entry.
    if (!embed && journey.backIsBrowserBack) return void navigate(-1);
    const previous = asked.at(-1);
    if (previous) go(answersBefore(answers, previous), undefined, true);
    else void navigate('/', { replace: true });
  }

  function change(target: StepId) {
    remember();
    const changing = (Object.keys(answers) as AnswerKey[]).filter((k) => fixed[k] === undefined);
    go(answersBefore(answers, target), { changing, backIsBrowserBack: true });
  }

  function restart() {
    setGiven({});
    go({}, { backIsBrowserBack: true, fresh: true });
  }

  /** A new decision about the next person: only what the reader said about themselves. */
  const kept = aboutYou(answers);
  const nextInvitation = () => setGiven(kept);

  /** From "About you": the questions about the reader again, each answer offered again. */
  function changeAboutYou() {
    remember();
    go({}, { backIsBrowserBack: true });
  }

  let screen = null;
  // A remembered start opens on the question that shows "About you": wait for it too.
  if ((rememberedStart && !firmSettled) || ((rememberedStart || aboutYouFirst) && !parts))
    return null;
  if (outcome) {
    const { reply: _reply, ...beforeReply } = answers;
    // The link offered is a record: the opened link's own, kept whole, or a new one made today.
    const shared =
      record.made !== undefined || record.was !== undefined
        ? record
        : { made: today(), was: outcome };
    screen = (
      <Suspense fallback={null}>
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
          nextInvitation={
            parts && (
              <parts.NextInvitation
                next={{ to: `/decision?${formatLink(kept)}`, onNext: nextInvitation }}
                answers={answers}
                remembered={remembered}
              />
            )
          }
          record={record}
          firm={firmView}
        />
      </Suspense>
    );
  } else if (step) {
    screen = (
      <Suspense fallback={null}>
        <QuestionScreen
          key={step}
          step={step}
          answers={answers}
          initial={given[STEPS[step].key]}
          progress={asked.length + 1}
          headingRef={headingRef}
          onAnswer={answer}
          onBack={asked.length > 0 || !embed ? back : undefined}
          knownBodies={[given.body, remembered?.body, fixed.body]}
          before={
            step === 'matter' &&
            parts && (
              <parts.AboutYou
                answers={kept}
                remembered={remembered !== undefined}
                onChange={changeAboutYou}
              />
            )
          }
        />
      </Suspense>
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
