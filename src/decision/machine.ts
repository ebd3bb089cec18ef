import { and, assertEvent, assign, createMachine, type SnapshotFrom } from 'xstate';
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

/**
 * A transition on ANSWER to `target` when `guard` holds. It always records the answer: replay.ts
 * knows a step refused an answer by its context staying the same.
 */
const to = <const G>(target: string, guard: G) => ({ target, guard, actions: 'record' as const });

/** A transition's guard: the event answers `key` (with one of `values`, when given). */
const answered = (key: AnswerKey, ...values: string[]) => ({
  type: 'answerIs' as const,
  params: { key, values },
});

/** The guards' names, and the parameters of the one that takes them. */
type Guard =
  | { type: 'answerIs'; params: { key: AnswerKey; values: string[] } }
  | {
      type:
        | 'isKnownOnly'
        | 'isNotRegulated'
        | 'hasConductRedFlag'
        | 'knowsOnlyPeopleTheyMet'
        | 'rulesRestrictIt'
        | 'rulesUnsure';
    };

// Made with createMachine and its implementations rather than setup(): setup's result holds
// every action creator XState has (sendTo, raise, spawnChild …), which the bundler must then
// keep, on every first screen (docs/decisions/018).
export const decisionMachine = createMachine(
  {
    types: {} as {
      context: DecisionContext;
      events: AnswerEvent;
      guards: Guard;
      actions: { type: 'record' };
    },
    id: 'decision',
    context: { answers: {} },
    initial: 'objectives',
    states: {
      objectives: {
        on: {
          ANSWER: [
            // A red flag is asked of everyone: a juror's invitation is reported, not just ignored.
            to('matter', 'isKnownOnly'),
            to('body', answered('objectives')),
          ],
        },
      },
      body: {
        on: {
          ANSWER: [to('matter', 'isNotRegulated'), to('rules', answered('body'))],
        },
      },
      rules: {
        on: { ANSWER: to('matter', answered('rules')) },
      },
      matter: {
        on: {
          ANSWER: [
            to('dont-connect', 'hasConductRedFlag'),
            to('ignore', and([answered('matter'), 'knowsOnlyPeopleTheyMet'])),
            to('dont-connect', and([answered('matter'), 'rulesRestrictIt'])),
            to('invite', answered('matter')),
          ],
        },
      },
      invite: {
        on: {
          ANSWER: [
            to('spamCheck', answered('invite', 'suspicious')),
            to('profile', answered('invite')),
          ],
        },
      },
      profile: {
        on: {
          ANSWER: [
            // Unsure of the rules: only a path that would connect or write to them stops here;
            // ignoring or reporting needs no permission.
            to('check-rules', and([answered('profile', 'relevant'), 'rulesUnsure'])),
            to('accept', answered('profile', 'relevant')),
            to('check-rules', and([answered('profile', 'unclear'), 'rulesUnsure'])),
            to('message', answered('profile', 'unclear')),
            to('ignore', answered('profile', 'not-relevant')),
            to('spamCheck', answered('profile', 'spam')),
          ],
        },
      },
      message: {
        on: {
          ANSWER: [
            to('accept', answered('reply', 'genuine')),
            to('ignore', answered('reply', 'none', 'pitch')),
            to('wait', answered('reply', 'pending')),
          ],
        },
      },
      spamCheck: {
        on: {
          ANSWER: [
            to('report-spam', answered('spam', 'true-spam')),
            to('ignore', answered('spam', 'not-spam')),
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
  },
  {
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
  },
);

export type DecisionSnapshot = SnapshotFrom<typeof decisionMachine>;

/** Where the decision is: the step being asked, or the outcome reached (one level of states). */
export const placeOf = (snapshot: DecisionSnapshot) => snapshot.value as StepId | OutcomeId;

export function outcomeOf(snapshot: DecisionSnapshot): OutcomeId | undefined {
  return snapshot.hasTag('outcome') ? (placeOf(snapshot) as OutcomeId) : undefined;
}

/** The step being asked, or undefined on an outcome. */
export function currentStep(snapshot: DecisionSnapshot): StepId | undefined {
  return snapshot.hasTag('outcome') ? undefined : (placeOf(snapshot) as StepId);
}
