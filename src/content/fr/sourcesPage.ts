import { longDate } from './site';
import type { SOURCES_PAGE as English } from '../sourcesPage';
import type { Translation } from '../translation';

export const SOURCES_PAGE: Translation<typeof English> = {
  title: 'Nos sources',
  intro: [
    'Chaque énoncé que cet outil peut afficher sur les règles d’un ordre professionnel, regroupé par ordre, avec sa source, sa date, la façon dont nous l’avons vérifié et la page officielle quand il y en a une. Les points généraux et ce que nous disons de LinkedIn lui-même viennent à la fin.',
    'Cette page est tirée du même contenu que les recommandations : rien de ce que l’outil vous montre n’y manque. L’équipe de gestion des risques ou de conformité d’un cabinet peut la réviser, l’imprimer pour l’annoter et inscrire son approbation dans les paramètres du cabinet.',
  ],
  version: (isoDate) => `Nos conseils sont à jour au ${longDate(isoDate)}.`,
  levelsTitle: 'Comment nous avons vérifié chaque énoncé',
  levels: {
    V: 'V : vu dans la source officielle (le texte même de l’organisme de réglementation, du barreau, du tribunal ou du législateur, ou une copie textuelle de ce texte).',
    V2: 'V2 : connu seulement par une source secondaire qui rapporte le texte officiel (par exemple, l’article d’un cabinet d’avocats ou d’une revue juridique). Vérifiez le libellé officiel avant de vous y fier.',
  },
  contents: 'Table des matières',
  generalTitle: 'Points généraux et LinkedIn',
  generalIntro:
    'Ce que voit tout le monde, quel que soit son ordre professionnel : les règles trouvées ailleurs derrière chaque signal d’alarme, les mises en garde sur la déontologie et ce que dit l’aide de LinkedIn.',
  covers: (who) => `Personnes visées : ${who}.`,
  position:
    'En bref : sa position sur l’ajout à votre réseau de personnes que vous n’avez pas rencontrées',
  points: 'Ce que disent ses règles et ses lignes directrices',
  redFlag: (who) => `La règle derrière un signal d’alarme : ${who}`,
  flags: {
    'opposing-party': 'la personne est une partie adverse',
    juror: 'la personne fait partie d’un jury, ou pourrait en faire partie',
    witness: 'la personne est témoin',
    judge: 'la personne est juge ou membre d’un tribunal',
  },
  caution: (title) => `Mise en garde : ${title}`,
  pagesTitle: 'Sa page de référence et ses lignes d’aide en déontologie',
  notVerifiedTitle: 'Ce que nous n’avons pas pu vérifier',
  nothingUnverified: 'Rien de plus que ce qui est marqué V2 ci-dessus.',
  generalRedFlag: (who) => `Un signal d’alarme, ailleurs que dans votre propre ordre : ${who}`,
  court: 'Informer le tribunal',
  judge: 'Au sujet des juges',
  suggestion: 'Notre suggestion (ce n’est pas une règle) :',
  linkedInTitle: 'Ce que dit l’aide de LinkedIn',
  source: 'Source :',
  date: 'Date :',
  level: 'Vérification :',
  noLink: 'nous n’avons vu aucune page officielle',
  seen: (seen) => `Comment nous l’avons vu : ${seen}`,
  checked: (isoDate) => `vérifié le ${longDate(isoDate)}`,
  secondary: 'Connu seulement par une source secondaire : nous n’avons pas vu le libellé officiel.',
  changesTitle: 'Ce qui a changé dans nos conseils, et quand',
  changeLine: (isoDate, text) => `${longDate(isoDate)} : ${text}`,
  approved: (firm, by, on, advice) =>
    `${by} a approuvé cet outil pour ${firm} le ${longDate(on)}, après avoir révisé cette page telle qu’elle était pour nos conseils à jour au ${longDate(advice)}.`,
  changedSince: (count) =>
    count === 1
      ? 'Nos conseils ont changé une fois depuis. Ce changement est indiqué ici, et marqué dans la liste des changements plus bas :'
      : `Nos conseils ont changé ${count} fois depuis. Ces changements sont indiqués ici, et marqués dans la liste des changements plus bas :`,
  upToDate: 'Nos conseils n’ont pas changé depuis.',
  newSince: 'Nouveau depuis la révision de votre cabinet',
};
