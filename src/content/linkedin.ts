import type { SourcedPoint } from './types';

/**
 * What the app says about how LinkedIn works, each fact checked against LinkedIn's own help
 * pages (linkedin.com) on the date given, with the research's id (rules.md section 5, LI1–LI7)
 * where it has one. The only LinkedIn pages found for LI1–LI7 are dated 2015–2016, so the copy
 * gives that date ("LinkedIn's help said in 2015–2016…"); what the research could not confirm
 * of today's interface (LI2: what the sender sees; LI7: whether ignoring stops them following
 * you) is never stated, only offered as something to check. LinkedIn changes its screens often, so the copy that
 * uses these facts (outcomes.ts, message.ts, questions.ts) words them so they stay true: "if
 * LinkedIn offers you…", "usually", "LinkedIn's help says…". What we could not check on a
 * LinkedIn page (a character limit for notes; where the report option sits today) is not
 * stated as fact anywhere.
 */
export interface LinkedInFact {
  id: string;
  /** The research's id (rules.md section 5), where the fact is one of LI1–LI7. */
  research?: 'LI1' | 'LI3' | 'LI4' | 'LI5' | 'LI6';
  /** LinkedIn's own date for its page ("last reviewed"), as the copy gives it. */
  dated: string;
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

export const LINKEDIN_CHECKED = '2026-12-07';

export const LINKEDIN_FACTS: LinkedInFact[] = [
  {
    id: 'ignore-not-told',
    research: 'LI1',
    dated: '31 Aug 2015 and 22 Jan 2016',
    text: 'LinkedIn’s help said in 2015–2016 that when you ignore an invitation it doesn’t tell the sender, so they may invite you again.',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/1303',
    page: 'Accepting or Declining Invitations (later: Accepting, Ignoring, or Reporting Invitations as Spam)',
    seen: 'Stored copies of LinkedIn’s help page, last reviewed by LinkedIn 31 Aug 2015 and 22 Jan 2016; no later LinkedIn page on this was found.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'reply-without-accepting',
    dated: '2015 and 2016',
    text: 'LinkedIn has offered a way to reply to an invitation without accepting it, and says replying doesn’t accept the invitation.',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/1303',
    page: 'Accepting, Ignoring, or Reporting Invitations as Spam',
    seen: 'Stored copies of LinkedIn’s help page (2015 and 2016). Where the option sits today was not checked, so the app says “if LinkedIn offers you…”.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'report-spam',
    research: 'LI3',
    dated: '22 Jan 2016',
    text: 'LinkedIn’s help said in 2016 that you can report an invitation as spam, with the option offered after you choose Ignore.',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/1303',
    page: 'Accepting, Ignoring, or Reporting Invitations as Spam',
    seen: 'Stored copy of LinkedIn’s help page, last reviewed 22 Jan 2016. The current menus were not checked, so the app says to look for the report option.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'report-anonymous',
    dated: 'archived 25 Feb 2024',
    text: 'When you report someone or their content, LinkedIn doesn’t tell them who reported them.',
    url: 'https://www.linkedin.com/help/linkedin/answer/37822',
    page: 'LinkedIn Help answer 37822, on reporting spam, inappropriate or abusive content',
    seen: 'Web Archive copy of LinkedIn’s help page, 25 Feb 2024; the same point on LinkedIn’s safety help (answer a1337576), seen in a mirrored copy.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'note-not-always-offered',
    dated: 'undated',
    text: 'Some ways of inviting people don’t offer a personal note: for example, importing an address book.',
    url: 'https://www.linkedin.com/help/linkedin/answer/62928',
    page: 'Connecting With Other Members - Best Practices',
    seen: 'A proxied copy of LinkedIn’s help page (its own date: “last updated 2 years ago”, undated).',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'note-monthly-limit',
    dated: 'undated',
    text: 'On a free account LinkedIn limits how many invitations a month may carry a personal note; Premium members have no such limit.',
    url: 'https://www.linkedin.com/help/linkedin/answer/a550555',
    page: 'Invitation limit reached',
    seen: 'A mirrored copy of LinkedIn’s help page (“last updated 2 months ago”, undated), which gave five a month. The number may change, so the app doesn’t state it.',
    checked: LINKEDIN_CHECKED,
  },
  {
    id: 'profile-viewers',
    research: 'LI5',
    dated: '13 Oct 2015',
    text: 'LinkedIn’s help said in 2015 that only members browsing in private mode are hidden from the owners of the profiles they view. We could not confirm today’s default setting: check your own.',
    url: 'https://help.linkedin.com/app/answers/detail/a_id/47082',
    page: 'Private Mode Viewers of Profiles',
    seen: 'Stored copy of LinkedIn’s help page, last reviewed by LinkedIn 13 Oct 2015. The names of the settings and today’s default were seen only on a third-party page, so the app doesn’t state them.',
    checked: '2026-12-07',
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
  /** redFlags.ts LOOK_UP and the matter question's hint: viewing a profile can show who looked. */
  profileViewers: 'profile-viewers',
} as const satisfies Record<string, (typeof LINKEDIN_FACTS)[number]['id']>;

/** A fact as the outcome cites it: LinkedIn's help page is its source, dated as LinkedIn dated it. */
export function linkedInPoint(id: string): SourcedPoint {
  const fact = linkedInFact(id);
  if (!fact) throw new Error(`No LinkedIn fact ${id}`);
  return {
    text: fact.text,
    source: `LinkedIn Help: ${fact.page}`,
    date: `last reviewed ${fact.dated}`,
    url: fact.url,
    status: 'V',
  };
}

/** The fact with this id. */
export function linkedInFact(id: string): LinkedInFact | undefined {
  return LINKEDIN_FACTS.find((f) => f.id === id);
}
