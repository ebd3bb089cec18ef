import { describe, expect, it } from 'vitest';
import { ADVICE_AS_OF } from '../content/changes';
import { longDate } from '../content/site';
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
    const { points: _, policyUrl: __, ...settings } = VALID;
    expect(firmRecordLines(settings, 'ignore', {})).toEqual([
      'Hartley & Rowe LLP: your firm’s policy (reviewed by your firm on 1 December 2026):',
    ]);
  });

  it('records the firm’s sign-off, and says when our advice has changed since', () => {
    const approved = { by: 'Risk & Compliance', on: '2026-12-02', advice: ADVICE_AS_OF };
    expect(firmRecordLines({ ...VALID, approved }, 'ignore', {}).slice(-1)).toEqual([
      `Approved for your firm by Risk & Compliance on 2 December 2026 (advice as of ${longDate(ADVICE_AS_OF)}).`,
    ]);
    const older = { ...approved, advice: '2026-12-01' };
    expect(firmRecordLines({ ...VALID, approved: older }, 'ignore', {}).slice(-2)).toEqual([
      'Approved for your firm by Risk & Compliance on 2 December 2026 (advice as of 1 December 2026).',
      'Our advice has changed since the version your firm approved (1 December 2026).',
    ]);
  });
});
