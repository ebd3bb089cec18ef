import type { RegulatorId } from '../decision/answers';
import type { Region } from './types';

export interface BodyName {
  /** Who it covers: the radio label. */
  label: string;
  /** The regulator or professional body: the radio hint. */
  regulator: string;
  /** Where it regulates: the body question groups its answers by this. */
  region: Region;
}

/**
 * Who each professional body covers and who regulates it: all the body question needs.
 * Kept apart from the guidance in bodies.ts, which is loaded only when it is shown.
 */
export const BODY_NAMES: Record<RegulatorId, BodyName> = {
  sra: {
    label: 'Solicitors, England & Wales',
    regulator: 'Solicitors Regulation Authority (SRA) and the Law Society of England and Wales',
    region: 'uk',
  },
  bsb: {
    label: 'Barristers, England & Wales',
    regulator: 'Bar Standards Board (BSB) and the Bar Council',
    region: 'uk',
  },
  lss: {
    label: 'Solicitors, Scotland',
    regulator: 'Law Society of Scotland',
    region: 'uk',
  },
  lsi: {
    label: 'Solicitors, Ireland',
    regulator: 'Law Society of Ireland and the Legal Services Regulatory Authority (LSRA)',
    region: 'ireland',
  },
  nzls: {
    label: 'Lawyers, New Zealand',
    regulator: 'New Zealand Law Society',
    region: 'new-zealand',
  },
  'au-solicitors': {
    label: 'Solicitors, Australia',
    regulator: 'Your state or territory law society (Australian Solicitors’ Conduct Rules)',
    region: 'australia',
  },
  aba: {
    label: 'Lawyers, another US state',
    regulator: 'American Bar Association (model rules) and your state bar',
    region: 'us',
  },
  'ca-flsc': {
    label: 'Lawyers, Canada (outside Québec)',
    regulator: 'Federation of Law Societies of Canada (Model Code) and your provincial law society',
    region: 'canada',
  },
};
