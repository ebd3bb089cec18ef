import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Answers } from './steps';
import { applies } from './when';

const media: Answers = {
  objectives: ['clients', 'media'],
  body: 'sra',
  rules: 'allowed',
  matter: 'none',
};

describe('applies', () => {
  it('advice without conditions (or with none listed) shows on every outcome', () => {
    for (const outcome of OUTCOMES) {
      expect(applies(undefined, {}, outcome)).toBe(true);
      expect(applies({}, {}, outcome)).toBe(true);
    }
  });

  it('outcome: only the outcomes listed', () => {
    const when = { outcome: ['accept', 'wait'] as ('accept' | 'wait')[] };
    expect(OUTCOMES.filter((o) => applies(when, media, o))).toEqual(['accept', 'wait']);
  });

  it('objectives: any chosen objective listed will do', () => {
    expect(applies({ objectives: ['media'] }, media, 'accept')).toBe(true);
    expect(applies({ objectives: ['careers', 'clients'] }, media, 'accept')).toBe(true);
    expect(applies({ objectives: ['careers'] }, media, 'accept')).toBe(false);
  });

  it('an answer key: the answer given must be listed', () => {
    expect(applies({ body: ['sra', 'bsb'] }, media, 'accept')).toBe(true);
    expect(applies({ body: ['bsb'] }, media, 'accept')).toBe(false);
    expect(applies({ matter: ['juror'] }, { matter: 'juror' }, 'dont-connect')).toBe(true);
    expect(applies({ matter: ['juror'] }, { matter: 'judge' }, 'dont-connect')).toBe(false);
  });

  it('an answer the reader never gave (a skipped step) does not match', () => {
    expect(
      applies({ rules: ['allowed', 'unsure', 'restricted'] }, { body: 'none' }, 'ignore'),
    ).toBe(false);
    expect(applies({ objectives: ['media'] }, {}, 'ignore')).toBe(false);
  });

  it('every key listed must match', () => {
    const when = { objectives: ['media' as const], outcome: ['accept' as const] };
    expect(applies(when, media, 'accept')).toBe(true);
    expect(applies(when, media, 'ignore')).toBe(false);
    expect(applies(when, { ...media, objectives: ['clients'] }, 'accept')).toBe(false);
  });
});
