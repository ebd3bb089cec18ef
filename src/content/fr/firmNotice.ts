import type { FIRM_NOTICE as EnglishNotice, LOAD_PROBLEMS as EnglishLoad } from '../firmNotice';
import type { Translation } from '../translation';

export const LOAD_PROBLEMS: Translation<typeof EnglishLoad> = {
  notJson:
    'Le fichier du cabinet n’est pas du JSON valide : cherchez une virgule, un guillemet ou un crochet manquant.',
  tooBig: (kb) => `Le fichier du cabinet dépasse ${kb} Ko.`,
  notFound: (path) => `Le fichier du cabinet ${path} est introuvable.`,
  httpError: (path, status) =>
    `Le fichier du cabinet ${path} n’a pas pu être chargé (le serveur a répondu ${status}).`,
  network: (path) => `Le fichier du cabinet ${path} n’a pas pu être chargé (erreur de réseau).`,
  badSettingsName:
    'Les paramètres de cabinet nommés dans l’adresse de la page (pack=…) n’ont pas un nom valide : utilisez de 1 à 40 lettres minuscules, chiffres ou traits d’union.',
  loadUnreadable: 'Le fichier du cabinet n’a pas pu être lu.',
};

export const FIRM_NOTICE: Translation<typeof EnglishNotice> = {
  title: 'Les paramètres de votre cabinet ne sont pas utilisés',
  after:
    'L’outil fonctionne comme d’habitude sans eux. Veuillez prévenir la personne qui s’occupe de cette page sur votre intranet.',
};
