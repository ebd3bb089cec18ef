import { OFFICIAL_DOMAINS as ENGLISH } from '../officialLinks';
import type { Translation } from '../translation';

// Whose each domain is, in French: the bodies keep their official names, only our words change.
const WHOSE: Readonly<Record<string, string>> = {
  'sra.org.uk':
    'Solicitors Regulation Authority (organisme de réglementation, Angleterre et pays de Galles)',
  'lawsociety.org.uk': 'The Law Society of England and Wales',
  'barstandardsboard.org.uk': 'Bar Standards Board (organisme de réglementation des barristers)',
  'barcouncil.org.uk':
    'The Bar Council (organisme professionnel des barristers, Angleterre et pays de Galles)',
  'barcouncilethics.co.uk': 'Ethics & Practice Hub du Bar Council',
  'lawscot.org.uk': 'The Law Society of Scotland (organisme de réglementation des solicitors)',
  'advocates.org.uk': 'Faculty of Advocates (le barreau de l’Écosse)',
  'lawsoc-ni.org': 'Law Society of Northern Ireland (organisme de réglementation des solicitors)',
  'cilexregulation.org.uk':
    'CILEx Regulation (organisme de réglementation des chartered legal executives)',
  'cilex.org.uk': 'Chartered Institute of Legal Executives (organisme professionnel)',
  'ipreg.org.uk': 'IPReg (organisme de réglementation des agents de brevets et de marques)',
  'judiciary.uk': 'Courts and Tribunals Judiciary (la magistrature, Angleterre et pays de Galles)',
  'legislation.gov.uk': 'Recueil des lois du Royaume-Uni (The National Archives)',

  'irishstatutebook.ie': 'Irish Statute Book (Office of the Attorney General)',
  'lawsociety.ie': 'Law Society of Ireland',
  'lsra.ie': 'Legal Services Regulatory Authority (organisme de réglementation, Irlande)',

  'legislation.govt.nz': 'New Zealand Legislation (Parliamentary Counsel Office)',
  'lawsociety.org.nz':
    'New Zealand Law Society (organisme de réglementation des avocates et avocats)',
  'courtsofnz.govt.nz': 'Courts of New Zealand (la magistrature)',

  'qls.com.au': 'Queensland Law Society',
  'lawsociety.com.au': 'The Law Society of New South Wales',
  'liv.asn.au': 'Law Institute of Victoria',
  'lsb.vic.gov.au': 'Victorian Legal Services Board + Commissioner (organisme de réglementation)',
  'lpbwa.org.au': 'Legal Practice Board of Western Australia (organisme de réglementation)',
  'lawsocietywa.asn.au': 'Law Society of Western Australia',
  'legislation.wa.gov.au': 'Western Australian Legislation (State Law Publisher)',
  'hcourt.gov.au': 'High Court of Australia',
  'judcom.nsw.gov.au': 'Judicial Commission of New South Wales',

  'flsc.ca': 'Fédération des ordres professionnels de juristes du Canada (qui rédige le Code type)',
  'lawsociety.ab.ca': 'Law Society of Alberta (organisme de réglementation)',
  'lso.ca': 'Law Society of Ontario (organisme de réglementation)',
  'barreau.qc.ca': 'Barreau du Québec (ordre professionnel des avocates et avocats du Québec)',
  'legisquebec.gouv.qc.ca': 'LégisQuébec (le recueil officiel des lois et règlements du Québec)',
  'cjc-ccm.ca': 'Conseil canadien de la magistrature',

  'americanbar.org': 'American Bar Association (qui rédige les Model Rules)',

  'calbar.ca.gov': 'The State Bar of California (organisme de réglementation)',
  'judicialethicsopinions.ca.gov': 'CJEO, comité de la Cour suprême de la Californie',
  'sdcba.org': 'San Diego County Bar Association (qui rédige ses propres avis)',
  'sfbar.org': 'Bar Association of San Francisco (qui rédige ses propres avis)',
  'lacba.org': 'Los Angeles County Bar Association (qui rédige ses propres avis)',
  'nysba.org': 'New York State Bar Association (qui rédige ses propres lignes directrices)',
  'nycbar.org': 'New York City Bar Association (qui rédige ses propres avis)',
  'nycourts.gov': 'New York State Unified Court System',
  'uscourts.gov':
    'Tribunaux fédéraux des États-Unis (les règles locales d’un tribunal de district)',
  'govt.westlaw.com':
    'Codes officiels d’États qu’il héberge (le NYCRR, pour le Department of State de New York)',
  'texasbar.com': 'State Bar of Texas',
  'floridabar.org': 'The Florida Bar (organisme de réglementation)',
  'jud6.org': 'Sixth Judicial Circuit de la Floride (qui publie les avis du JEAC)',
  'iardc.org':
    'ARDC de l’Illinois (organisme de réglementation des avocates et avocats de l’Illinois)',
  'isba.org': 'Illinois State Bar Association (qui rédige ses propres avis)',
  'dcbar.org':
    'District of Columbia Bar (organisme de réglementation, qui rédige aussi ses propres avis)',
  'michbar.org': 'State Bar of Michigan',
  'ncbar.gov': 'North Carolina State Bar (organisme de réglementation)',
  'philadelphiabar.org': 'Philadelphia Bar Association (qui rédige ses propres avis)',
  'mass.gov': 'Commonwealth of Massachusetts (SJC Committee on Judicial Ethics)',

  'linkedin.com': 'Les pages d’aide de LinkedIn',
};

export const OFFICIAL_DOMAINS: Translation<typeof ENGLISH> = ENGLISH.map(({ domain, whose }) => ({
  domain,
  whose: WHOSE[domain] ?? whose,
}));

// The domains do not change with the language: the English list decides what is official.
export { isOfficialUrl } from '../officialLinks';
