import type { StepId } from '../decision/steps';
import { BODY_NAMES, REGION_NAMES } from './bodyNames';
import { bodyOptions, questionReaders, type QuestionFor } from './questionOptions';

export type { OptionGroup, OptionWords, QuestionContent } from './questionOptions';

/**
 * The words of each step (src/decision/steps.ts declares its answer ids; each id must have
 * words here, or this file does not compile).
 */

export const QUESTIONS: { [S in StepId]: QuestionFor<S> } = {
  objectives: {
    title: 'What do you use LinkedIn for?',
    hint: 'Choose every reason that applies. Whether a stranger is worth connecting with depends on what you want from LinkedIn.',
    options: {
      clients: {
        label: 'Winning work',
        hint: 'Reaching prospective clients, referrers and people who influence who gets hired.',
      },
      media: {
        label: 'Raising my profile',
        hint: 'Being known to journalists, editors and commentators in my field.',
      },
      community: {
        label: 'Taking part in my sector',
        hint: 'Discussions, groups, and sharing or reading useful content.',
      },
      careers: {
        label: 'Recruiting or my own career',
        hint: 'Finding people to hire, or being found for a move.',
      },
      'known-only': {
        label: 'I only connect with people I already know',
        hint: 'Choosing this clears the other reasons.',
      },
    },
    error: 'Choose at least one reason, or “I only connect with people I already know”.',
    summaryLabel: 'What you use LinkedIn for',
  },
  body: {
    title: 'Who regulates your profession?',
    hint: 'Professional bodies have their own rules about contact and publicity. Qualified in more than one place? Answer for the strictest, or go through once for each.',
    options: {
      ...bodyOptions(BODY_NAMES),
      other: {
        label: 'Another profession or body',
        hint: 'For example accountants: you will need to check your own code.',
      },
      none: { label: 'I am not regulated', hint: 'We will skip the question about rules.' },
    },
    error: 'Choose who regulates you, or “I am not regulated”.',
    summaryLabel: 'Professional body',
  },
  rules: {
    title: 'Do your rules let you connect with people you have not met?',
    hint: 'Think of your professional body’s rules and guidance, and your firm’s own social media policy.',
    options: {
      allowed: { label: 'Yes, they allow it' },
      restricted: { label: 'No, they restrict it' },
      unsure: { label: 'I am not sure' },
    },
    error: 'Choose whether your rules allow it, or “I am not sure”.',
    summaryLabel: 'What your rules allow',
  },
  matter: {
    title:
      'Is this person connected to a matter you or your firm handle, or a judge or tribunal member you appear or may appear before?',
    hint: 'Check the name and employer the invitation shows against your firm’s matters, not only your own. Don’t open their profile to check: LinkedIn can tell them who looked. The other side’s lawyers are not a red flag in themselves.',
    options: {
      none: { label: 'No, not as far as I can tell' },
      'opposing-party': {
        label: 'They are on the other side',
        hint: 'The other side itself, or someone who works for it as an employee or manager. Not the other side’s lawyers.',
      },
      juror: {
        label: 'They are a juror or a possible juror',
        hint: 'In a trial you or your firm are involved in.',
      },
      witness: { label: 'They are a witness', hint: 'In a matter you or your firm handle.' },
      judge: {
        label: 'They are a judge or tribunal member',
        hint: 'Including arbitrators: someone you or your firm appear or may appear before.',
      },
    },
    error: 'Choose whether they are connected to a matter, or to a judge you appear before.',
    summaryLabel: 'Connection to your firm’s matters',
  },
  invite: {
    title: 'What does their invitation say?',
    hint: 'Open the invitation and read any note that came with it.',
    options: {
      personal: {
        label: 'A personal note with a clear reason',
        hint: 'For example, they heard you speak or want to discuss your article.',
      },
      standard: {
        label: 'Just LinkedIn’s standard text',
        hint: 'Don’t hold this against them: some LinkedIn features send an invitation without offering a note.',
      },
      pitch: { label: 'A sales pitch', hint: 'They want to sell you something.' },
      suspicious: {
        label: 'Something suspicious',
        hint: 'A link to click, money or investment talk, or a request that looks fake.',
      },
    },
    error: 'Choose what their invitation says.',
    summaryLabel: 'Their invitation',
  },
  profile: {
    title: 'Having looked at their profile, do they fit why you are on LinkedIn?',
    hint: 'Open their profile before you answer.',
    options: {
      relevant: { label: 'Yes, they fit', hint: 'They are someone you would want to know.' },
      unclear: { label: 'I can’t tell why they want to connect' },
      'not-relevant': {
        label: 'No, they don’t fit',
        hint: 'They seem to be collecting connections, or you have another reason to say no.',
      },
      spam: { label: 'It looks like a spammer or a fake account' },
    },
    error: 'Choose whether they fit why you are on LinkedIn.',
    summaryLabel: 'Their profile',
  },
  message: {
    title: 'Ask them why they want to connect. Did they reply?',
    hint: 'If LinkedIn offers you a way to reply without accepting, use it to send the note on this page. Then come back with their answer, or share this page’s link with yourself to return later.',
    options: {
      genuine: { label: 'Yes, with a genuine reason' },
      pitch: { label: 'Yes, but only with a sales pitch' },
      none: { label: 'No, and it has been a while' },
      pending: { label: 'Not yet' },
    },
    error: 'Choose whether they replied.',
    summaryLabel: 'Their reply',
  },
  spamCheck: {
    title: 'Is this a true spammer?',
    hint: 'Keep LinkedIn’s report option for real spam. Someone who is merely unsuitable should simply be ignored.',
    options: {
      'true-spam': {
        label: 'Yes, it is real spam',
        hint: 'A fake identity, a scam or phishing link, or mass unsolicited selling.',
      },
      'not-spam': { label: 'No, just someone I don’t want to connect with' },
    },
    error: 'Choose whether it is real spam.',
    summaryLabel: 'A true spammer or not',
  },
};

/** The body question: another country's answers, folded. */
export const foldedCountry = (country: string, n: number) =>
  `${country} (${n} ${n === 1 ? 'answer' : 'answers'})`;

export const SPAM_SIGNS_TITLE = 'Signs of real spam';

/** Signs of true spam, shown on the spam step and the report-spam outcome. */
export const SPAM_SIGNS = [
  'The name, photo or job history looks invented, or copies someone else’s.',
  'The invitation or profile pushes a link, an investment, a prize or a payment.',
  'The same sales message is clearly being sent to everyone.',
];

export const { questionFor, optionsFor, answerLabel, optionGroups } = questionReaders(
  QUESTIONS,
  REGION_NAMES,
);
