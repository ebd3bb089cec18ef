import type { GuidanceChange } from '../changes';
import {
  changesAfter as englishAfter,
  changesSince as englishSince,
  GUIDANCE_CHANGES as ENGLISH,
} from '../changeList';
import type { Translation } from '../translation';

/** What each change in ../changeList.ts says, in the same order (the dates are the English list's). */
const TEXTS: readonly string[] = [
  'Les règles et les lignes directrices sont maintenant citées d’après les pages officielles des organismes de réglementation; les points que nous connaissons seulement par des sources secondaires sont marqués comme tels.',
  'Une personne liée à un dossier (une partie, une personne du jury, un ou une témoin, ou un ou une juge) est maintenant un signal d’alarme à signaler à la personne responsable, avec la règle qui s’y rattache.',
  'Dix autres ordres professionnels ont été ajoutés, chacun avec ses propres lignes directrices et mises en garde.',
  'La question sur un dossier est maintenant posée à tout le monde, y compris aux personnes qui se connectent seulement avec des gens qu’elles connaissent.',
  'Si vous ne savez pas ce que disent vos règles, l’outil passe maintenant à l’invitation et au profil, et dit ce que nous recommanderions une fois que vos règles le permettent.',
  'Un signal d’alarme dit maintenant de garder d’abord une copie de l’invitation, puis d’en informer quelqu’un tout de suite (pour une personne du jury, avant la prochaine séance du tribunal), et seulement ensuite de l’ignorer; de ne pas ouvrir le profil de la personne; et ce que disent les règles de votre propre territoire, celles des autres territoires étant repliées à part.',
  'Quand nous n’avons pas examiné les règles de votre ordre sur un signal d’alarme, nous le disons maintenant, au lieu de dire que nous n’en avons trouvé aucune; l’obligation d’informer le tribunal n’est mentionnée que si elle est vérifiée pour votre ordre.',
  'Les règles australiennes sont citées telles que modifiées (à partir du 1er avril 2022; au Queensland, à partir du 27 septembre 2024); chaque ligne d’aide que nous connaissons est affichée; les pages d’aide de LinkedIn sont citées avec leurs dates (2015–2016).',
];

export const GUIDANCE_CHANGES: Translation<typeof ENGLISH> = ENGLISH.map((c, i) => ({
  date: c.date,
  text: TEXTS[i] ?? c.text,
}));

/** The same changes as the English functions pick, in French: one rule for which, in English. */
const inFrench = (changes: readonly GuidanceChange[]): GuidanceChange[] =>
  changes.map((c) => GUIDANCE_CHANGES[ENGLISH.indexOf(c)] ?? c);

export const changesAfter: Translation<typeof englishAfter> = (advice) =>
  inFrench(englishAfter(advice));

export const changesSince: Translation<typeof englishSince> = (made) =>
  inFrench(englishSince(made));
