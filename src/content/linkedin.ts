/**
 * What the app says about how LinkedIn works, each fact checked against LinkedIn's own help
 * pages (linkedin.com) on the date given. LinkedIn changes its screens often, so the copy that
 * uses these facts (outcomes.ts, message.ts, questions.ts) words them so they stay true: "if
 * LinkedIn offers you…", "usually", "LinkedIn's help says…". What we could not check on a
 * LinkedIn page (a character limit for notes; where the report option sits today) is not
 * stated as fact anywhere.
 */
export interface LinkedInFact {
  id: string;
  /** The fact in our words, as far as LinkedIn's help supports it. */
  text: string;
  /** The LinkedIn help page that says it. */
  url: string;
  /** Its title as LinkedIn gives it (or, where the copy seen showed none, what it covers). */
  page: string;
  /** How the page was seen, and its own date where it shows one. */
  seen: string;
  /** When we checked it. */
  checked: string;
}

export const LINKEDIN_CHECKED = '2026-12-06';

export const LINKEDIN_FACTS: LinkedInFact[] = [
  {
    id: 'ignore-not-told',
    text: 'When you ignore an invitation, LinkedIn doesn’t tell the sender, so they may invite you again.',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/1303',
    page: 'Accepting or Declining Invitations (later: Accepting, Ignoring, or Reporting Invitations as Spam)',
    seen: 'Stored copies of LinkedIn’s help page, last reviewed by LinkedIn 31 Aug 2015 and 22 Jan 2016; no later LinkedIn page on this was found.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'reply-without-accepting',
    text: 'LinkedIn has offered a way to reply to an invitation without accepting it, and says replying doesn’t accept the invitation.',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/1303',
    page: 'Accepting, Ignoring, or Reporting Invitations as Spam',
    seen: 'Stored copies of LinkedIn’s help page (2015 and 2016). Where the option sits today was not checked, so the app says “if LinkedIn offers you…”.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'report-spam',
    text: 'LinkedIn lets you report an invitation as spam (its help has placed the option after you choose Ignore).',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/1303',
    page: 'Accepting, Ignoring, or Reporting Invitations as Spam',
    seen: 'Stored copy of LinkedIn’s help page, last reviewed 22 Jan 2016. The current menus were not checked, so the app says to look for the report option.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'report-anonymous',
    text: 'When you report someone or their content, LinkedIn doesn’t tell them who reported them.',
    url: 'https://www.linkedin.com/help/linkedin/answer/37822',
    page: 'LinkedIn Help answer 37822, on reporting spam, inappropriate or abusive content',
    seen: 'Web Archive copy of LinkedIn’s help page, 25 Feb 2024; the same point on LinkedIn’s safety help (answer a1337576), seen in a mirrored copy.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'note-not-always-offered',
    text: 'Some ways of inviting people don’t offer a personal note: for example, importing an address book.',
    url: 'https://www.linkedin.com/help/linkedin/answer/62928',
    page: 'Connecting With Other Members - Best Practices',
    seen: 'A proxied copy of LinkedIn’s help page (its own date: “last updated 2 years ago”, undated).',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'note-monthly-limit',
    text: 'On a free account LinkedIn limits how many invitations a month may carry a personal note; Premium members have no such limit.',
    url: 'https://www.linkedin.com/help/linkedin/answer/a550555',
    page: 'Invitation limit reached',
    seen: 'A mirrored copy of LinkedIn’s help page (“last updated 2 months ago”, undated), which gave five a month. The number may change, so the app doesn’t state it.',
    checked: LINKEDIN_CHECKED,
  },
];

/** Which fact each piece of copy rests on, so a screen can link "LinkedIn's help" beside it. */
export const LINKEDIN_FACT_FOR = {
  /** outcomes.ts IGNORE_IS_DISCREET, and "LinkedIn's help says it doesn't tell them" steps. */
  ignoreIsDiscreet: 'ignore-not-told',
  /** message.ts HOW_TO_ASK, questions.ts message hint, CHECK_RULES_THEN['ask-why']. */
  howToAsk: 'reply-without-accepting',
  /** outcomes.ts report-spam steps and SPAM_FOOTNOTE. */
  reportSpam: 'report-spam',
  /** questions.ts invite option "standard" hint. */
  standardText: 'note-not-always-offered',
} as const satisfies Record<string, (typeof LINKEDIN_FACTS)[number]['id']>;

/** The fact with this id. */
export function linkedInFact(id: string): LinkedInFact | undefined {
  return LINKEDIN_FACTS.find((f) => f.id === id);
}
