import type { AnswerKey, Objective, OutcomeId, RedFlag } from '../decision/steps';

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
      'Open My Network, then Invitations, and choose Accept.',
      'Send a short welcome note: thank them and mention what you have in common.',
      'Check what your new connection can see, such as your connections list, and adjust it in Settings if needed.',
    ],
  },
  ignore: {
    title: 'Ignore the invitation',
    summary: 'There is no good reason to connect, and ignoring is quiet and polite.',
    nextSteps: [
      'Open My Network, then Invitations, and choose Ignore.',
      'You don’t need to send a message or give a reason.',
      'If they invite you again later with a clear reason, you can think again.',
    ],
  },
  'report-spam': {
    title: 'Report it as spam, then ignore it',
    summary: 'This looks like true spam, which is what LinkedIn’s report option is for.',
    nextSteps: [
      'Don’t click any link in the invitation or their profile, and don’t reply.',
      'On the invitation, open the “…” menu and choose the option to report it; follow LinkedIn’s steps.',
      'Then ignore the invitation so it leaves your list.',
      'If it pretends to be a client, a colleague or your firm, tell your firm’s IT or security team.',
    ],
  },
  wait: {
    title: 'Leave it pending until they reply',
    summary: 'You have asked why they want to connect. Their answer will decide it.',
    nextSteps: [
      'Send the note below without accepting, if you haven’t yet.',
      'Leave the invitation pending: they won’t be told anything.',
      'When they reply, open the link below and tell us what they said.',
    ],
  },
  'check-rules': {
    title: 'Hold off and check your professional body’s guidance first',
    summary: 'You weren’t sure what your rules allow, so find out before you connect.',
    nextSteps: [
      'Leave the invitation pending for now: it costs nothing and they won’t be told.',
      'Read your professional body’s guidance on social media, linked below.',
      'If it still isn’t clear, ask your firm’s compliance or ethics partner, or your body’s ethics helpline.',
      'Then come back and answer “Do your rules let you connect…” again.',
    ],
  },
  'dont-connect': {
    title: 'Don’t accept, and don’t discuss the matter with them',
    summary: 'Connecting here could break your professional conduct rules.',
    nextSteps: [
      'Choose Ignore on the invitation. They won’t be told.',
      'Don’t reply through LinkedIn about the matter or anything to do with it.',
      'Make a short note of the invitation on the file, and tell your supervising partner if you are unsure.',
      'If you accepted by mistake, remove the connection, don’t send messages, and record what happened.',
    ],
  },
};

export const IGNORE_IS_DISCREET = {
  question: 'Will they know I ignored them?',
  answer:
    'No. LinkedIn doesn’t tell them. In their sent invitations it simply stays pending, as if you hadn’t answered yet. They may send another invitation one day.',
};

export const SPAM_FOOTNOTE =
  'Keep “Report spam” for real spammers: fake accounts, scams and mass selling. Someone who is merely unsuitable should just be ignored.';

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

/** Why a conduct red flag means "don't connect" (our wording; the rule is cited separately). */
export const RED_FLAG_REASONS: Record<RedFlag, string> = {
  'opposing-party':
    'They are on the other side of a matter you are working on. Conduct rules limit contact with an opposing party, even when they start it.',
  juror:
    'They are a juror or possible juror in a matter you are working on. Contact of any kind with a juror is forbidden in most places.',
  witness:
    'They are a witness in a matter you are working on. Contact risks looking like pressure, or giving them advice.',
  judge:
    'They are a judge or decision-maker you appear before. A private connection could look like improper contact.',
};

/** For check-rules: what to ask the helpline or compliance partner. */
export const QUESTIONS_TO_ASK = [
  'May I accept a LinkedIn invitation from someone I have never met?',
  'Does accepting, or what I post afterwards, count as advertising or an unsolicited approach?',
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
  careers: 'recruiting and your career',
};

/** One reason line for an answer on the path. `{labels}` lists the objectives chosen. */
export const REASONS: { [K in AnswerKey]: Record<string, string> } = {
  objectives: {
    'known-only': 'You only connect with people you already know, and you don’t know them.',
    some: 'You use LinkedIn for {labels}.',
  },
  body: {
    other: 'Your professional body has its own code, which you will need to check.',
    none: 'You are not regulated, so no professional conduct rules apply.',
    regulated: 'You are regulated as: {labels}.',
  },
  rules: {
    allowed: 'Your rules let you connect with people you have not met.',
    restricted: RESTRICTED_REASON,
    unsure: 'You are not sure what your rules allow.',
  },
  matter: {
    none: 'They are not connected to any matter you are working on.',
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
