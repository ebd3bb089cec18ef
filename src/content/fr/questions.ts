import type {
  QUESTIONS as EnglishQuestions,
  SPAM_SIGNS as EnglishSigns,
  foldedCountry as englishFolded,
} from '../questions';
import { bodyOptions, questionReaders } from '../questionOptions';
import type { Translation } from '../translation';
import { BODY_NAMES, REGION_NAMES } from './bodyNames';

export const QUESTIONS: Translation<typeof EnglishQuestions> = {
  objectives: {
    title: 'Pourquoi utilisez-vous LinkedIn?',
    hint: 'Cochez toutes les raisons qui s’appliquent. L’intérêt de vous connecter avec une personne inconnue dépend de ce que vous attendez de LinkedIn.',
    options: {
      clients: {
        label: 'Obtenir des mandats',
        hint: 'Joindre une clientèle potentielle, les personnes qui vous recommandent et celles qui influencent le choix d’un cabinet.',
      },
      media: {
        label: 'Accroître ma visibilité',
        hint: 'Me faire connaître des journalistes, des rédactions et des personnes qui commentent l’actualité de mon domaine.',
      },
      community: {
        label: 'Prendre part à la vie de mon secteur',
        hint: 'Discussions, groupes, partage et lecture de contenu utile.',
      },
      careers: {
        label: 'Recruter ou faire avancer ma carrière',
        hint: 'Trouver des personnes à embaucher, ou me faire remarquer en vue d’un nouveau poste.',
      },
      'known-only': {
        label: 'Je me connecte seulement avec des personnes que je connais déjà',
        hint: 'Ce choix décoche les autres raisons.',
      },
    },
    error:
      'Choisissez au moins une raison, ou « Je me connecte seulement avec des personnes que je connais déjà ».',
    summaryLabel: 'Pourquoi vous utilisez LinkedIn',
  },
  body: {
    title: 'Qui réglemente votre profession?',
    hint: 'Les ordres professionnels ont leurs propres règles sur la prise de contact et la publicité. Vous êtes membre de plus d’un ordre? Répondez pour le plus strict, ou refaites le parcours pour chacun.',
    options: {
      ...bodyOptions(BODY_NAMES),
      other: {
        label: 'Une autre profession ou un autre ordre',
        hint: 'Par exemple, les comptables : vous devrez vérifier votre propre code.',
      },
      none: {
        label: 'Je ne suis membre d’aucun ordre professionnel',
        hint: 'Nous passerons la question sur les règles.',
      },
    },
    error: 'Choisissez qui vous réglemente, ou « Je ne suis membre d’aucun ordre professionnel ».',
    summaryLabel: 'Ordre professionnel',
  },
  rules: {
    title:
      'Vos règles vous permettent-elles de vous connecter avec des personnes que vous n’avez jamais rencontrées?',
    hint: 'Pensez aux règles et aux lignes directrices de votre ordre professionnel, et à la politique de votre cabinet sur les médias sociaux.',
    options: {
      allowed: { label: 'Oui, elles le permettent' },
      restricted: { label: 'Non, elles le restreignent' },
      unsure: { label: 'Je ne sais pas' },
    },
    error: 'Indiquez si vos règles le permettent, ou choisissez « Je ne sais pas ».',
    summaryLabel: 'Ce que vos règles permettent',
  },
  matter: {
    title:
      'Cette personne est-elle liée à un dossier de votre cabinet, ou est-elle juge ou membre d’un tribunal devant qui vous vous présentez ou pourriez vous présenter?',
    hint: 'Comparez le nom et l’employeur qu’affiche l’invitation aux dossiers de votre cabinet, pas seulement aux vôtres. N’ouvrez pas son profil pour vérifier : LinkedIn peut lui montrer qui l’a consulté. Les avocates et avocats de la partie adverse ne sont pas, en soi, un signal d’alarme.',
    options: {
      none: { label: 'Non, pas à ma connaissance' },
      'opposing-party': {
        label: 'Cette personne est du côté adverse',
        hint: 'La partie adverse elle-même, ou une personne qui y travaille comme employée ou gestionnaire. Pas ses avocates et avocats.',
      },
      juror: {
        label: 'Cette personne fait partie d’un jury, ou pourrait en faire partie',
        hint: 'Dans un procès où vous ou votre cabinet intervenez.',
      },
      witness: {
        label: 'Cette personne est témoin',
        hint: 'Dans un dossier que vous ou votre cabinet traitez.',
      },
      judge: {
        label: 'Cette personne est juge ou membre d’un tribunal',
        hint: 'Y compris en arbitrage : une personne devant qui vous ou votre cabinet vous présentez ou pourriez vous présenter.',
      },
    },
    error:
      'Indiquez si cette personne est liée à un dossier, ou si elle est juge devant qui vous vous présentez.',
    summaryLabel: 'Lien avec les dossiers de votre cabinet',
  },
  invite: {
    title: 'Que dit son invitation?',
    hint: 'Ouvrez l’invitation et lisez la note qui l’accompagne, s’il y en a une.',
    options: {
      personal: {
        label: 'Une note personnelle, avec une raison claire',
        hint: 'Par exemple, cette personne a assisté à votre conférence ou veut discuter de votre article.',
      },
      standard: {
        label: 'Seulement le texte standard de LinkedIn',
        hint: 'Ne lui en tenez pas rigueur : certaines fonctions de LinkedIn envoient une invitation sans offrir d’y joindre une note.',
      },
      pitch: {
        label: 'Une sollicitation commerciale',
        hint: 'Cette personne veut vous vendre quelque chose.',
      },
      suspicious: {
        label: 'Quelque chose de suspect',
        hint: 'Un lien à cliquer, une affaire d’argent ou de placement, ou une demande qui semble fausse.',
      },
    },
    error: 'Choisissez ce que dit son invitation.',
    summaryLabel: 'Son invitation',
  },
  profile: {
    title: 'D’après son profil, cette personne correspond-elle à vos raisons d’être sur LinkedIn?',
    hint: 'Ouvrez son profil avant de répondre.',
    options: {
      relevant: {
        label: 'Oui, elle y correspond',
        hint: 'C’est une personne que vous aimeriez connaître.',
      },
      unclear: { label: 'Je ne vois pas pourquoi cette personne veut se connecter' },
      'not-relevant': {
        label: 'Non, elle n’y correspond pas',
        hint: 'Elle semble collectionner les relations, ou vous avez une autre raison de dire non.',
      },
      spam: { label: 'On dirait un faux compte ou un compte qui envoie du pourriel' },
    },
    error: 'Indiquez si cette personne correspond à vos raisons d’être sur LinkedIn.',
    summaryLabel: 'Son profil',
  },
  message: {
    title: 'Demandez à cette personne pourquoi elle veut se connecter. A-t-elle répondu?',
    hint: 'Si LinkedIn vous offre un moyen de répondre sans accepter, servez-vous-en pour envoyer la note de cette page. Revenez ensuite avec sa réponse, ou envoyez-vous le lien de cette page pour y revenir plus tard.',
    options: {
      genuine: { label: 'Oui, avec une vraie raison' },
      pitch: { label: 'Oui, mais seulement avec une sollicitation commerciale' },
      none: { label: 'Non, et cela fait un bon moment' },
      pending: { label: 'Pas encore' },
    },
    error: 'Indiquez si cette personne a répondu.',
    summaryLabel: 'Sa réponse',
  },
  spamCheck: {
    title: 'Est-ce vraiment du pourriel?',
    hint: 'Réservez l’option de signalement de LinkedIn au vrai pourriel. Si la personne ne vous convient tout simplement pas, ignorez l’invitation, sans plus.',
    options: {
      'true-spam': {
        label: 'Oui, c’est du vrai pourriel',
        hint: 'Une fausse identité, un lien frauduleux ou d’hameçonnage, ou de la vente non sollicitée envoyée en masse.',
      },
      'not-spam': { label: 'Non, seulement une personne avec qui je ne veux pas me connecter' },
    },
    error: 'Indiquez si c’est du vrai pourriel.',
    summaryLabel: 'Vrai pourriel ou non',
  },
};

export const foldedCountry: Translation<typeof englishFolded> = (country, n) =>
  `${country} (${n} ${n < 2 ? 'réponse' : 'réponses'})`;

export const SPAM_SIGNS_TITLE = 'Signes de vrai pourriel';

export const SPAM_SIGNS: Translation<typeof EnglishSigns> = [
  'Le nom, la photo ou le parcours semble inventé, ou copié sur quelqu’un d’autre.',
  'L’invitation ou le profil met en avant un lien, un placement, un prix à gagner ou un paiement.',
  'Le même message de vente est de toute évidence envoyé à tout le monde.',
];

export const { questionFor, optionsFor, answerLabel, optionGroups } = questionReaders(
  QUESTIONS,
  REGION_NAMES,
);
