/**
 * The firm file's words in French (src/content/firm.ts). Field names stay as the file spells
 * them: the people who fix a file read these messages with the file open.
 */
import type {
  FIRM_APPROVAL as EnglishApproval,
  FIRM_PROBLEMS as EnglishProblems,
  FIRM_SECTION as EnglishSection,
} from '../firm';
import type { Translation } from '../translation';
import { LOAD_PROBLEMS } from './firmNotice';
import { longDate } from './site';

export { FIRM_NOTICE } from './firmNotice';

// Each reason reads after the field's place ("Fichier du cabinet, points, numéro 3, text :")
// and after the file's alone ("Fichier du cabinet :"), so none names the field's gender.
export const FIRM_PROBLEMS: Translation<typeof EnglishProblems> = {
  problem: (where, what) =>
    where ? `Fichier du cabinet, ${where} : ${what}.` : `Fichier du cabinet : ${what}.`,
  item: (n) => `numéro ${n}`,
  missing: 'ce champ manque',
  notObject: 'il faut un objet de paramètres, écrit { … }',
  notList: 'il faut une liste, écrite [ … ]',
  notText: 'il faut du texte entre guillemets',
  notNumber: 'il faut un nombre',
  wrongType: 'ce n’est pas le bon type de valeur',
  version: 'la valeur doit être 1',
  empty: 'la valeur est vide',
  emptyList: 'la liste est vide : omettez plutôt ce champ',
  tooLong: (max) => `le texte dépasse ${max} caractères`,
  tooMany: (max) => `la liste a plus de ${max} éléments`,
  oneOf: (values) => `la valeur doit être l’une de celles-ci : ${values.join(', ')}`,
  unknownId: 'cet identifiant est inconnu de l’outil (voir firm.schema.json)',
  unknownField: (name) => `« ${name} » n’est pas un champ que l’outil connaît`,
  blank: 'le texte ne contient aucun mot',
  plain:
    'le texte contient un saut de ligne, une tabulation, un caractère invisible ou non attribué (comme une espace de largeur nulle ou un caractère de remplissage vide), ou plus de deux signes empilés sur une même lettre',
  id: 'il faut de 1 à 20 lettres minuscules, chiffres ou traits d’union, comme gestion-risques',
  date: 'il faut une vraie date écrite AAAA-MM-JJ, comme 2026-12-01, qui ne soit pas dans le futur',
  link: 'il faut une adresse Web commençant par https:// ou une adresse courriel commençant par mailto:',
  https: 'il faut une adresse Web commençant par https://',
  mailtoQuery:
    'un lien mailto: doit être une simple adresse courriel, sans partie ? (ni cc, ni bcc, ni subject, ni body)',
  duplicateId: 'un autre contact a déjà cet identifiant',
  noContact: 'aucun contact de la liste contacts n’a cet identifiant',
  repeated: 'le même identifiant y figure plus d’une fois',
  unreadable: 'impossible de le lire',
  ...LOAD_PROBLEMS,
};

export const FIRM_SECTION: Translation<typeof EnglishSection> = {
  title: (firm) => `${firm} : la politique de votre cabinet`,
  intro:
    'Votre cabinet vous demande ceci. C’est sa propre politique : ni les règles de votre ordre professionnel ni notre suggestion.',
  revised: (isoDate) => `Revue par votre cabinet le ${longDate(isoDate)}.`,
  contact: 'Contact :',
  first: 'Avant toute chose :',
  firstStep: (firm) => `Selon la politique de votre cabinet (${firm}), avant toute chose :`,
  policy: 'Lisez la politique de votre cabinet sur les médias sociaux',
  newTab: '(s’ouvre dans un nouvel onglet)',
  recordTitle: (firm, isoDate) =>
    `${firm} : la politique de votre cabinet (revue par votre cabinet le ${longDate(isoDate)})`,
  recordContact: (label, where) => `Contact : ${label}, ${where}`,
  recordPolicy: (url) => `La politique de votre cabinet sur les médias sociaux : ${url}`,
  escalate: 'Prévenez dès maintenant la personne désignée par votre cabinet :',
};

export const FIRM_APPROVAL: Translation<typeof EnglishApproval> = {
  approved: (firm, by, on, advice) =>
    `${by} a approuvé cet outil pour ${firm} le ${longDate(on)}, après avoir revu ses conseils dans leur version du ${longDate(advice)}.`,
  changedTitle: (by) => `Nos conseils ont changé depuis que ${by} les a revus`,
  changed:
    'Ces changements sont postérieurs à la révision de votre cabinet, qui ne les a pas encore approuvés :',
  changeLine: (date, text) => `${longDate(date)} : ${text}`,
  recordApproved: (by, on, advice) =>
    `Approuvé pour votre cabinet par ${by} le ${longDate(on)} (conseils dans leur version du ${longDate(advice)}).`,
  recordChanged: (advice) =>
    `Nos conseils ont changé depuis la version approuvée par votre cabinet (celle du ${longDate(advice)}).`,
};
