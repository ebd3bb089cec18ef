import { and, assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import { STEPS, stepFor, type AnswerKey, type Answers, type OutcomeId, type StepId } from './steps';

/**
 * The whole decision: one state per question, one per outcome, and where each answer leads
 * (the spec's transition table). It knows nothing of React or URLs. Its context is the
 * answers given on the path taken; Back, Change and shared links are handled by replaying
 * answers into it (replay.ts), never by flags of its own.
 */

export type AnswerEvent = {
  [K in AnswerKey]: { type: 'ANSWER'; key: K; value: NonNullable<Answers[K]> };
}[AnswerKey];

export interface DecisionContext {
  /** The answers on the path taken, keyed by answer key. */
  answers: Answers;
}

/** A transition's guard: the event answers `key` (with one of `values`, when given). */
const answered = (key: AnswerKey, ...values: string[]) => ({
  type: 'answerIs' as const,
  params: { key, values },
});

export const decisionMachine = setup({
  types: {
    context: {} as DecisionContext,
    events: {} as AnswerEvent,
  },
  guards: {
    /** The event answers `key` with ids the step declares (one of `values`, when given). */
    answerIs: ({ event }, params: { key: AnswerKey; values: string[] }) => {
      const ids: readonly string[] = STEPS[stepFor(params.key)].values;
      const given = ([] as string[]).concat(event.value);
      return (
        event.key === params.key &&
        given.every((id) => ids.includes(id)) &&
        (params.values.length === 0 || given.some((id) => params.values.includes(id)))
      );
    },
    isKnownOnly: ({ event }) =>
      event.key === 'objectives' && event.value.length === 1 && event.value[0] === 'known-only',
    isNotRegulated: ({ event }) => event.key === 'body' && event.value === 'none',
    hasConductRedFlag: ({ event }) => event.key === 'matter' && event.value !== 'none',
    /** Earlier on the path: the user connects only with people they already know. */
    knowsOnlyPeopleTheyMet: ({ context }) => {
      const objectives = context.answers.objectives ?? [];
      return objectives.length === 1 && objectives[0] === 'known-only';
    },
    rulesRestrictIt: ({ context }) => context.answers.rules === 'restricted',
    rulesUnsure: ({ context }) => context.answers.rules === 'unsure',
  },
  actions: {
    record: assign({
      answers: ({ context, event }) => {
        assertEvent(event, 'ANSWER');
        return { ...context.answers, [event.key]: event.value };
      },
    }),
  },
}).createMachine({
  id: 'decision',
  context: { answers: {} },
  initial: 'objectives',
  states: {
    objectives: {
      on: {
        ANSWER: [
          // A red flag is asked of everyone: a juror's invitation is reported, not just ignored.
          { guard: 'isKnownOnly', target: 'matter', actions: 'record' },
          { guard: answered('objectives'), target: 'body', actions: 'record' },
        ],
      },
    },
    body: {
      on: {
        ANSWER: [
          { guard: 'isNotRegulated', target: 'matter', actions: 'record' },
          { guard: answered('body'), target: 'rules', actions: 'record' },
        ],
      },
    },
    rules: {
      on: { ANSWER: { guard: answered('rules'), target: 'matter', actions: 'record' } },
    },
    matter: {
      on: {
        ANSWER: [
          { guard: 'hasConductRedFlag', target: 'dont-connect', actions: 'record' },
          {
            guard: and([answered('matter'), 'knowsOnlyPeopleTheyMet']),
            target: 'ignore',
            actions: 'record',
          },
          {
            guard: and([answered('matter'), 'rulesRestrictIt']),
            target: 'dont-connect',
            actions: 'record',
          },
          { guard: answered('matter'), target: 'invite', actions: 'record' },
        ],
      },
    },
    invite: {
      on: {
        ANSWER: [
          { guard: answered('invite', 'suspicious'), target: 'spamCheck', actions: 'record' },
          { guard: answered('invite'), target: 'profile', actions: 'record' },
        ],
      },
    },
    profile: {
      on: {
        ANSWER: [
          // Unsure of the rules: only a path that would connect or write to them stops here;
          // ignoring or reporting needs no permission.
          {
            guard: and([answered('profile', 'relevant'), 'rulesUnsure']),
            target: 'check-rules',
            actions: 'record',
          },
          { guard: answered('profile', 'relevant'), target: 'accept', actions: 'record' },
          {
            guard: and([answered('profile', 'unclear'), 'rulesUnsure']),
            target: 'check-rules',
            actions: 'record',
          },
          { guard: answered('profile', 'unclear'), target: 'message', actions: 'record' },
          { guard: answered('profile', 'not-relevant'), target: 'ignore', actions: 'record' },
          { guard: answered('profile', 'spam'), target: 'spamCheck', actions: 'record' },
        ],
      },
    },
    message: {
      on: {
        ANSWER: [
          { guard: answered('reply', 'genuine'), target: 'accept', actions: 'record' },
          { guard: answered('reply', 'none', 'pitch'), target: 'ignore', actions: 'record' },
          { guard: answered('reply', 'pending'), target: 'wait', actions: 'record' },
        ],
      },
    },
    spamCheck: {
      on: {
        ANSWER: [
          { guard: answered('spam', 'true-spam'), target: 'report-spam', actions: 'record' },
          { guard: answered('spam', 'not-spam'), target: 'ignore', actions: 'record' },
        ],
      },
    },
    accept: { tags: 'outcome' },
    ignore: { tags: 'outcome' },
    'report-spam': { tags: 'outcome' },
    wait: { tags: 'outcome' },
    'check-rules': { tags: 'outcome' },
    'dont-connect': { tags: 'outcome' },
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
