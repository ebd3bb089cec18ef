import type { PAGE_HEAD as English } from '../page';
import type { Translation } from '../translation';

export const PAGE_HEAD: Translation<typeof English> = {
  index: {
    title: 'Accepter ou non? Guide des invitations LinkedIn pour les professionnels',
    description:
      'Une personne que vous ne connaissez pas vous invite à vous connecter sur LinkedIn. Répondez à quelques questions : vous obtenez une recommandation claire, ses raisons et la marche à suivre.',
  },
  embed: { title: 'Accepter ou non? Guide des invitations LinkedIn' },
};
