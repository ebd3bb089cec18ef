import type { Objective } from '../decision/steps';

// The note that asks why they want to connect: the message step and the "wait" outcome
// only (its own module, with the note's component, so other screens never load it).

/** Step 7: how to ask without accepting. */
export const HOW_TO_ASK = [
  'Open the invitation in My Network, under Invitations.',
  'Choose Message (on some screens, the small arrow or “…” beside Accept) to reply without accepting.',
  'Paste the note, then leave the invitation pending until they answer.',
];

/**
 * The length we keep the note to: LinkedIn's limit for the note sent with an invitation
 * (300 characters on most accounts). A message to someone whose invitation is pending allows
 * more, but a note this short fits wherever it is pasted.
 */
export const NOTE_LIMIT = 300;

/** Says which limit we use, under the note. */
export const NOTE_LIMIT_HINT = (limit: number) =>
  `We keep the note within ${limit} characters: the limit LinkedIn sets for a note sent with an invitation on most accounts, so it fits wherever you paste it.`;

/** Read out by screen readers once typing pauses (the visible count updates at once). */
export const NOTE_REMAINING = (left: number) =>
  left >= 0
    ? `You have ${left} ${left === 1 ? 'character' : 'characters'} left.`
    : `You have ${-left} ${left === -1 ? 'character' : 'characters'} too many.`;

/** Step 7: the note to send, one variant per reason for being on LinkedIn. */
export const MESSAGE_TEMPLATES: Record<Objective | 'default', string> = {
  clients:
    'Hello, thank you for the invitation. I like to know a little about the people I connect with: what prompted you to get in touch? Is there something I or my firm could help with?',
  media:
    'Hello, thanks for the invitation. Before I accept, could you tell me what prompted it? If it is about a story or an interview, I am happy to hear what you are working on.',
  community:
    'Hello, thank you for the invitation. I try to connect with people I can exchange ideas with: what prompted you to get in touch, and which topics are you most interested in?',
  careers:
    'Hello, thanks for reaching out. Before I accept, could you tell me what prompted the invitation? If it is about a role, I would be glad to hear a little more.',
  'known-only':
    'Hello, thank you for the invitation. I usually only connect with people I have met: could you remind me how we know each other?',
  default:
    'Hello, thank you for the invitation. I like to know a little about the people I connect with: what prompted you to get in touch?',
};

export const MESSAGE_VARIANT_NAMES: Record<Objective | 'default', string> = {
  clients: 'For winning work',
  media: 'For journalists',
  community: 'For your sector',
  careers: 'For recruiting',
  'known-only': 'For people you may know',
  default: 'Standard',
};

/** The words around the note, where it is shown. */
export const NOTE_UI = {
  messageToSend: 'The note to send',
  copyNote: 'Copy note',
  noteLabel: 'Your note (edit it if you like)',
  noteVariants: 'Choose a version of the note',
  noteCount: (n: number, limit: number) => `${n} of ${limit} characters`,
  noteTooLong: ': too long for a LinkedIn note, please shorten it',
} as const;
