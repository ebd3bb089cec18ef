import { getSimplePaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { ANSWER_KEY, ANSWER_VALUES, OUTCOMES, STEPS, type StepId } from './answers';
import { decisionMachine, outcomeOf, type AnswerEvent, type DecisionSnapshot } from './machine';

/**
 * Every simple path through the decision, answering with every value at every step
 * (objectives with a representative set of combinations, bodies with one regulated
 * body, `other` and `none`: the other bodies take the same transitions).
 */
const OBJECTIVE_SETS = [['known-only'], ['clients'], ['clients', 'media', 'community', 'careers']];
const BODY_SAMPLE = ['sra', 'other', 'none'];

function answersFor(snapshot: DecisionSnapshot): AnswerEvent[] {
  if (outcomeOf(snapshot)) return [];
  const step = snapshot.value as StepId;
  const key = ANSWER_KEY[step];
  const values =
    key === 'objectives' ? OBJECTIVE_SETS : key === 'body' ? BODY_SAMPLE : ANSWER_VALUES[key];
  return values.map((value) => ({ type: 'ANSWER', key, value }) as AnswerEvent);
}

const paths = getSimplePaths(decisionMachine, {
  input: {},
  events: answersFor,
  serializeState: (s) => JSON.stringify([s.value, s.context.history, s.context.answers]),
});

describe('every path through the machine', () => {
  it('there are paths to walk', () => {
    expect(paths.length).toBeGreaterThan(100);
  });

  it('each path ends in an outcome (no dead end)', () => {
    const leaves = paths.filter((p) => answersFor(p.state).length === 0);
    expect(leaves.length).toBeGreaterThan(0);
    for (const p of leaves) expect(outcomeOf(p.state)).toBeDefined();
  });

  it('every step that asks a question can be left by some answer', () => {
    for (const p of paths) {
      if (outcomeOf(p.state)) continue;
      const next = answersFor(p.state).map((e) => transition(decisionMachine, p.state, e)[0].value);
      expect(next.some((v) => v !== p.state.value)).toBe(true);
    }
  });

  it('every state and every outcome is reachable', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    for (const s of [...STEPS, ...OUTCOMES]) expect(reached, s).toContain(s);
  });

  it('every path is short: at most 8 questions', () => {
    for (const p of paths) expect(p.state.context.history.length).toBeLessThanOrEqual(8);
  });
});
