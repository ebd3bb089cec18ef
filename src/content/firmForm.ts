import { longDate } from './site';

/**
 * Words for the builder's form that makes a firm file (src/firm/FirmFileForm.tsx). A field's
 * words sit at its path in the file (`contacts.href` for each contact's href), in the order
 * the form shows them: the form kit finds a field's label, hint and place by its path.
 */

export const FIRM_FORM = {
  title: 'Your firm’s settings file (optional)',
  intro: [
    'Add your firm’s own policy to each recommendation: points to follow, who to contact, and your social media policy. Fill in the form, check the preview, then download the file and put it beside the tool as firm.json.',
    'Everything in the file is shown as plain text. If the file has a mistake, the tool shows a short notice and works without it.',
  ],
  open: {
    button: 'Open this site’s settings',
    hint: (path: string) =>
      `Fills in the form from ${path}, the settings this site serves now, so that you can change them. It replaces what the form holds.`,
    opening: (path: string) => `Opening ${path}…`,
    opened: (path: string) =>
      `Opened ${path}. The form now holds those settings: change what you need.`,
    none: (path: string) =>
      `This site serves no ${path} yet, so there is nothing to open. The form is as it was.`,
    failed: (problem: string) => `${problem} The form is as it was.`,
  },
  firm: {
    label: 'Firm name',
    hint: 'Shown above your points. Plain text, up to 80 characters.',
  },
  firmOther: {
    label: 'Firm name in French (optional)',
    hint: 'Shown on the tool’s French pages. Leave it empty to show the name above there too.',
  },
  revised: {
    label: 'Date you last reviewed these settings',
    hint: 'Written YYYY-MM-DD, such as 2026-12-01. Shown in the record a lawyer keeps of a decision.',
  },
  policyUrl: {
    label: 'Link to your social media policy (optional)',
    hint: 'A web address starting https://, such as a page on your intranet.',
  },
  contacts: {
    legend: 'Contacts',
    hint: 'Up to 6 people or teams that your points and red flags can name.',
    item: (n: number) => `Contact ${n}`,
    add: 'Add a contact',
    addAnother: 'Add another contact',
    remove: (n: number) => `Remove contact ${n}`,
    max: 'You have added the most contacts a file can hold (6).',
    // A contact's fields, in screen order.
    label: { label: 'Name shown to readers', hint: 'Such as Risk and Compliance.' },
    labelOther: {
      label: 'Name in French (optional)',
      hint: 'Such as Risques et conformité. Leave it empty to show the name above there too.',
    },
    href: {
      label: 'E-mail or web address',
      hint: 'mailto: and an address (such as mailto:risk@example.com), or a page starting https://.',
    },
    id: {
      label: 'Short id',
      hint: 'Used inside the file only: lower-case letters, digits and hyphens, such as risk.',
    },
  },
  escalate: {
    label: 'Who to tell when there is a red flag (optional)',
    hint: 'Named on every “Don’t accept” recommendation as someone to tell now.',
    none: 'Nobody in particular',
  },
  body: {
    label: 'Professional body (optional)',
    hint: 'Choose one if everyone at your firm answers to the same body: the tool then skips that question.',
    askEach: 'Ask each reader',
  },
  points: {
    legend: 'Your points',
    hint: 'Up to 20 short points. Each shows on the recommendations where its conditions hold.',
    item: (n: number) => `Point ${n}`,
    add: 'Add a point',
    addAnother: 'Add another point',
    remove: (n: number) => `Remove point ${n}`,
    max: 'You have added the most points a file can hold (20).',
    // A point's fields, in screen order.
    text: { label: 'What to do', hint: 'Plain text, up to 300 characters.' },
    textOther: {
      label: 'What to do, in French (optional)',
      hint: 'Shown on the tool’s French pages. Leave it empty to show the text above there too.',
    },
    contact: { label: 'Contact for this point (optional)', none: 'No contact' },
    first: {
      label: 'Do this before anything else on LinkedIn',
      hint: 'The point then comes first in the next steps where it shows, such as “talk to Communications before you accept a journalist”.',
    },
    when: {
      label: 'When to show it',
      hint: 'Leave every box unticked to show the point on every recommendation. Ticks in one group: any of them. Ticks in several groups: all groups must match.',
      outcome: 'Recommendation',
      everywhere: 'Shown on every recommendation.',
      onlyWhen: (groups: string[]) => `Shown only when these match: ${groups.join('; ')}.`,
    },
  },
  approved: {
    legend: 'Your firm’s approval (optional)',
    hint: (advice: string) =>
      `Once your team has reviewed the sources page (the advice as of ${longDate(advice)}), say who approved the tool and when: every recommendation then says so. The file records that version of the advice.`,
    by: {
      label: 'Approved by',
      hint: 'Such as Risk and Compliance. Plain text, up to 80 characters.',
    },
    on: { label: 'Date of approval', hint: 'Written YYYY-MM-DD, such as 2026-12-01.' },
  },
  json: {
    label: 'Your firm.json',
    hint: 'This is the file. You can also copy it from here.',
  },
  download: 'Download firm.json',
  invalid: (n: number) =>
    n === 1
      ? 'There is 1 problem to fix before you can download the file.'
      : `There are ${n} problems to fix before you can download the file.`,
  showProblems: 'Show the problems',
} as const;
