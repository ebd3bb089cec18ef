import { describe, expect, it } from 'vitest';
import { VALID } from './fixtures';
import { firmRecordLines } from './record';

describe('firmRecordLines', () => {
  it('the firm’s name and date, the points that apply with their contacts, and the policy', () => {
    expect(firmRecordLines(VALID, 'accept', { objectives: ['media'], matter: 'none' })).toEqual([
      'Hartley & Rowe LLP: your firm’s policy (reviewed by your firm on 1 December 2026):',
      '- Never discuss a client or a matter on LinkedIn.',
      '- Talk to Communications before you accept a journalist. Contact: Communications team, https://intranet.example.com/comms',
      'Your firm’s social media policy: https://intranet.example.com/policies/social-media',
    ]);
    expect(firmRecordLines(VALID, 'dont-connect', { matter: 'juror' })[2]).toBe(
      '- Report any contact from a juror to Risk the same day. Contact: Risk and Compliance, risk@example.com',
    );
  });

  it('names the firm and the date even when no point applies', () => {
    const { points: _, policyUrl: __, ...pack } = VALID;
    expect(firmRecordLines(pack, 'ignore', {})).toEqual([
      'Hartley & Rowe LLP: your firm’s policy (reviewed by your firm on 1 December 2026):',
    ]);
  });
});
