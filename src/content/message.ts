import type { Objective } from '../decision/steps';

// The note that asks why they want to connect: the message step and the "wait" outcome
// only (its own module, with the note's component, so other screens never load it).

/**
 * Step 7: how to ask without accepting. LinkedIn's own help has described a way to reply to an
 * invitation without accepting it, and says replying does not accept it (linkedin.ts); its
 * buttons move, so the steps say "if" rather than name one place.
 */
export const HOW_TO_ASK = [
  'Find the invitation (usually under My Network, in Invitations).',
  'If LinkedIn offers you a Message or Reply option on it (sometimes behind a small arrow or “…” beside Accept), use it: replying doesn’t accept the invitation.',
  'Paste the note, then leave the invitation pending until they answer.',
  'If there is no way to message them without accepting, don’t accept just to ask: ignore the invitation, or leave it pending.',
];

/**
 * The length we keep the note to. LinkedIn limits the length of notes and messages, and its
 * help pages we could check don't give one figure for every account (linkedin.ts), so we keep
 * the note short enough to fit the boxes people commonly meet, and say so without a promise.
 */
export const NOTE_LIMIT = 300;

/** Says which limit we use, under the note. */
export const NOTE_LIMIT_HINT = (limit: number) =>
  `We keep the note within ${limit} characters, so it is quick to read and fits most of LinkedIn’s message boxes. If LinkedIn says it is too long, shorten it.`;

/** Read out by screen readers once typing pauses (the visible count updates at once). */
export const NOTE_REMAINING = (left: number) =>
  left >= 0
    ? `You have ${left} ${left === 1 ? 'character' : 'characters'} left.`
    : `You have ${-left} ${left === -1 ? 'character' : 'characters'} too many.`;

/**
 * Step 7: the note to send, one variant per reason for being on LinkedIn. Each asks why they
 * want to connect and nothing else: no offer of help, nothing that invites a legal question
 * (a stranger who describes a legal problem risks an accidental retainer: rules.md RF6).
 */
export const MESSAGE_TEMPLATES: Record<Objective | 'default', string> = {
  clients:
    'Hello, thank you for the invitation. I like to know a little about the people I connect with: what prompted you to get in touch, and where did you come across my work?',
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
