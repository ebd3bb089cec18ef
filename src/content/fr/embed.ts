import type { EMBED_UI as EnglishUi, FRAME_TITLE as EnglishTitle } from '../embed';
import type { Translation } from '../translation';
import { SITE } from './site';

export const FRAME_TITLE: Translation<typeof EnglishTitle> =
  'Accepter ou non? Guide des invitations LinkedIn';

export const EMBED_UI: Translation<typeof EnglishUi> = {
  toolName: SITE.name,
  // A firm's name after «du cabinet» needs no elision («de Osler» would).
  firmLine: (firm) => `Conseils pour les membres du cabinet ${firm}`,
  contactEmail: (address) => `Des questions? Écrivez à ${address}`,
  // The site's host is always shown: a firm's name alone could front any site.
  contactWeb: (host, firm) =>
    firm
      ? `Des questions? Posez-les à ${firm}, sur ${host}`
      : `Des questions? Posez-les sur ${host}`,
  openFullPage: 'Ouvrir en pleine page',
  newTab: ' (s’ouvre dans un nouvel onglet)',
  credit: SITE.credit,
  disclaimer: SITE.disclaimer,
};
