import { and, assign, enqueueActions, setup, type SnapshotFrom } from 'xstate';
import {
  ANSWER_KEY,
  STEPS,
  type AnswerKey,
  type Answers,
  type OutcomeId,
  type StepId,
} from './answers';

/**
 * The whole decision. It knows nothing of React or URLs: screens send events and
 * render snapshots; the share link is just `input.answers` replayed from the start.
 */

export type AnswerEvent = {
  [K in AnswerKey]: { type: 'ANSWER'; key: K; value: NonNullable<Answers[K]> };
}[AnswerKey];

export type DecisionEvent =
  AnswerEvent | { type: 'BACK' } | { type: 'RESTART' } | { type: 'GO_TO'; step: StepId };

export interface DecisionInput {
  /** Answers to replay (a share link, or answers remembered across a reload). */
  answers?: Answers;
  /** Answers fixed by the page (an embedding firm's `body`): always applied, never asked. */
  fixed?: Answers;
  /**
   * Answers from before the browser's Back/Forward: offered again (pre-filled) once the
   * replay stops, but never replayed themselves.
   */
  remembered?: Answers;
}

export interface DecisionContext {
  /** Every answer given, including ones ahead of the current step (kept for Back/Change). */
  answers: Answers;
  /** Steps answered on the path taken, in order. The current step is never in it. */
  history: StepId[];
  /** Answers fixed by the page; their steps are skipped. */
  fixed: Answers;
  /** While true, a step that already has an answer is passed through without asking. */
  autoAdvance: boolean;
  /** Set by GO_TO: once the changed answer is given, replay the later ones that still apply. */
  changing: boolean;
  /** Answers that no longer apply after the last change, removed when the outcome is reached. */
  dropped: AnswerKey[];
  /** See DecisionInput.remembered; merged in (without replay) where the replay stops. */
  remembered: Answers;
}

const STEP_FOR_KEY = Object.fromEntries(STEPS.map((step) => [ANSWER_KEY[step], step])) as Record<
  AnswerKey,
  StepId
>;

/** The step Back returns to: the last one answered that the user was actually asked. */
export function backTarget(context: DecisionContext): StepId | undefined {
  return context.history.findLast((step) => context.fixed[ANSWER_KEY[step]] === undefined);
}

/** An answer counts only if its step is on the path taken (a skipped step's old answer doesn't). */
function onPath<K extends AnswerKey>(context: DecisionContext, key: K): Answers[K] | undefined {
  return context.history.includes(STEP_FOR_KEY[key]) ? context.answers[key] : undefined;
}

const initialContext = (input: DecisionInput): DecisionContext => {
  const fixed = input.fixed ?? {};
  const answers = { ...input.answers, ...fixed };
  return {
    answers,
    history: [],
    fixed,
    autoAdvance: Object.keys(input.answers ?? {}).length > 0,
    changing: false,
    dropped: [],
    remembered: input.remembered ?? {},
  };
};

const step = (id: StepId) => ({
  entry: { type: 'passThroughIfAnswered' as const, params: { step: id } },
});

const answerIs = (key: AnswerKey, ...values: string[]) => ({
  type: 'answerIs' as const,
  params: { key, values },
});

export const decisionMachine = setup({
  types: {
    context: {} as DecisionContext,
    events: {} as DecisionEvent,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- XState's type-only slot
    input: {} as DecisionInput,
  },
  guards: {
    /** The event answers this key (with one of `values`, when given). */
    answerIs: ({ event }, params: { key: AnswerKey; values: string[] }) =>
      event.type === 'ANSWER' &&
      event.key === params.key &&
      (params.values.length === 0 || params.values.includes(event.value as string)),
    isKnownOnly: ({ event }) =>
      event.type === 'ANSWER' &&
      event.key === 'objectives' &&
      event.value.length === 1 &&
      event.value[0] === 'known-only',
    isNotRegulated: ({ event }) =>
      event.type === 'ANSWER' && event.key === 'body' && event.value === 'none',
    hasConductRedFlag: ({ event }) =>
      event.type === 'ANSWER' && event.key === 'matter' && event.value !== 'none',
    rulesRestrictIt: ({ context }) => onPath(context, 'rules') === 'restricted',
    rulesUnsure: ({ context }) => onPath(context, 'rules') === 'unsure',
    canGoBackTo: ({ context }, params: { step: StepId }) => backTarget(context) === params.step,
    canChange: ({ context, event }, params: { step: StepId }) =>
      event.type === 'GO_TO' &&
      event.step === params.step &&
      context.history.includes(params.step) &&
      context.fixed[ANSWER_KEY[params.step]] === undefined,
  },
  actions: {
    record: assign(({ context, event }) => {
      if (event.type !== 'ANSWER') return {};
      return {
        answers: { ...context.answers, [event.key]: event.value },
        history: [...context.history, STEP_FOR_KEY[event.key]],
        autoAdvance: context.autoAdvance || context.changing,
      };
    }),
    /** Replays a remembered answer; stops (and asks) at the first step without one. */
    passThroughIfAnswered: enqueueActions(({ context, enqueue }, params: { step: StepId }) => {
      const key = ANSWER_KEY[params.step];
      const value = context.answers[key];
      const isFixed = context.fixed[key] !== undefined;
      if (value !== undefined && (context.autoAdvance || isFixed)) {
        enqueue.raise({ type: 'ANSWER', key, value } as AnswerEvent);
      } else {
        enqueue.assign({
          autoAdvance: false,
          answers: { ...context.remembered, ...context.answers },
          remembered: {},
        });
      }
    }),
    goBack: assign(({ context }) => {
      const target = backTarget(context);
      const index = target === undefined ? context.history.length : context.history.indexOf(target);
      return { history: context.history.slice(0, index), autoAdvance: false, changing: false };
    }),
    startChange: assign(({ context, event }) => {
      if (event.type !== 'GO_TO') return {};
      const index = context.history.indexOf(event.step);
      return {
        history: context.history.slice(0, index),
        autoAdvance: false,
        changing: true,
        dropped: [],
      };
    }),
    restart: assign(({ context }) => initialContext({ fixed: context.fixed })),
    /** On reaching an outcome, forget answers the path no longer uses, and say which. */
    settle: assign(({ context }) => {
      const used = new Set<AnswerKey>(context.history.map((s) => ANSWER_KEY[s]));
      const answers: Answers = {};
      const dropped: AnswerKey[] = [];
      for (const key of Object.keys(context.answers) as AnswerKey[]) {
        if (used.has(key)) Object.assign(answers, { [key]: context.answers[key] });
        // Only a change the user made is worth a note; a link's stray answers are dropped quietly.
        else if (context.changing && context.fixed[key] === undefined) dropped.push(key);
      }
      return { answers, dropped, autoAdvance: false, changing: false, remembered: {} };
    }),
  },
}).createMachine({
  id: 'decision',
  context: ({ input }) => initialContext(input),
  initial: 'objectives',
  on: {
    BACK: STEPS.map((s) => ({
      guard: { type: 'canGoBackTo' as const, params: { step: s } },
      target: `.${s}`,
      actions: 'goBack' as const,
    })),
    GO_TO: STEPS.map((s) => ({
      guard: { type: 'canChange' as const, params: { step: s } },
      target: `.${s}`,
      actions: 'startChange' as const,
    })),
    RESTART: { target: '.objectives', reenter: true, actions: 'restart' },
  },
  states: {
    objectives: {
      ...step('objectives'),
      on: {
        ANSWER: [
          { guard: 'isKnownOnly', target: 'ignore', actions: 'record' },
          { guard: answerIs('objectives'), target: 'body', actions: 'record' },
        ],
      },
    },
    body: {
      ...step('body'),
      on: {
        ANSWER: [
          { guard: 'isNotRegulated', target: 'matter', actions: 'record' },
          { guard: answerIs('body'), target: 'rules', actions: 'record' },
        ],
      },
    },
    rules: {
      ...step('rules'),
      on: { ANSWER: { guard: answerIs('rules'), target: 'matter', actions: 'record' } },
    },
    matter: {
      ...step('matter'),
      on: {
        ANSWER: [
          { guard: 'hasConductRedFlag', target: 'dont-connect', actions: 'record' },
          {
            guard: and([answerIs('matter'), 'rulesRestrictIt']),
            target: 'dont-connect',
            actions: 'record',
          },
          {
            guard: and([answerIs('matter'), 'rulesUnsure']),
            target: 'check-rules',
            actions: 'record',
          },
          { guard: answerIs('matter'), target: 'invite', actions: 'record' },
        ],
      },
    },
    invite: {
      ...step('invite'),
      on: {
        ANSWER: [
          { guard: answerIs('invite', 'suspicious'), target: 'spamCheck', actions: 'record' },
          { guard: answerIs('invite'), target: 'profile', actions: 'record' },
        ],
      },
    },
    profile: {
      ...step('profile'),
      on: {
        ANSWER: [
          { guard: answerIs('profile', 'relevant'), target: 'accept', actions: 'record' },
          { guard: answerIs('profile', 'unclear'), target: 'message', actions: 'record' },
          { guard: answerIs('profile', 'not-relevant'), target: 'ignore', actions: 'record' },
          { guard: answerIs('profile', 'spam'), target: 'spamCheck', actions: 'record' },
        ],
      },
    },
    message: {
      ...step('message'),
      on: {
        ANSWER: [
          { guard: answerIs('reply', 'genuine'), target: 'accept', actions: 'record' },
          { guard: answerIs('reply', 'none', 'pitch'), target: 'ignore', actions: 'record' },
          { guard: answerIs('reply', 'pending'), target: 'wait', actions: 'record' },
        ],
      },
    },
    spamCheck: {
      ...step('spamCheck'),
      on: {
        ANSWER: [
          { guard: answerIs('spam', 'true-spam'), target: 'report-spam', actions: 'record' },
          { guard: answerIs('spam', 'not-spam'), target: 'ignore', actions: 'record' },
        ],
      },
    },
    accept: { tags: 'outcome', entry: 'settle' },
    ignore: { tags: 'outcome', entry: 'settle' },
    'report-spam': { tags: 'outcome', entry: 'settle' },
    wait: { tags: 'outcome', entry: 'settle' },
    'check-rules': { tags: 'outcome', entry: 'settle' },
    'dont-connect': { tags: 'outcome', entry: 'settle' },
  },
});

export type DecisionSnapshot = SnapshotFrom<typeof decisionMachine>;

export function outcomeOf(snapshot: DecisionSnapshot): OutcomeId | undefined {
  return snapshot.hasTag('outcome') ? (snapshot.value as OutcomeId) : undefined;
}

/** The step being asked, or undefined on an outcome. */
export function currentStep(snapshot: DecisionSnapshot): StepId | undefined {
  return snapshot.hasTag('outcome') ? undefined : (snapshot.value as StepId);
}
