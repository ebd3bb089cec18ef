import type { ESCALATION_MESSAGE as English } from '../escalation';
import type { Translation } from '../translation';
import { longDate } from './site';

export const ESCALATION_MESSAGE: Translation<typeof English> = {
  title: 'Un message à leur envoyer',
  email: (label) => `Écrire un courriel à ${label}`,
  emailHint:
    'Ce lien ouvre votre propre logiciel de courriel avec le message ci-dessous déjà rédigé. Rien n’est envoyé tant que vous ne l’envoyez pas vous-même.',
  copy: 'Copier le message',
  copyHint:
    'Envoyez-le aux personnes nommées sous « Qui prévenir maintenant ». Cet outil n’envoie rien.',
  show: 'Voir le message',
  fieldLabel: 'Le message à envoyer',

  // The message itself. `matter` is the answer as the reader chose it («Cette personne est
  // témoin»): inside the subject, its first letter is lowered.
  subject: (matter) =>
    `Invitation LinkedIn à signaler : ${matter.charAt(0).toLowerCase()}${matter.slice(1)}`,
  intro:
    '« Accepter ou non? » indique que cette invitation LinkedIn est à signaler. Je ne l’ai pas acceptée.',
  date: (isoDate) => `Date : ${longDate(isoDate)}`,
  recommendation: (title) => `Recommandation : ${title}.`,
  tellTitle: 'Qui prévenir, selon l’outil :',
  moreTell: 'Le lien indique toutes les personnes à prévenir.',
  answersTitle: 'Mes réponses :',
  moreAnswers: 'Toutes mes réponses sont dans le lien ci-dessous.',
  link: (url) => `La décision, avec toutes mes réponses : ${url}`,
};
