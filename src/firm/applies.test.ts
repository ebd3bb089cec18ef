import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Answers } from '../decision/steps';
import { escalationFor, pointsFor } from './applies';
import { VALID } from './fixtures';
import { readFirmSettings, type FirmSettings } from './settings';

const media: Answers = {
  objectives: ['clients', 'media'],
  body: 'sra',
  rules: 'allowed',
  matter: 'none',
};

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
    const { escalate: _, ...settings } = VALID;
    expect(escalationFor(settings, 'dont-connect')).toBeUndefined();
  });
});

describe('a point marked first', () => {
  it('is read from the file, and keeps its mark where it applies', () => {
    const settings = {
      ...VALID,
      points: [
        { text: 'Keep the link.' },
        { text: 'Talk to Communications first.', first: true, when: { objectives: ['media'] } },
        { text: 'Not first.', first: false },
      ],
    };
    const read = readFirmSettings(settings);
    expect(read.ok).toBe(true);
    expect(pointsFor(settings as FirmSettings, 'accept', media).map((p) => p.first)).toEqual([
      undefined,
      true,
      undefined,
    ]);
    expect(readFirmSettings({ ...settings, points: [{ text: 'A', first: 'yes' }] }).ok).toBe(false);
  });
});
