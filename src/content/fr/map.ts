import type {
  MAP_GUARD_LABELS as EnglishGuards,
  MAP_NODE_NAMES as EnglishNodes,
  MAP_STEP_EXPLANATIONS as EnglishSteps,
  MAP_UI as EnglishUi,
} from '../map';
import type { Translation } from '../translation';

// The French build lays the map out with these words (build/decision-map-plugin.ts): names
// wrap at 17 characters (src/map/model.ts), so a longer French name makes a taller box.

export const MAP_NODE_NAMES: Translation<typeof EnglishNodes> = {
  objectives: 'À quoi vous sert LinkedIn?',
  body: 'Qui encadre votre profession?',
  rules: 'Vos règles permettent-elles de vous connecter?',
  matter: 'Un lien avec un de vos dossiers?',
  invite: 'Que dit son invitation?',
  profile: 'Son profil correspond-il à vos objectifs?',
  message: 'La personne a-t-elle répondu à votre note?',
  spamCheck: 'Est-ce du vrai pourriel?',
  accept: 'Accepter',
  ignore: 'Ignorer',
  'report-spam': 'Signaler comme pourriel, puis ignorer',
  wait: 'Attendre sa réponse',
  'check-rules': 'Vérifier d’abord vos règles',
  'dont-connect': 'Ne pas se connecter',
};

export const MAP_GUARD_LABELS: Translation<typeof EnglishGuards> = {
  isKnownOnly: 'Seulement les personnes que je connais déjà',
  isNotRegulated: 'Profession non réglementée',
  hasConductRedFlag: 'Un lien avec un de vos dossiers',
  knowsOnlyPeopleTheyMet: 'Vous vous connectez seulement avec des gens que vous connaissez',
  rulesRestrictIt: 'Vos règles le limitent',
  rulesUnsure: 'Un doute sur vos règles',
};

export const MAP_UI: Translation<typeof EnglishUi> = {
  anyAnswer: 'Toute réponse',
  otherwise: 'Toute autre réponse',
  always: 'Toujours',
  or: ' ou ',
  and: ', et ',
  not: (label) => `Sauf : ${label}`,

  pathTitle: 'Comment nous en sommes arrivés là',
  pathShow: 'Afficher votre parcours dans la décision',
  pathIntro:
    'Toute la décision, avec en évidence les questions auxquelles vous avez répondu, vos réponses et la recommandation.',
  pathSvgTitle: 'Carte de la décision, avec votre parcours en évidence',
  pathDesc: (steps, outcome) =>
    `La décision sous forme de schéma, de haut en bas. Votre parcours : ${steps.join(', puis ')}, jusqu’à « ${outcome} ». Les autres questions et recommandations sont estompées. Le même parcours est énuméré sous la carte.`,
  pathListTitle: 'Votre parcours, étape par étape',
  pathAnswered: (answer) => `Votre réponse : ${answer}`,
  pathOutcome: (outcome) => `Recommandation : ${outcome}`,
  pathPrintTitle: 'Votre parcours dans la décision',
  scrollHint: 'Faites défiler de côté pour voir toute la carte.',
  mapRegion: 'Carte de la décision',
  howItWorksLink: 'Voir comment fonctionne toute la décision',

  title: 'Comment fonctionne la décision',
  intro: [
    'Chaque réponse mène soit à la question suivante, soit à une recommandation. La carte ci-dessous montre chaque question, chaque réponse et où elle mène.',
    'Elle est tirée de la logique même qui fait fonctionner l’outil : elle correspond donc toujours à ce qu’il fait. Quand une question a plusieurs issues, « Chaque étape », plus bas, les énumère dans l’ordre où elles sont vérifiées : la première qui correspond à vos réponses l’emporte.',
  ],
  fullSvgTitle: 'Carte de toute la décision',
  fullDesc: (steps, outcomes) =>
    `Un schéma de haut en bas avec ${steps} questions et ${outcomes} recommandations. Chaque flèche porte la réponse qui y mène. Les mêmes renseignements sont énumérés dans « Chaque étape », sous la carte.`,
  stepsTitle: 'Chaque étape',
  leadsTo: 'Les réponses et où elles mènent',
  recommendation: 'Recommandation',
  outcomesTitle: 'Les recommandations',
  sourcesTitle: 'D’où viennent les conseils',
  articleCredit:
    'Les questions sur vos objectifs, l’invitation et son profil, la façon de demander pourquoi, et le choix entre ignorer et signaler comme pourriel suivent un article de Kirsten Hodgson, consultante en marketing juridique, sur la conduite à tenir quand une personne inconnue vous invite à vous connecter sur LinkedIn (article en anglais). Nous reprenons ses conseils dans nos propres mots.',
  rulesCredit:
    'Les questions sur votre ordre professionnel, vos règles et vos dossiers viennent des règles et des lignes directrices de déontologie. Nous n’énonçons que des points vérifiés dans la publication de l’ordre lui-même ou dans une source secondaire fiable, chacun avec sa source et sa date, sur les écrans où il s’applique.',
  bodiesTitle: 'Les lignes directrices des ordres professionnels',
  lastReviewed: (date) => `Dernière révision le ${date}.`,
  start: 'Commencer la décision',
};

export const MAP_STEP_EXPLANATIONS: Translation<typeof EnglishSteps> = {
  objectives:
    'Qu’une personne inconnue vaille la peine d’être connue dépend de l’usage que vous faites de LinkedIn. Si vous vous connectez seulement avec des gens que vous connaissez, nous vous demandons quand même si elle a un lien avec vos dossiers, car il faudra peut-être le signaler.',
  body: 'Les ordres professionnels ont leurs propres règles sur les contacts et la publicité. Si votre profession n’est pas réglementée, nous sautons la question sur les règles.',
  rules:
    'Les règles ou les lignes directrices de certains ordres limitent les contacts avec des personnes que vous n’avez pas rencontrées. Si elles les restreignent, la question est réglée dès que nous savons que la personne n’a aucun lien avec vos dossiers. Dans le doute, nous continuons : ignorer ou signaler ne demande aucune permission, et là où la réponse serait d’accepter ou d’écrire à la personne, nous vous disons de vérifier d’abord, et ce que nous recommanderions une fois que vos règles le permettent.',
  matter:
    'Les règles de déontologie limitent les contacts avec la partie adverse, les membres du jury, les témoins et les juges. Un lien avec un dossier que vous ou votre cabinet traitez, ou avec un juge devant qui vous plaidez, veut dire : ne vous connectez pas.',
  invite:
    'Une note personnelle qui donne une raison est bon signe. Le texte standard de LinkedIn ne joue pas contre la personne. Tout ce qui semble suspect passe directement à la vérification du pourriel.',
  profile:
    'Son profil vous dit si la personne correspond à ce que vous cherchez sur LinkedIn. Si vous ne pouvez pas le dire, posez-lui la question avant de décider.',
  message:
    'LinkedIn permet habituellement de répondre à une invitation sans l’accepter. Une vraie raison : acceptez. Le silence ou un argumentaire de vente : ignorez. Pas encore de réponse : attendez.',
  spamCheck:
    'L’option de signalement de LinkedIn sert au vrai pourriel : fausses identités, arnaques et sollicitation de masse. Toute autre personne qui ne correspond pas est simplement ignorée.',
};
