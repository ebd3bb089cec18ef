import { describe, expect, it } from 'vitest';
import { FINISHED } from '../test/paths';
import { currentStep, outcomeOf } from './machine';
import { pathOf, replay } from './replay';
import { STEPS, type Answers, type OutcomeId, type StepId } from './steps';
import { whatIf, type WhatIf } from './whatIf';

/**
 * What the machine says, computed the long way: change each answer on the path to each
 * other id, one at a time, replay, keep what ends somewhere else, then group.
 */
function expected(answers: Answers): WhatIf[] {
  const decision = replay(answers);
  const here = outcomeOf(decision);
  const out: WhatIf[] = [];
  for (const step of pathOf(decision)) {
    const { key, values, multiple } = STEPS[step];
    for (const v of values) {
      const value = multiple ? [v] : v;
      if (JSON.stringify(value) === JSON.stringify(answers[key])) continue;
      const next = replay({ ...answers, [key]: value });
      const there: OutcomeId | undefined = outcomeOf(next);
      if (there === here) continue;
      const asks: StepId | undefined = there ? undefined : currentStep(next);
      const same = out.find((w) => w.key === key && w.outcome === there && w.asks === asks);
      if (same) same.values.push(v);
      else out.push({ step, key, values: [v], ...(there ? { outcome: there } : { asks }) });
    }
  }
  return out;
}

describe('what would change this', () => {
  it('is computed for every finished path', () => {
    expect(FINISHED.length).toBeGreaterThan(100);
  });

  it('equals, for every path, what the machine gives when one answer changes', () => {
    for (const { state } of FINISHED) {
      const { answers } = state.context;
      expect(whatIf(answers), JSON.stringify(answers)).toEqual(expected(answers));
    }
  });

  it('names only real changes: another outcome, or a question not answered yet', () => {
    for (const { state } of FINISHED) {
      for (const w of whatIf(state.context.answers)) {
        expect(pathOf(state)).toContain(w.step);
        if (w.outcome) expect(w.outcome).not.toBe(outcomeOf(state));
        else expect(state.context.answers[STEPS[w.asks as StepId].key]).toBeUndefined();
      }
    }
  });

  it('names the reply for a wait: a genuine reason means accept', () => {
    const answers: Answers = {
      objectives: ['clients'],
      body: 'none',
      matter: 'none',
      invite: 'standard',
      profile: 'unclear',
      reply: 'pending',
    };
    expect(whatIf(answers)).toContainEqual({
      step: 'message',
      key: 'reply',
      values: ['genuine'],
      outcome: 'accept',
    });
    // A suspicious invitation would go to the spam check, which was never answered.
    expect(whatIf(answers)).toContainEqual({
      step: 'invite',
      key: 'invite',
      values: ['suspicious'],
      asks: 'spamCheck',
    });
  });

  it('after "only people I know", says the next question rather than guessing its answer', () => {
    expect(whatIf({ objectives: ['known-only'], matter: 'none' })).toEqual([
      {
        step: 'objectives',
        key: 'objectives',
        values: ['clients', 'media', 'community', 'careers'],
        asks: 'body',
      },
      {
        step: 'matter',
        key: 'matter',
        values: ['opposing-party', 'juror', 'witness', 'judge'],
        outcome: 'dont-connect',
      },
    ]);
  });

  it('after "not sure" of the rules, says the accept that would follow once they allow it', () => {
    const answers: Answers = {
      objectives: ['careers'],
      body: 'sra',
      rules: 'unsure',
      matter: 'none',
      invite: 'standard',
      profile: 'relevant',
    };
    expect(whatIf(answers)).toContainEqual({
      step: 'rules',
      key: 'rules',
      values: ['allowed'],
      outcome: 'accept',
    });
    expect(whatIf(answers)).toContainEqual({
      step: 'profile',
      key: 'profile',
      values: ['not-relevant'],
      outcome: 'ignore',
    });
  });

  it('groups answers that lead to the same place into one line', () => {
    const found = whatIf({
      objectives: ['clients'],
      body: 'sra',
      rules: 'allowed',
      matter: 'juror',
    });
    expect(found).toContainEqual({
      step: 'matter',
      key: 'matter',
      values: ['none'],
      asks: 'invite',
    });
    expect(found.filter((g) => g.key === 'matter')).toHaveLength(1);
  });

  it('never offers to change an answer the page fixed', () => {
    const answers: Answers = {
      objectives: ['clients'],
      matter: 'none',
      invite: 'standard',
      profile: 'relevant',
    };
    expect(outcomeOf(replay(answers, { body: 'none' }))).toBe('accept');
    expect(whatIf(answers, { body: 'none' }).some((w) => w.key === 'body')).toBe(false);
  });
});
