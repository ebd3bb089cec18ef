import { ANSWER_KEY, STEPS, type AnswerKey, type StepId } from '../decision/answers';
import { BODY_NAMES } from './bodyNames';

/** Copy for each step. Values are the spec's answer ids; everything else is ours to word. */

export interface OptionContent {
  value: string;
  label: string;
  hint?: string;
}

export interface QuestionContent {
  /** The question itself: the fieldset's legend and the page heading. */
  title: string;
  hint: string;
  /** Checkboxes (several answers) rather than radios. */
  multiple?: boolean;
  options: OptionContent[];
  /** Shown in the error summary when Continue is pressed with nothing chosen. */
  error: string;
  /** Short name of the answer on "Check your answers". */
  summaryLabel: string;
}

export const QUESTIONS: Record<StepId, QuestionContent> = {
  objectives: {
    title: 'What do you use LinkedIn for?',
    hint: 'Choose every reason that applies. Whether a stranger is worth connecting with depends on what you want from LinkedIn.',
    multiple: true,
    options: [
      {
        value: 'clients',
        label: 'Winning work',
        hint: 'Reaching prospective clients, referrers and people who influence who gets hired.',
      },
      {
        value: 'media',
        label: 'Raising my profile',
        hint: 'Being known to journalists, editors and commentators in my field.',
      },
      {
        value: 'community',
        label: 'Taking part in my sector',
        hint: 'Discussions, groups, and sharing or reading useful content.',
      },
      {
        value: 'careers',
        label: 'Recruiting or my own career',
        hint: 'Finding people to hire, or being found for a move.',
      },
      {
        value: 'known-only',
        label: 'I only connect with people I already know',
        hint: 'Choosing this clears the other reasons.',
      },
    ],
    error: 'Choose at least one reason, or “I only connect with people I already know”.',
    summaryLabel: 'What you use LinkedIn for',
  },
  body: {
    title: 'Who regulates your profession?',
    hint: 'Professional bodies have their own rules about contact and publicity. If you belong to more than one, choose the strictest.',
    options: [
      ...Object.entries(BODY_NAMES).map(([id, b]) => ({
        value: id,
        label: b.label,
        hint: b.regulator,
      })),
      {
        value: 'other',
        label: 'Another profession or body',
        hint: 'For example accountants or patent attorneys: you will need to check your own code.',
      },
      {
        value: 'none',
        label: 'I am not regulated',
        hint: 'We will skip the question about rules.',
      },
    ],
    error: 'Choose who regulates you, or “I am not regulated”.',
    summaryLabel: 'Professional body',
  },
  rules: {
    title: 'Do your rules let you connect with people you have not met?',
    hint: 'Think of your professional body’s rules and guidance, and your firm’s own social media policy.',
    options: [
      { value: 'allowed', label: 'Yes, they allow it' },
      { value: 'restricted', label: 'No, they restrict it' },
      { value: 'unsure', label: 'I am not sure' },
    ],
    error: 'Choose whether your rules allow it, or “I am not sure”.',
    summaryLabel: 'What your rules allow',
  },
  matter: {
    title:
      'Is this person connected to a matter you or your firm handle, or a judge or tribunal member you appear or may appear before?',
    hint: 'Check their name and employer against your firm’s matters, not only your own. The other side’s lawyers are not a red flag in themselves.',
    options: [
      { value: 'none', label: 'No, not as far as I can tell' },
      {
        value: 'opposing-party',
        label: 'They are on the other side',
        hint: 'The other side itself, or someone who works for it as an employee or manager. Not the other side’s lawyers.',
      },
      {
        value: 'juror',
        label: 'They are a juror or a possible juror',
        hint: 'In a trial you or your firm are involved in.',
      },
      {
        value: 'witness',
        label: 'They are a witness',
        hint: 'In a matter you or your firm handle.',
      },
      {
        value: 'judge',
        label: 'They are a judge or tribunal member',
        hint: 'Including arbitrators: someone you or your firm appear or may appear before.',
      },
    ],
    error: 'Choose whether they are connected to a matter, or to a judge you appear before.',
    summaryLabel: 'Link to your firm’s matters',
  },
  invite: {
    title: 'What does their invitation say?',
    hint: 'Open the invitation and read any note that came with it.',
    options: [
      {
        value: 'personal',
        label: 'A personal note with a clear reason',
        hint: 'For example, they heard you speak or want to discuss your article.',
      },
      {
        value: 'standard',
        label: 'Just LinkedIn’s standard text',
        hint: 'Don’t hold this against them: some LinkedIn features send an invitation without offering a note.',
      },
      { value: 'pitch', label: 'A sales pitch', hint: 'They want to sell you something.' },
      {
        value: 'suspicious',
        label: 'Something suspicious',
        hint: 'A link to click, money or investment talk, or a request that looks fake.',
      },
    ],
    error: 'Choose what their invitation says.',
    summaryLabel: 'Their invitation',
  },
  profile: {
    title: 'Having looked at their profile, do they fit why you are on LinkedIn?',
    hint: 'Open their profile before you answer.',
    options: [
      {
        value: 'relevant',
        label: 'Yes, they fit',
        hint: 'They are someone you would want to know.',
      },
      { value: 'unclear', label: 'I can’t tell why they want to connect' },
      {
        value: 'not-relevant',
        label: 'No, they don’t fit',
        hint: 'They seem to be collecting connections, or you have another reason to say no.',
      },
      {
        value: 'spam',
        label: 'It looks like a spammer or a fake account',
      },
    ],
    error: 'Choose whether they fit why you are on LinkedIn.',
    summaryLabel: 'Their profile',
  },
  message: {
    title: 'Ask them why they want to connect. Did they reply?',
    hint: 'If LinkedIn offers you a way to reply without accepting, use it to send the note on this page. Then come back with their answer, or share this page’s link with yourself to return later.',
    options: [
      { value: 'genuine', label: 'Yes, with a genuine reason' },
      { value: 'pitch', label: 'Yes, but only with a sales pitch' },
      { value: 'none', label: 'No, and it has been a while' },
      { value: 'pending', label: 'Not yet' },
    ],
    error: 'Choose whether they replied.',
    summaryLabel: 'Their reply',
  },
  spamCheck: {
    title: 'Is this a true spammer?',
    hint: 'Keep LinkedIn’s report option for real spam. Someone who is merely unsuitable should simply be ignored.',
    options: [
      {
        value: 'true-spam',
        label: 'Yes, it is real spam',
        hint: 'A fake identity, a scam or phishing link, or mass unsolicited selling.',
      },
      {
        value: 'not-spam',
        label: 'No, just someone I don’t want to connect with',
      },
    ],
    error: 'Choose whether it is real spam.',
    summaryLabel: 'Spam or not',
  },
};

export const SPAM_SIGNS_TITLE = 'Signs of real spam';

/** Signs of true spam, shown on the spam step and the report-spam outcome. */
export const SPAM_SIGNS = [
  'The name, photo or job history looks invented, or copies someone else’s.',
  'The invitation or profile pushes a link, an investment, a prize or a payment.',
  'The same sales message is clearly being sent to everyone.',
];

export function questionFor(key: AnswerKey): QuestionContent {
  return QUESTIONS[STEPS.find((s) => ANSWER_KEY[s] === key) ?? 'objectives'];
}

/** The label of one answer value, as the user saw it. */
export function answerLabel(key: AnswerKey, value: string): string {
  return questionFor(key).options.find((o) => o.value === value)?.label ?? value;
}
