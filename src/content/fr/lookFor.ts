import type { LOOK_FOR as English, LOOK_FOR_ALWAYS as EnglishAlways } from '../lookFor';
import type { Translation } from '../translation';

export const LOOK_FOR_TITLE = 'Ce qu’il faut regarder';

export const LOOK_FOR: Translation<typeof English> = {
  clients: [
    'Cette personne travaille-t-elle pour une entreprise que vous aimeriez compter parmi vos clients, ou qui envoie des dossiers à des cabinets comme le vôtre?',
    'Pourrait-elle vous présenter à des personnes qui achètent le type de services que vous offrez?',
  ],
  media: [
    'Travaille-t-elle à la rédaction ou à la production d’une publication ou d’une émission que suit votre clientèle?',
    'Commente-t-elle publiquement votre domaine de droit?',
  ],
  community: [
    'Fait-elle partie de votre secteur ou d’un secteur voisin?',
    'Partage-t-elle du contenu qui vaut la peine d’être lu, ou l’avez-vous vue dans les mêmes discussions de groupe?',
  ],
  careers: [
    'Est-ce une personne que vous pourriez embaucher, ou une recruteuse ou un recruteur qui connaît votre marché?',
    'Seriez-vous à l’aise qu’elle voie votre propre parcours professionnel?',
  ],
};

export const LOOK_FOR_ALWAYS: Translation<typeof EnglishAlways> = [
  'Le profil semble-t-il réel : une photo crédible, un parcours et des relations vraisemblables?',
  'Avez-vous en commun des relations en qui vous avez confiance?',
];
