import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { answersToTry, FINISHED, PATHS } from '../test/paths';
import { decisionMachine, outcomeOf, placeOf } from './machine';
import { pathOf } from './replay';
import { OUTCOMES, STEP_IDS, type StepId } from './steps';

describe('every path through the machine (@xstate/graph)', () => {
  it('there are paths to walk', () => {
    expect(PATHS.length).toBeGreaterThan(100);
  });

  it('every step that asks a question takes every one of its answers somewhere', () => {
    for (const p of PATHS) {
      if (outcomeOf(p.state)) continue;
      for (const event of answersToTry(p.state.value as StepId)) {
        const [next] = transition(decisionMachine, p.state, event);
        expect(next.value, JSON.stringify(event)).not.toBe(p.state.value);
      }
    }
  });

  it('every step and every outcome is reachable', () => {
    const reached = new Set(PATHS.map((p) => placeOf(p.state)));
    for (const s of [...STEP_IDS, ...OUTCOMES]) expect(reached, s).toContain(s);
  });

  it('a path never asks a step twice, so it is short: at most 8 questions', () => {
    for (const p of PATHS) {
      const asked = p.steps.map((s) => placeOf(s.state));
      expect(new Set(asked).size).toBe(asked.length);
      expect(pathOf(p.state).length).toBeLessThanOrEqual(8);
    }
  });

  it('every finished path asks the matter question: a red flag is asked of everyone', () => {
    for (const { state } of FINISHED)
      expect(pathOf(state), JSON.stringify(state.context.answers)).toContain('matter');
  });

  it('unsure of the rules, no path ends by connecting or writing to them: check-rules instead', () => {
    const unsure = FINISHED.filter((p) => p.state.context.answers.rules === 'unsure');
    expect(unsure.length).toBeGreaterThan(5);
    const reached = new Set(unsure.map((p) => outcomeOf(p.state)));
    expect([...reached].sort()).toEqual(['check-rules', 'dont-connect', 'ignore', 'report-spam']);
    // And check-rules is reached only that way.
    for (const { state } of FINISHED)
      if (outcomeOf(state) === 'check-rules') expect(state.context.answers.rules).toBe('unsure');
  });

  it('each step refuses an answer to another step', () => {
    const [start] = initialTransition(decisionMachine);
    const [next] = transition(decisionMachine, start, {
      type: 'ANSWER',
      key: 'rules',
      value: 'allowed',
    });
    expect(next.value).toBe('objectives');
  });
});
