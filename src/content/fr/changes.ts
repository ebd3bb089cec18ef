import type { RECORD as EnglishRecord, RECORD_TEXT as EnglishRecordText } from '../changes';
import { longDate } from './site';
import type { Translation } from '../translation';

export { ADVICE_AS_OF } from '../changes';

export const RECORD: Translation<typeof EnglishRecord> = {
  shared: (made) =>
    made
      ? `Cette décision vous a été transmise par un lien. Selon ce lien, elle a été prise le ${longDate(made)}, avec les réponses affichées ici.`
      : 'Cette décision vous a été transmise par un lien, avec les réponses affichées ici.',
  wasTitle: 'Selon ce lien, la recommandation était différente',
  was: (oldTitle, made) =>
    `${made ? `Selon ce lien, le ${longDate(made)}, les mêmes réponses menaient à` : 'Selon ce lien, les mêmes réponses menaient à'} « ${oldTitle} ». Si c’est le cas, nos conseils ont changé depuis : la recommandation ci-dessous est celle d’aujourd’hui.`,
  changesTitle: 'Ce qui a changé dans nos conseils',
  noChanges: 'Nous n’avons aucun changement daté après ce jour-là.',
  changeLine: (date, text) => `${longDate(date)} : ${text}`,
};

export const RECORD_TEXT: Translation<typeof EnglishRecordText> = {
  madeOn: (date) => `Décision prise le ${longDate(date)}.`,
  source: (source, date, url) => `${source}, ${date}${url ? ` : ${url}` : ''}`,
};
