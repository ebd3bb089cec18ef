import { getSimplePaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { ANSWER_KEY, ANSWER_VALUES, type StepId } from './answers';
import { decisionMachine, outcomeOf, type AnswerEvent } from './machine';
import { replay } from './replay';
import { whatIf } from './whatIf';

const paths = getSimplePaths(decisionMachine, {
  input: {},
  events: (s) => {
    if (outcomeOf(s)) return [];
    const key = ANSWER_KEY[s.value as StepId];
    const values =
      key === 'objectives'
        ? [['known-only'], ['clients', 'media']]
        : key === 'body'
          ? ['aba', 'none']
          : ANSWER_VALUES[key];
    return values.map((value) => ({ type: 'ANSWER', key, value }) as AnswerEvent);
  },
  serializeState: (s) => JSON.stringify([s.value, s.context.history, s.context.answers]),
});
const finished = paths.filter((p) => outcomeOf(p.state));

describe('what would change this', () => {
  it('is computed for every finished path', () => {
    expect(finished.length).toBeGreaterThan(50);
  });

  it('equals, for every path, what the machine gives when one answer changes', () => {
    for (const { state } of finished) {
      const here = outcomeOf(state);
      const listed = whatIf(state.context);
      for (const w of listed) {
        // Each suggestion really leads, by itself, to the outcome it names, which differs.
        const there = outcomeOf(
          replay({ answers: { ...state.context.answers, [w.key]: w.value } }),
        );
        expect(there).toBe(w.outcome);
        expect(there).not.toBe(here);
        expect(state.context.history).toContain(w.step);
      }
      // And nothing is missed: every other single-answer change keeps the outcome or asks more.
      for (const step of state.context.history) {
        const key = ANSWER_KEY[step];
        for (const v of ANSWER_VALUES[key]) {
          const value = key === 'objectives' ? [v] : v;
          const there = outcomeOf(replay({ answers: { ...state.context.answers, [key]: value } }));
          const isListed = listed.some(
            (w) => w.key === key && JSON.stringify(w.value) === JSON.stringify(value),
          );
          if (there && there !== here) expect(isListed, `${key}=${String(value)}`).toBe(true);
        }
      }
    }
  });

  it('names the reply for a wait: a genuine reason means accept', () => {
    const state = replay({
      answers: {
        objectives: ['clients'],
        body: 'none',
        matter: 'none',
        invite: 'standard',
        profile: 'unclear',
        reply: 'pending',
      },
    });
    expect(whatIf(state.context)).toContainEqual({
      step: 'message',
      key: 'reply',
      value: 'genuine',
      outcome: 'accept',
    });
  });
});
