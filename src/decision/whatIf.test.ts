import { getSimplePaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { ANSWER_KEY, ANSWER_VALUES, type Answers, type StepId } from './answers';
import { currentStep, decisionMachine, outcomeOf, type AnswerEvent } from './machine';
import { replay } from './replay';
import { groupWhatIf, whatIf, type WhatIf } from './whatIf';

/** Every path through the decision (as in graph.test.ts): every value at every step. */
const OBJECTIVE_SETS = [['known-only'], ['clients'], ['clients', 'media', 'community', 'careers']];
const BODY_SAMPLE = ['sra', 'other', 'none'];
const paths = getSimplePaths(decisionMachine, {
  input: {},
  events: (s) => {
    if (outcomeOf(s)) return [];
    const key = ANSWER_KEY[s.value as StepId];
    const values =
      key === 'objectives' ? OBJECTIVE_SETS : key === 'body' ? BODY_SAMPLE : ANSWER_VALUES[key];
    return values.map((value) => ({ type: 'ANSWER', key, value }) as AnswerEvent);
  },
  serializeState: (s) => JSON.stringify([s.value, s.context.history, s.context.answers]),
});
const finished = paths.filter((p) => outcomeOf(p.state));

/**
 * What the machine says, computed the long way: change each answer on the path to each
 * other value, one at a time, replay, and keep what ends somewhere else.
 */
function expected(answers: Answers, history: StepId[]): WhatIf[] {
  const here = outcomeOf(replay({ answers }));
  const out: WhatIf[] = [];
  for (const step of history) {
    const key = ANSWER_KEY[step];
    const current = answers[key];
    for (const v of ANSWER_VALUES[key]) {
      const value = key === 'objectives' ? [v] : v;
      if (JSON.stringify(value) === JSON.stringify(current)) continue;
      const snapshot = replay({ answers: { ...answers, [key]: value } });
      const there = outcomeOf(snapshot);
      if (there === here) continue;
      out.push(
        there
          ? { step, key, value, outcome: there }
          : { step, key, value, asks: currentStep(snapshot) },
      );
    }
  }
  return out;
}

describe('what would change this', () => {
  it('is computed for every finished path', () => {
    expect(finished.length).toBeGreaterThan(100);
  });

  it('equals, for every path, what the machine gives when one answer changes', () => {
    for (const { state } of finished) {
      const { answers, history } = state.context;
      expect(whatIf(state.context), JSON.stringify(answers)).toEqual(expected(answers, history));
    }
  });

  it('names only real changes: another outcome, or a question not answered yet', () => {
    for (const { state } of finished) {
      for (const w of whatIf(state.context)) {
        expect(state.context.history).toContain(w.step);
        if (w.outcome) expect(w.outcome).not.toBe(outcomeOf(state));
        else expect(state.context.answers[ANSWER_KEY[w.asks as StepId]]).toBeUndefined();
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
    // A suspicious invitation would go to the spam check, which was never answered.
    expect(whatIf(state.context)).toContainEqual({
      step: 'invite',
      key: 'invite',
      value: 'suspicious',
      asks: 'spamCheck',
    });
  });

  it('after "only people I know", says the next question rather than guessing its answer', () => {
    const state = replay({ answers: { objectives: ['known-only'] } });
    expect(groupWhatIf(whatIf(state.context))).toEqual([
      {
        step: 'objectives',
        key: 'objectives',
        values: ['clients', 'media', 'community', 'careers'],
        asks: 'body',
      },
    ]);
  });

  it('groups answers that lead to the same place into one line', () => {
    const state = replay({
      answers: { objectives: ['clients'], body: 'sra', rules: 'allowed', matter: 'juror' },
    });
    const groups = groupWhatIf(whatIf(state.context));
    expect(groups).toContainEqual({
      step: 'matter',
      key: 'matter',
      values: ['none'],
      asks: 'invite',
    });
    expect(groups.filter((g) => g.key === 'matter')).toHaveLength(1);
  });

  it('never offers to change an answer the page fixed', () => {
    const state = replay({
      answers: { objectives: ['clients'], matter: 'none', invite: 'standard', profile: 'relevant' },
      fixed: { body: 'none' },
    });
    expect(outcomeOf(state)).toBe('accept');
    expect(whatIf(state.context).some((w) => w.key === 'body')).toBe(false);
  });
});
