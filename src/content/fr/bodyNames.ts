import type { BODY_NAMES as EnglishNames, REGION_NAMES as EnglishRegions } from '../bodyNames';
import type { Translation } from '../translation';

export const REGION_NAMES: Translation<typeof EnglishRegions> = {
  uk: 'Royaume-Uni',
  ireland: 'Irlande',
  us: 'États-Unis',
  canada: 'Canada',
  australia: 'Australie',
  'new-zealand': 'Nouvelle-Zélande',
};

// Regulators keep their official names; only the words around them are French.
const name = (label: string, regulator: string) => ({ label, regulator });

export const BODY_NAMES: typeof EnglishNames = {
  sra: name(
    'Solicitors, Angleterre et pays de Galles',
    'Solicitors Regulation Authority (SRA) et la Law Society of England and Wales',
  ),
  bsb: name(
    'Barristers, Angleterre et pays de Galles',
    'Bar Standards Board (BSB) et le Bar Council',
  ),
  lss: name('Solicitors, Écosse', 'Law Society of Scotland'),
  lsi: name(
    'Solicitors, Irlande',
    'Law Society of Ireland et la Legal Services Regulatory Authority (LSRA)',
  ),
  nzls: name('Avocates et avocats, Nouvelle-Zélande', 'New Zealand Law Society'),
  'au-solicitors': name(
    'Solicitors, Australie',
    'La law society de votre État ou territoire (Australian Solicitors’ Conduct Rules)',
  ),
  aba: name(
    'Avocates et avocats, autre État américain',
    'American Bar Association (règles types) et le barreau de votre État',
  ),
  'ca-flsc': name(
    'Avocates et avocats, Canada (hors Québec)',
    'Fédération des ordres professionnels de juristes du Canada (Code type) et votre ordre provincial',
  ),
  'us-ca': name('Avocates et avocats, Californie', 'State Bar of California'),
  'us-ny': name(
    'Avocates et avocats, New York',
    'Tribunaux de l’État de New York (Rules of Professional Conduct) et la New York State Bar Association',
  ),
  'us-tx': name(
    'Avocates et avocats, Texas',
    'State Bar of Texas (Texas Disciplinary Rules of Professional Conduct)',
  ),
  'us-fl': name(
    'Avocates et avocats, Floride',
    'The Florida Bar (Rules Regulating The Florida Bar)',
  ),
  'us-il': name(
    'Avocates et avocats, Illinois',
    'Attorney Registration and Disciplinary Commission (ARDC) et l’Illinois State Bar Association',
  ),
  'barreau-qc': name('Avocates et avocats, Québec', 'Barreau du Québec'),
  lsni: name('Solicitors, Irlande du Nord', 'Law Society of Northern Ireland'),
  'faculty-advocates': name('Advocates, Écosse', 'Faculty of Advocates'),
  cilex: name('Chartered legal executives, Angleterre et pays de Galles', 'CILEx Regulation'),
  ipreg: name(
    'Agents de brevets et de marques, Royaume-Uni',
    'Intellectual Property Regulation Board (IPReg)',
  ),
};
