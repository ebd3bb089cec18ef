import type { AnswerKey } from '../../decision/steps';
import type { INVALID_LINK as EnglishInvalid, LINK_PROBLEMS as EnglishProblems } from '../link';
import type { Translation } from '../translation';

export const INVALID_LINK: Translation<typeof EnglishInvalid> = {
  title: 'Ce lien est endommagé ou périmé',
  intro:
    'Nous n’avons pas pu ouvrir la décision de ce lien : rien n’en a donc été utilisé. Voici ce que nous avons trouvé :',
  resume: 'Reprendre à la dernière étape valide',
  startAgain: 'Recommencer',
};

/** Each question as a link problem names it: «la question sur …». */
const ANSWER_NAMES: Record<AnswerKey, string> = {
  objectives: 'votre usage de LinkedIn',
  body: 'votre ordre professionnel',
  rules: 'ce que permettent vos règles',
  matter: 'un lien avec vos dossiers',
  invite: 'l’invitation',
  profile: 'son profil',
  reply: 'sa réponse',
  spam: 'le pourriel',
};

// The catalogue's tests call each function with sample values: a key outside the list reads
// as itself rather than as «undefined».
const named = (key: AnswerKey): string => ANSWER_NAMES[key] ?? key;

export const LINK_PROBLEMS: Translation<typeof EnglishProblems> = {
  tooLong: 'Le lien est bien plus long que toute vraie décision : il n’a donc pas été ouvert.',
  noVersion: 'Le lien n’indique pas quelle version de l’outil l’a créé.',
  unknownVersion: 'Le lien a été créé par une version de l’outil que celle-ci ne connaît pas.',
  unknownPart: 'Le lien contient une partie que cet outil ne reconnaît pas.',
  repeated: (key) =>
    key === 'v'
      ? 'Le lien donne plus d’une fois la version de l’outil.'
      : key === 'made' || key === 'was'
        ? 'Le lien donne plus d’une fois sa date ou sa recommandation.'
        : `Le lien donne plus d’une fois la réponse à la question sur ${named(key)}.`,
  unknownAnswer: (key) =>
    `La réponse à la question sur ${named(key)} n’est pas une réponse que l’outil connaît.`,
  repeatedAnswer: (key) => `La réponse à la question sur ${named(key)} répète la même raison.`,
  notAlone: (key) =>
    `La réponse à la question sur ${named(key)} mêle « seulement les personnes que je connais » à d’autres raisons.`,
  badDate:
    'La date de création indiquée par le lien n’est pas une vraie date, est dans le futur ou précède la première version de l’outil.',
  badWas:
    'La recommandation inscrite dans le lien n’est pas une recommandation que l’outil connaît.',
};
