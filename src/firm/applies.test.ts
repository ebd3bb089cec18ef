import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Answers } from '../decision/steps';
import { escalationFor, pointApplies, pointsFor } from './applies';
import { VALID } from './fixtures';
import { readPack, type FirmPack } from './pack';

const media: Answers = {
  objectives: ['clients', 'media'],
  body: 'sra',
  rules: 'allowed',
  matter: 'none',
};

describe('pointApplies', () => {
  it('a point without conditions (or with none listed) shows on every outcome', () => {
    for (const outcome of OUTCOMES) {
      expect(pointApplies(undefined, outcome, {})).toBe(true);
      expect(pointApplies({}, outcome, {})).toBe(true);
    }
  });

  it('outcome: only the outcomes listed', () => {
    const when = { outcome: ['accept', 'wait'] as ('accept' | 'wait')[] };
    expect(OUTCOMES.filter((o) => pointApplies(when, o, media))).toEqual(['accept', 'wait']);
  });

  it('objectives: any chosen objective listed will do', () => {
    expect(pointApplies({ objectives: ['media'] }, 'accept', media)).toBe(true);
    expect(pointApplies({ objectives: ['careers', 'clients'] }, 'accept', media)).toBe(true);
    expect(pointApplies({ objectives: ['careers'] }, 'accept', media)).toBe(false);
  });

  it('an answer key: the answer given must be listed', () => {
    expect(pointApplies({ body: ['sra', 'bsb'] }, 'accept', media)).toBe(true);
    expect(pointApplies({ body: ['bsb'] }, 'accept', media)).toBe(false);
    expect(pointApplies({ matter: ['juror'] }, 'dont-connect', { matter: 'juror' })).toBe(true);
    expect(pointApplies({ matter: ['juror'] }, 'dont-connect', { matter: 'judge' })).toBe(false);
  });

  it('an answer the reader never gave (a skipped step) does not match', () => {
    expect(
      pointApplies({ rules: ['allowed', 'unsure', 'restricted'] }, 'ignore', { body: 'none' }),
    ).toBe(false);
    expect(pointApplies({ objectives: ['media'] }, 'ignore', {})).toBe(false);
  });

  it('every key listed must match', () => {
    const when = { objectives: ['media' as const], outcome: ['accept' as const] };
    expect(pointApplies(when, 'accept', media)).toBe(true);
    expect(pointApplies(when, 'ignore', media)).toBe(false);
    expect(pointApplies(when, 'accept', { ...media, objectives: ['clients'] })).toBe(false);
  });
});

describe('pointsFor', () => {
  it('the points that apply, in the file’s order, with their contacts', () => {
    expect(pointsFor(VALID, 'accept', media)).toEqual([
      { text: 'Never discuss a client or a matter on LinkedIn.' },
      {
        text: 'Talk to Communications before you accept a journalist.',
        contact: VALID.contacts![1],
      },
    ]);
    expect(pointsFor(VALID, 'dont-connect', { ...media, matter: 'juror' })).toEqual([
      { text: 'Never discuss a client or a matter on LinkedIn.' },
      {
        text: 'Report any contact from a juror to Risk the same day.',
        contact: VALID.contacts![0],
      },
    ]);
  });

  it('nothing for a file without points', () => {
    expect(pointsFor({ version: 1, firm: 'A', revised: '2026-01-01' }, 'accept', media)).toEqual(
      [],
    );
  });
});

describe('escalationFor', () => {
  it('names the escalation contact on the red-flag outcome only', () => {
    for (const outcome of OUTCOMES)
      expect(escalationFor(VALID, outcome)).toEqual(
        outcome === 'dont-connect' ? VALID.contacts![0] : undefined,
      );
  });

  it('nobody when the file names no one', () => {
    const { escalate: _, ...pack } = VALID;
    expect(escalationFor(pack, 'dont-connect')).toBeUndefined();
  });
});

describe('a point marked first', () => {
  it('is read from the file, and keeps its mark where it applies', () => {
    const pack = {
      ...VALID,
      points: [
        { text: 'Keep the link.' },
        { text: 'Talk to Communications first.', first: true, when: { objectives: ['media'] } },
        { text: 'Not first.', first: false },
      ],
    };
    const read = readPack(pack);
    expect(read.ok).toBe(true);
    expect(pointsFor(pack as FirmPack, 'accept', media).map((p) => p.first)).toEqual([
      undefined,
      true,
      undefined,
    ]);
    expect(readPack({ ...pack, points: [{ text: 'A', first: 'yes' }] }).ok).toBe(false);
  });
});
