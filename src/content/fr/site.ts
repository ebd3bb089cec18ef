import { andList } from '../lists';
import type {
  OUTCOME_UI as EnglishOutcome,
  SITE as EnglishSite,
  labelled as englishLabelled,
} from '../site';
import type { Translation } from '../translation';
import { LANGUAGE } from './language';

// Made on first use, as lists.ts does: building it costs a phone a few milliseconds, and most
// pages never show a date.
let dates: Intl.DateTimeFormat | undefined;

/**
 * `2026-12-01` as `1er décembre 2026`. Intl in the page's language (fr-CA), in UTC so that
 * the day never shifts; the first of the month is written `1er`, as French writes it and Intl
 * does not.
 */
export function longDate(isoDate: string): string {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  dates ??= new Intl.DateTimeFormat(LANGUAGE.tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dates.format(new Date(Date.UTC(y, m - 1, d))).replace(/^1 /, '1er ');
}

export const labelled: Translation<typeof englishLabelled> = (label) => `${label} :`;

export const SITE: Translation<typeof EnglishSite> = {
  name: 'Accepter ou non?',
  intro: [
    'Une personne que vous ne connaissez pas vous invite à vous connecter sur LinkedIn.',
    'Répondez à quelques questions courtes, une à la fois, et obtenez une recommandation claire, ses raisons et la marche exacte à suivre.',
  ],
  privacy:
    'Comptez environ deux minutes. Vos réponses restent dans votre navigateur et dans le lien que vous pouvez partager : rien n’est envoyé, ni à nous ni à personne d’autre.',
  start: 'Commencer',
  credit: 'D’après les conseils de Kirsten Hodgson, consultante en marketing juridique.',
  disclaimer:
    'Cet outil donne des repères généraux, pas un avis juridique. Les règles et les lignes directrices de votre ordre professionnel passent toujours en premier.',
  howItWorks: 'Comment fonctionne l’outil',
  sources: 'Nos sources',
  embedLink: 'Intégrer cet outil à votre intranet',
  continue: 'Continuer',
  back: 'Retour',
  startAgain: 'Recommencer',
  question: (n) => `Question ${n}`,
  errorSummaryTitle: 'Il y a un problème',
  loadFailedTitle: 'Cette partie de la page ne s’est pas chargée',
  loadFailed:
    'Vérifiez votre connexion, puis rechargez la page. Les réponses déjà données sont gardées dans l’adresse de la page : la recharger ne vous fait rien perdre.',
  loadFailedPart:
    'Une partie de cette page ne s’est pas chargée. Vérifiez votre connexion, puis rechargez la page : vos réponses sont gardées.',
  reload: 'Recharger la page',
  changedNote: (labels) =>
    `Après votre changement, ${labels.length === 1 ? 'cette réponse ne s’applique plus' : 'ces réponses ne s’appliquent plus'} : ${andList(labels)}.`,
};

export const OUTCOME_UI: Translation<typeof EnglishOutcome> = {
  phone: (phone) => `téléphone ${phone}`,
  recommendation: 'Notre recommandation',
  reasons: 'Pourquoi',
  nextSteps: 'La marche à suivre sur LinkedIn',
  cautions: 'À garder en tête',
  checkAnswers: 'Vérifiez vos réponses',
  showAnswers: (n) => `Afficher vos ${n} réponses, pour en modifier une`,
  yourAnswers: 'Vos réponses',
  copyText: 'Copier en texte',
  copyTextLabel: 'La décision en texte',
  printedOn: (isoDate) => `Imprimé le ${longDate(isoDate)}.`,
  change: 'Modifier',
  share: 'Partager cette décision',
  shareHint:
    'Toute personne qui a ce lien voit les mêmes réponses et la même recommandation; rien n’est conservé sur un serveur.',
  shareLabel: 'Lien vers cette décision',
  copyLink: 'Copier le lien',
  copied: 'Copié',
  copyFailed: 'Appuyez sur Ctrl+C (ou ⌘C) pour copier ce qui est sélectionné.',
  reopen: 'Lien pour revenir à la décision quand la personne répondra',
  guidance: 'Les lignes directrices de votre ordre professionnel',
  bodyGuidance: 'Ce que nous savons des lignes directrices de votre ordre',
  position: 'En bref :',
  lastReviewed: (date) => `Résumés des lignes directrices revus le ${date}.`,
  ruleBehind: 'La règle en cause',
  askHelpline: 'Questions à poser',
  showQuestions: (n) => `Afficher les ${n} questions`,
  showNote: 'La note à envoyer, une fois que vos règles le permettent',
  noRuleUnregulated:
    'Les règles et la politique de votre cabinet s’appliquent à vous. Tout contact avec une partie, un membre du jury, un témoin ou un juge dans un dossier de votre cabinet relève de l’avocate ou de l’avocat responsable de ce dossier : il peut nuire à la cause.',
  ourSuggestion: 'Notre suggestion (pas une règle)',
  secondaryNote:
    'Connu par une source secondaire, pas par le texte officiel : vérifiez le libellé officiel avant de vous y fier.',
  elsewhere: 'Ce que disent les règles ailleurs',
  elsewhereHint:
    'Ce sont les règles d’autres ressorts, pas les vôtres : elles montrent comment d’autres traitent la question, rien de plus.',
  whomToTell: 'Qui prévenir maintenant',
  whyNotLookUp: 'Pourquoi ne pas ouvrir son profil?',
  noBodyAsked:
    'Nous ne vous avons pas demandé qui encadre votre profession. Si vous êtes membre d’un ordre professionnel, vérifiez ses règles sur ce point ou posez la question à son service de déontologie. Les règles d’autres ressorts sont sous « Ce que disent les règles ailleurs ».',
  whatItSays: (n) =>
    n === 1
      ? 'Ce que disent ses règles et ses lignes directrices : 1 point'
      : `Ce que disent ses règles et ses lignes directrices : ${n} points`,
  linkedInChecked: (date) => `Pages d’aide de LinkedIn vérifiées le ${date}.`,
  otherBody:
    'Nous n’avons pas de lignes directrices pour votre ordre. Cherchez son code de déontologie et ses lignes directrices sur les médias sociaux, et vérifiez auprès de votre équipe de conformité.',
  source: 'Source',
  sources: 'Sources',
  tip: 'Un conseil',
  reopenHint:
    'Ajoutez ce lien à vos favoris ou envoyez-le à votre propre adresse. Il rouvre cette décision à la question sur la réponse de la personne.',
};
