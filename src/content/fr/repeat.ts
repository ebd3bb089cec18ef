import type { REPEAT as English } from '../repeat';
import type { Translation } from '../translation';

// `change` and `forget` are followed, for screen readers only, by `changeWhat` and
// `forgetWhat`: each pair reads as one phrase.
export const REPEAT: Translation<typeof English> = {
  aboutYou: 'À propos de vous',
  change: 'Modifier',
  changeWhat: 'ce que vous nous avez dit sur vous',
  rememberedHere: 'Cet appareil retient ces réponses.',
  forget: 'Oublier',
  forgetWhat: 'ce que cet appareil retient sur vous',
  forgotten: 'C’est oublié : cet appareil ne retient plus rien sur vous.',
  forgetFailed:
    'Votre navigateur ne nous a pas permis de vider son stockage. Pour tout oublier, effacez les données de ce site.',
  nextTitle: 'Une autre invitation?',
  nextHint:
    'Vous commencez aux questions sur la personne, et seules vos réponses à votre sujet sont gardées.',
  next: 'Invitation suivante',
  remember: 'Retenir mes réponses à mon sujet sur cet appareil',
  rememberHint:
    'Seulement vos réponses à votre sujet, jamais rien sur les personnes qui vous invitent.',
  rememberedNow:
    'C’est retenu. La prochaine fois, vous irez directement aux questions sur la personne.',
  rememberFailed:
    'Votre navigateur ne nous a pas permis de retenir ces réponses : son stockage est bloqué ou plein. Tout le reste fonctionne comme avant.',
};
