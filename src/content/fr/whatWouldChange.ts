import { orList } from '../lists';
import type { Translation } from '../translation';
import type { WHAT_WOULD_CHANGE as English } from '../whatWouldChange';

/** « A », « B » ou « C » */
const quotedOr = (items: string[]): string => orList(items.map((i) => `« ${i} »`));

/** A name or a recommendation inside a sentence: its first letter lowered. */
const inSentence = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

const CHANGE_THIS = 'Modifier cette réponse';

export const WHAT_WOULD_CHANGE: Translation<typeof English> = {
  title: 'Qu’est-ce qui changerait cette recommandation?',
  hint: 'Changée seule, vos autres réponses restant les mêmes, chacune de ces réponses mènerait à une autre recommandation, ou à une question qui ne vous a pas encore été posée.',
  none: 'Aucune réponse, changée seule, ne mènerait à une autre recommandation.',
  show: (n) =>
    n === 1
      ? 'Afficher la réponse qui la changerait'
      : `Afficher les ${n} réponses qui la changeraient`,
  whatIf: (question, answers, outcome) =>
    `Si la réponse à « ${question} » était ${quotedOr(answers)} : ${inSentence(outcome)}.`,
  whatIfAsks: (question, answers, next) =>
    `Si la réponse à « ${question} » était ${quotedOr(answers)}, on vous demanderait « ${next} » avant de pouvoir recommander quoi que ce soit.`,
  changeThis: CHANGE_THIS,
  changeThisLabel: (question, answers) =>
    `${CHANGE_THIS} : ${inSentence(question)}, pour ${quotedOr(answers)}`,
};
