import type { ABOUT_ADVICE as English } from '../advice';
import type { Translation } from '../translation';
import { longDate } from './site';

export const ABOUT_ADVICE: Translation<typeof English> = {
  title: 'À propos de ces conseils',
  asOf: (isoDate) => `Nos conseils sont à jour au ${longDate(isoDate)}.`,
  sources: 'Nos sources, avec leurs dates et la façon dont nous les avons vérifiées',
};
