import type { RegulatorId } from '../decision/steps';
import type { Region } from './types';

/** The body question's group headings, in the order they are shown. */
export const REGION_NAMES: Record<Region, string> = {
  uk: 'United Kingdom',
  ireland: 'Ireland',
  us: 'United States',
  canada: 'Canada',
  australia: 'Australia',
  'new-zealand': 'New Zealand',
};

export interface BodyName {
  /** Who it covers: the radio label. */
  label: string;
  /** The regulator or professional body: the radio hint. */
  regulator: string;
}

/**
 * Who each professional body covers and who regulates it: all the body question needs.
 * Kept apart from the guidance in bodies.ts, which is loaded only when it is shown.
 */
export const BODY_NAMES: Record<RegulatorId, BodyName> = {
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
    label: 'Lawyers, another US state',
    regulator: 'American Bar Association (model rules) and your state bar',
  },
  'ca-flsc': {
    label: 'Lawyers, Canada (outside Québec)',
    regulator: 'Federation of Law Societies of Canada (Model Code) and your provincial law society',
  },
  // Added 2026-12-06 (shared/research/rules-more-bodies.md).
  'us-ca': {
    label: 'Lawyers, California',
    regulator: 'State Bar of California',
  },
  'us-ny': {
    label: 'Lawyers, New York',
    regulator:
      'New York courts (Rules of Professional Conduct) and the New York State Bar Association',
  },
  'us-tx': {
    label: 'Lawyers, Texas',
    regulator: 'State Bar of Texas (Texas Disciplinary Rules of Professional Conduct)',
  },
  'us-fl': {
    label: 'Lawyers, Florida',
    regulator: 'The Florida Bar (Rules Regulating The Florida Bar)',
  },
  'us-il': {
    label: 'Lawyers, Illinois',
    regulator:
      'Attorney Registration and Disciplinary Commission (ARDC) and the Illinois State Bar Association',
  },
  'barreau-qc': {
    label: 'Lawyers, Québec',
    regulator: 'Barreau du Québec',
  },
  lsni: {
    label: 'Solicitors, Northern Ireland',
    regulator: 'Law Society of Northern Ireland',
  },
  'faculty-advocates': {
    label: 'Advocates, Scotland',
    regulator: 'Faculty of Advocates',
  },
  cilex: {
    label: 'Chartered legal executives, England & Wales',
    regulator: 'CILEx Regulation',
  },
  ipreg: {
    label: 'Patent and trade mark attorneys, UK',
    regulator: 'Intellectual Property Regulation Board (IPReg)',
  },
};
