import type { FORM as English } from '../form';
import type { Translation } from '../translation';

export const FORM: Translation<typeof English> = {
  errorPrefix: 'Erreur :',
};
