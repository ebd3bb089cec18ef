import type { RegulatorId } from '../decision/steps';
import type { Region } from './types';

/**
 * Where each professional body regulates: the body question groups its answers by this. No
 * words, so every language reads the same file.
 */
export const BODY_REGIONS: Record<RegulatorId, Region> = {
  sra: 'uk',
  bsb: 'uk',
  lss: 'uk',
  lsi: 'ireland',
  nzls: 'new-zealand',
  'au-solicitors': 'australia',
  aba: 'us',
  'ca-flsc': 'canada',
  'us-ca': 'us',
  'us-ny': 'us',
  'us-tx': 'us',
  'us-fl': 'us',
  'us-il': 'us',
  'barreau-qc': 'canada',
  lsni: 'uk',
  'faculty-advocates': 'uk',
  cilex: 'uk',
  ipreg: 'uk',
};
