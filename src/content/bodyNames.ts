import type { RegulatorId } from '../decision/steps';

/**
 * Who each professional body covers and who regulates it: all the body question needs.
 * Kept apart from the guidance in bodies.ts, which is loaded only when it is shown.
 */
export const BODY_NAMES: Record<RegulatorId, { label: string; regulator: string }> = {
  sra: {
    label: 'Solicitors, England & Wales',
    regulator: 'Solicitors Regulation Authority (SRA) and the Law Society of England and Wales',
  },
  bsb: {
    label: 'Barristers, England & Wales',
    regulator: 'Bar Standards Board (BSB) and the Bar Council',
  },
  lss: {
    label: 'Solicitors, Scotland',
    regulator: 'Law Society of Scotland',
  },
  lsi: {
    label: 'Solicitors, Ireland',
    regulator: 'Law Society of Ireland and the Legal Services Regulatory Authority (LSRA)',
  },
  nzls: {
    label: 'Lawyers, New Zealand',
    regulator: 'New Zealand Law Society',
  },
  'au-solicitors': {
    label: 'Solicitors, Australia',
    regulator: 'Your state or territory law society (Australian Solicitors’ Conduct Rules)',
  },
  aba: {
    label: 'Lawyers, United States',
    regulator: 'American Bar Association (model rules) and your state bar',
  },
  'ca-flsc': {
    label: 'Lawyers, Canada',
    regulator: 'Federation of Law Societies of Canada (Model Code) and your provincial law society',
  },
};
