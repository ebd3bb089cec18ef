import type {
  HOW_TO_ASK as EnglishSteps,
  MESSAGE_TEMPLATES as EnglishTemplates,
  MESSAGE_VARIANT_NAMES as EnglishNames,
  NOTE_LIMIT_HINT as EnglishHint,
  NOTE_REMAINING as EnglishRemaining,
  NOTE_UI as EnglishUi,
} from '../message';
import type { Translation } from '../translation';

// LinkedIn's French help, where we could check it, does not confirm its French button names:
// they are given in English, in quotation marks, with what they do said in French.

export const HOW_TO_ASK: Translation<typeof EnglishSteps> = [
  'Trouvez l’invitation (en général dans « My Network », le réseau, sous « Invitations »).',
  'Si LinkedIn vous offre d’y répondre par un message (« Message » ou « Reply », parfois derrière une petite flèche ou « … » à côté de « Accept », le bouton pour accepter), faites-le : répondre n’accepte pas l’invitation.',
  'Collez la note, puis laissez l’invitation en attente jusqu’à sa réponse.',
  'S’il n’y a aucun moyen d’écrire sans accepter, n’acceptez pas juste pour poser la question : ignorez l’invitation ou laissez-la en attente.',
];

export { NOTE_LIMIT } from '../message';

export const NOTE_LIMIT_HINT: Translation<typeof EnglishHint> = (limit) =>
  `Nous gardons la note sous ${limit} caractères : elle se lit vite et entre dans la plupart des boîtes de message de LinkedIn. Si LinkedIn la trouve trop longue, raccourcissez-la.`;

export const NOTE_REMAINING: Translation<typeof EnglishRemaining> = (left) =>
  left >= 0
    ? `Il vous reste ${left} ${left <= 1 ? 'caractère' : 'caractères'}.`
    : `Vous avez ${-left} ${left >= -1 ? 'caractère' : 'caractères'} de trop.`;

export const MESSAGE_TEMPLATES: Translation<typeof EnglishTemplates> = {
  clients:
    'Bonjour, merci pour l’invitation. J’aime en savoir un peu sur les personnes avec qui je me connecte : qu’est-ce qui motive votre invitation, et où avez-vous vu mon travail?',
  media:
    'Bonjour, merci pour l’invitation. Avant de l’accepter, pourriez-vous me dire ce qui l’a motivée? S’il s’agit d’un article ou d’une entrevue, j’aimerais savoir sur quoi vous travaillez.',
  community:
    'Bonjour, merci pour l’invitation. J’essaie de me connecter avec des personnes avec qui échanger des idées : qu’est-ce qui motive votre invitation, et quels sujets vous intéressent le plus?',
  careers:
    'Bonjour, merci de votre message. Avant d’accepter, pourriez-vous me dire ce qui motive l’invitation? S’il s’agit d’un poste, j’aimerais en savoir un peu plus.',
  'known-only':
    'Bonjour, merci pour l’invitation. En général, je me connecte seulement avec des personnes que j’ai rencontrées : pourriez-vous me rappeler comment nous nous connaissons?',
  default:
    'Bonjour, merci pour l’invitation. J’aime en savoir un peu sur les personnes avec qui je me connecte : qu’est-ce qui motive votre invitation?',
};

export const MESSAGE_VARIANT_NAMES: Translation<typeof EnglishNames> = {
  clients: 'Pour obtenir des mandats',
  media: 'Pour les journalistes',
  community: 'Pour votre secteur',
  careers: 'Pour le recrutement',
  'known-only': 'Pour les personnes que vous connaissez peut-être',
  default: 'Standard',
};

export const NOTE_UI: Translation<typeof EnglishUi> = {
  messageToSend: 'La note à envoyer',
  copyNote: 'Copier la note',
  noteLabel: 'Votre note (modifiez-la au besoin)',
  noteVariants: 'Choisissez une version de la note',
  noteCount: (n, limit) => `${n} sur ${limit} caractères`,
  noteTooLong: ' : trop longue pour une note LinkedIn, veuillez la raccourcir',
};
