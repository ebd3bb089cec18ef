import type { AnswerKey, Objective, OutcomeId, RedFlag } from '../decision/steps';
import { outcomeReaders } from './outcomeVariants';

/** Copy for the end of the decision. Which lines show is decided in src/decision/. */

export interface OutcomeContent {
  /** The recommendation, as a heading. */
  title: string;
  /** One sentence under it. */
  summary: string;
  /** What to do next on LinkedIn, in order. */
  nextSteps: string[];
}

export const OUTCOME_CONTENT: Record<OutcomeId, OutcomeContent> = {
  accept: {
    title: 'Accept the invitation',
    summary: 'They fit what you use LinkedIn for, and nothing in your answers stands in the way.',
    nextSteps: [
      'Find the invitation (usually under My Network, in Invitations) and choose Accept.',
      'Send a short welcome note: thank them and mention what you have in common.',
      'Check what your connections can see of your profile and your own connections, and change your privacy settings if you need to.',
    ],
  },
  ignore: {
    title: 'Ignore the invitation',
    summary: 'There is no good reason to connect, and ignoring is quiet and polite.',
    nextSteps: [
      'Find the invitation (usually under My Network, in Invitations) and choose Ignore.',
      'You don’t need to send a message or give a reason.',
      'If they invite you again later with a clear reason, you can think again.',
    ],
  },
  'report-spam': {
    title: 'Report it as spam, then ignore it',
    summary: 'This looks like true spam, which is what LinkedIn’s report option is for.',
    nextSteps: [
      'Don’t click any link in the invitation or their profile, and don’t reply.',
      'Look for LinkedIn’s option to report the invitation or the person (often in a “More” or “…” menu, or offered after you choose Ignore) and follow its steps.',
      'Then ignore the invitation, if it is still there, so it leaves your list.',
      'If it pretends to be a client, a colleague or your firm, tell your firm’s IT or security team.',
    ],
  },
  wait: {
    title: 'Leave it pending until they reply',
    summary: 'You have asked why they want to connect. Their answer will decide it.',
    nextSteps: [
      'If you haven’t yet, send the note on this page without accepting.',
      'Leave the invitation pending: you don’t have to answer it yet.',
      'When they reply, open the link on this page and answer the question about their reply.',
    ],
  },
  'check-rules': {
    title: 'Hold off and check your professional body’s guidance first',
    summary:
      'You weren’t sure what your rules allow. Find out before you connect or write to them; our recommendation for when they allow it is on this page.',
    nextSteps: [
      'Leave the invitation pending for now: you don’t have to answer it yet.',
      'Read your professional body’s guidance on social media: its link is on this page.',
      'If it still isn’t clear, ask your firm’s risk or compliance team, or your body’s ethics helpline.',
      'Once you know your rules allow it, follow our recommendation for that case.',
    ],
  },
  'dont-connect': {
    title: 'Don’t accept, and don’t discuss the matter with them',
    summary: 'Connecting here could break the conduct rules that apply to you and your firm.',
    nextSteps: redFlagSteps('opposing-party', true),
  },
};

/**
 * `accept` reached through the reply, not the profile: the reader couldn't tell from the
 * profile, so "they fit" would contradict their own answer.
 */
export const ACCEPT_AFTER_REPLY_SUMMARY =
  'When you asked why they want to connect, they gave a genuine reason, and nothing else in your answers stands in the way.';

/**
 * `dont-connect` reached because the reader's rules restrict connecting with people they have
 * not met, with no matter involved: the copy speaks of the rules, not of a matter.
 */
export const DONT_CONNECT_RESTRICTED: OutcomeContent = {
  title: 'Don’t accept: your rules restrict it',
  summary: 'You said your rules restrict connecting with people you have not met.',
  nextSteps: [
    'Choose Ignore on the invitation: LinkedIn’s help (2015–2016) said it doesn’t tell them.',
    'You don’t need to send a message or give a reason.',
    'If you think an exception may apply, ask your firm’s risk or compliance team, or your body’s ethics helpline, before you accept.',
  ],
};

/**
 * The numbered steps of a red flag, in the spec's order: keep a copy of the invitation, tell
 * now (for a juror, before the court next sits), only then Ignore, the copy on the file. A
 * reader who is not regulated (body=none) tells the lawyer running the matter.
 */
export function redFlagSteps(flag: RedFlag, regulated: boolean): string[] {
  const juror = flag === 'juror';
  const whom = regulated
    ? 'your supervising lawyer (in-house: your head of legal)'
    : `the lawyer running the ${juror ? 'trial' : 'matter'}`;
  return [
    `Keep a copy first: a dated screenshot of the invitation.${flag === 'witness' || juror ? ' Don’t open their profile.' : ''}`,
    `Tell ${whom} now${juror ? ', before the court next sits' : ''}, and anyone else under “Whom to tell now”.`,
    'Only then choose Ignore (LinkedIn’s help said in 2015–2016 that it doesn’t tell them). Don’t accept, reply or discuss the matter.',
    'Put the copy on the file with a short note.',
    regulated
      ? 'If you accepted by mistake, send no message, remove the connection, and record what happened.'
      : 'If you accepted by mistake, send no message, remove the connection, and tell the lawyer running the matter.',
  ];
}

/**
 * `check-rules` says what we would recommend once the rules allow it (spec: "check-rules (then:
 * accept)" and "(then: ask them why)"). The machine decides which; these are the words.
 */
export const CHECK_RULES_THEN: Record<'accept' | 'ask-why', OutcomeContent> = {
  accept: {
    title: 'Once your rules allow it: accept',
    summary:
      'They fit what you use LinkedIn for, and nothing else in your answers stands in the way.',
    nextSteps: [
      'When you know your rules allow it, find the invitation (usually under My Network, in Invitations) and choose Accept.',
      'Send a short welcome note: thank them and mention what you have in common.',
      'If your rules don’t allow it, choose Ignore instead: LinkedIn’s help (2015–2016) said it doesn’t tell them.',
    ],
  },
  'ask-why': {
    title: 'Once your rules allow it: ask them why',
    summary: 'You couldn’t tell why they want to connect, so ask before you decide.',
    nextSteps: [
      'When you know your rules allow it, send them a short note asking why they want to connect, without accepting (the note is on this page).',
      'If LinkedIn offers you a Message or Reply option on the invitation, use it: replying doesn’t accept the invitation.',
      'If your rules don’t allow it, choose Ignore instead: LinkedIn’s help (2015–2016) said it doesn’t tell them.',
    ],
  },
};

export { checkRulesThen } from './outcomeVariants';

/** For check-rules: whom to ask the questions. */
export const CHECK_RULES_WHOM = {
  title: 'Whom to ask',
  firmFirst: 'Your firm’s risk or compliance team, or its ethics partner.',
  helpline: 'Your professional body’s ethics helplines:',
  noHelpline:
    'Your professional body: we don’t hold a helpline for it, so look on its website for an ethics or practice advice service.',
} as const;

export const IGNORE_IS_DISCREET = {
  question: 'Will they know I ignored them?',
  answer:
    'LinkedIn’s help said in 2015–2016 that it doesn’t tell them you ignored the invitation, so they may invite you again one day. We could not confirm what they see of it today.',
};

export const SPAM_FOOTNOTE =
  'Keep LinkedIn’s report option for real spammers: fake accounts, scams and mass selling. Someone who is merely unsuitable should just be ignored.';

/** A tip on accepting, for each reason the user is on LinkedIn. */
export const ACCEPT_TIPS: Record<Exclude<Objective, 'known-only'>, string> = {
  clients:
    'Winning work: thank them, and if there is an obvious next step, offer it later. Don’t open with a sales pitch.',
  media:
    'Raising your profile: tell them which subjects you can comment on, so they think of you next time.',
  community:
    'Your sector: engage with something they have shared; a thoughtful comment builds the connection.',
  careers:
    'Recruiting or your career: keep your profile up to date, since they will now see your activity.',
};

/**
 * The winning-work tip where the reader's rules bar pitching in messages or chat (Texas, New
 * York, California): it never suggests offering work, beside the caution that says not to.
 */
export const ACCEPT_TIP_CLIENTS_NO_PITCH =
  'Winning work: thank them and mention what you have in common. Your rules limit selling in messages or chat (see “Also bear in mind”), so let any talk of work come from them.';

export const { outcomeContent, acceptTips } = outcomeReaders({
  outcomes: OUTCOME_CONTENT,
  acceptAfterReply: ACCEPT_AFTER_REPLY_SUMMARY,
  acceptTips: ACCEPT_TIPS,
  acceptTipNoPitch: ACCEPT_TIP_CLIENTS_NO_PITCH,
});

/**
 * Why a conduct red flag means "don't connect": our wording, with no claim the sources don't
 * make (the rules are cited separately, in redFlags.ts and the body's own red-flag rule).
 */
export const RED_FLAG_REASONS: Record<RedFlag, string> = {
  'opposing-party':
    'They are on the other side of a matter you or your firm handle. If they have a lawyer, the conduct rules we found bar dealing with them directly about it.',
  juror:
    'They are a juror or possible juror in a matter you or your firm handle. Contact with a juror outside court can put the trial at risk, and the court may need to know.',
  witness:
    'They are a witness in a matter you or your firm handle. Private contact could look like an attempt to influence their evidence.',
  judge:
    'They are a judge, tribunal member or arbitrator you or your firm appear or may appear before. A private link could look like improper influence.',
};

/** For check-rules: what to ask the helpline or compliance partner. */
export const QUESTIONS_TO_ASK = [
  'May I accept a LinkedIn invitation from someone I have never met?',
  'Does accepting, or what I post or send afterwards, count as advertising or an unsolicited approach?',
  'Could a visible connection reveal who my clients are?',
  'Is there anything my firm’s own social media policy adds?',
];

export const RESTRICTED_REASON =
  'You said your rules restrict connecting with people you have not met.';

/**
 * The objectives as the reason line names them: the options are in the reader's own voice
 * ("Raising my profile"), the reasons address them ("raising your profile").
 */
export const OBJECTIVES_IN_REASONS: Record<Exclude<Objective, 'known-only'>, string> = {
  clients: 'winning work',
  media: 'raising your profile',
  community: 'taking part in your sector',
  careers: 'recruitment',
};

/** One reason line for an answer on the path. `{labels}` lists the objectives chosen. */
export const REASONS: { [K in AnswerKey]: Record<string, string> } = {
  objectives: {
    'known-only': 'You only connect with people you already know, and you don’t know them.',
    some: 'You use LinkedIn for {labels}.',
  },
  body: {
    other: 'Your professional body has its own code, which you will need to check.',
    none: 'You are not regulated yourself, but your firm’s rules and policy still apply to what you do.',
    regulated: 'You are regulated as: {labels}.',
  },
  rules: {
    allowed: 'Your rules let you connect with people you have not met.',
    restricted: RESTRICTED_REASON,
    unsure: 'You are not sure what your rules allow.',
  },
  matter: {
    none: 'They are not connected to a matter you or your firm handle, or to a judge you appear before.',
    'opposing-party': RED_FLAG_REASONS['opposing-party'],
    juror: RED_FLAG_REASONS.juror,
    witness: RED_FLAG_REASONS.witness,
    judge: RED_FLAG_REASONS.judge,
  },
  invite: {
    personal: 'Their invitation gives a clear, personal reason.',
    standard: 'They used LinkedIn’s standard text, which says nothing either way.',
    pitch: 'Their invitation is a sales pitch.',
    suspicious: 'Their invitation looks suspicious.',
  },
  profile: {
    relevant: 'Their profile fits what you use LinkedIn for.',
    unclear: 'You couldn’t tell from their profile why they want to connect.',
    'not-relevant': 'Their profile doesn’t fit what you use LinkedIn for.',
    spam: 'Their profile looks like a spammer or a fake account.',
  },
  reply: {
    genuine: 'When asked, they gave a genuine reason.',
    none: 'They didn’t reply when asked why, so they may just be collecting connections.',
    pitch: 'When asked, they replied with a sales pitch.',
    pending: 'You have asked why they want to connect and are waiting for a reply.',
  },
  spam: {
    'true-spam': 'It has the signs of real spam.',
    'not-spam': 'It isn’t real spam, but it isn’t someone you want to connect with either.',
  },
};
