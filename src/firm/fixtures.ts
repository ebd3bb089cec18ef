import type { FirmSettings } from './settings';

/** A valid firm file that uses every field, for the tests. */
export const VALID: FirmSettings = {
  version: 1,
  firm: 'Hartley & Rowe LLP',
  revised: '2026-12-01',
  policyUrl: 'https://intranet.example.com/policies/social-media',
  contacts: [
    { id: 'risk', label: 'Risk and Compliance', href: 'mailto:risk@example.com' },
    { id: 'comms', label: 'Communications team', href: 'https://intranet.example.com/comms' },
  ],
  escalate: 'risk',
  body: 'sra',
  points: [
    { text: 'Never discuss a client or a matter on LinkedIn.' },
    {
      text: 'Talk to Communications before you accept a journalist.',
      when: { objectives: ['media'], outcome: ['accept', 'check-rules'] },
      contact: 'comms',
    },
    {
      text: 'Report any contact from a juror to Risk the same day.',
      when: { matter: ['juror'] },
      contact: 'risk',
    },
  ],
};

/** A deep copy to change in one test without touching the others. */
export const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(VALID)) as never;
