// To be translated (fr-bodies): the English points, copied so other French modules can import them.
import type { SourcedPoint } from '../../types';

/**
 * Rules cited both as a body's own (in its jurisdiction's file) and, for every other reader,
 * under "What the rules say elsewhere" (src/content/redFlags.ts): one definition each, so the
 * outcome can leave out of "elsewhere" what it already shows as the reader's own. Each is a
 * line of rules.md (section 1.12 and RF1–RF4) marked V or V2, as dated there.
 */

// The ABA's model rules and opinions: a US state's readers see them beside their own state's.

export const ABA_4_2: SourcedPoint = {
  text: 'You must not discuss a matter with someone you know has a lawyer in it without that lawyer’s consent, even if they contact you first, and not through someone else either.',
  source:
    'ABA Model Rules of Professional Conduct, r 4.2 and comment [3], as shown on the ABA’s Ethics 2000 Commission page (current text not re-checked)',
  date: '2002',
  url: 'https://www.americanbar.org/groups/professional_responsibility/policy/ethics_2000_commission/e2k_rule42/',
  status: 'V',
};

export const ABA_4_3: SourcedPoint = {
  text: 'With someone who has no lawyer, you must not imply you are neutral, and must not advise them (other than to get a lawyer) if their interests may conflict with your client’s.',
  source:
    'ABA Model Rules of Professional Conduct, r 4.3 (2004 text, seen in a verbatim copy; current text not re-checked)',
  date: '2004',
  status: 'V',
};

export const ABA_3_5: SourcedPoint = {
  text: 'No improper influence on a judge or juror, and no private (ex parte) communication with them during the proceeding.',
  source: 'ABA Model Rules of Professional Conduct, r 3.5 (as reported by a secondary source)',
  date: 'undated',
  status: 'V2',
};

const ABA_466_URL =
  'https://www.americanbar.org/news/abanews/aba-news-archives/2014/04/aba_issues_guidance.html';

export const ABA_466: SourcedPoint = {
  text: 'Looking at a juror’s public profile is allowed, but asking a juror or possible juror to connect, yourself or through someone else, is a forbidden private communication.',
  source: 'ABA Formal Opinion 466',
  date: '24 Apr 2014',
  url: ABA_466_URL,
  status: 'V',
};

export const ABA_466_NOTICE: SourcedPoint = {
  text: 'The ABA’s view: a notice the network itself sends, telling a juror who viewed their profile, is not a communication by the lawyer.',
  source: 'ABA Formal Opinion 466 (this point as reported by secondary sources)',
  date: '24 Apr 2014',
  url: ABA_466_URL,
  status: 'V2',
};

export const ABA_3_3_B: SourcedPoint = {
  text: 'A lawyer who knows of criminal or fraudulent conduct related to a proceeding, a juror’s included, must take reasonable remedial measures, including telling the court if necessary.',
  source: 'ABA Model Rules of Professional Conduct, r 3.3(b), as ABA Formal Opinion 466 applies it',
  date: '24 Apr 2014',
  status: 'V2',
};

// New York.

const NYC_2012_2_URL =
  'https://www.nycbar.org/ethics/ethics-opinions-local/2012opinions/1479-formal-opinion-2012-02';

export const NYC_2012_2_NOTICE: SourcedPoint = {
  text: 'The New York City Bar’s view: a notice telling a juror that a lawyer viewed their profile is a prohibited communication if the lawyer knew the research would trigger it, and even an unknowing one may breach the rules.',
  source: 'New York City Bar, Formal Opinion 2012-2',
  date: '4 Jun 2012',
  url: NYC_2012_2_URL,
  status: 'V',
};

export const NY_3_5_D: SourcedPoint = {
  text: 'A lawyer who learns of juror misconduct, including through social-media research, must reveal it to the court.',
  source:
    'New York Rules of Professional Conduct, r 3.5(d), as cited in NYC Bar Formal Opinion 2012-2 and NYCLA Formal Opinion 743 (the rule’s own wording not seen)',
  date: '4 Jun 2012 and 18 May 2011',
  url: NYC_2012_2_URL,
  status: 'V2',
};

// Illinois: a federal court's own rule, not the state's conduct rules.

export const ND_ILL_LR_83_53_5_G: SourcedPoint = {
  text: 'In the federal Northern District of Illinois, a lawyer must promptly reveal to the court what they know of improper conduct by a juror or prospective juror, or by others toward them.',
  source:
    'US District Court for the Northern District of Illinois, Local Rule 83.53.5(g) (whether still current: check)',
  date: 'undated',
  url: 'https://www.ilnd.uscourts.gov/_assets/_documents/_forms/_legal/NewRules/New00122.htm',
  status: 'V',
};

// England and Wales.

export const EW_JURY_PROTOCOL: SourcedPoint = {
  text: 'Any irregularity involving the jury, such as contact between a juror and a party, should be raised with the trial judge, in the jury’s absence, as soon as it is known.',
  source:
    'Jury Irregularities in the Crown Court: a Protocol issued by the President of the Queen’s Bench Division (from an unofficial copy; whether still current: check)',
  date: 'undated',
  status: 'V2',
};

export const EW_JURIES_ACT_20A: SourcedPoint = {
  text: 'It is an offence for a juror, during the trial, to research the case, including anyone involved in it such as the lawyers.',
  source:
    'Juries Act 1974, s 20A (inserted by the Criminal Justice and Courts Act 2015, s 71), as enacted',
  date: '2015',
  status: 'V',
};

// New Zealand and Australia.

export const NZ_CONTEMPT_S15: SourcedPoint = {
  text: 'Complaints about juror misconduct may go to the trial judge, and anyone who believes it may have happened may refer it to the Solicitor-General, the Police, the prosecutor or the defence lawyer.',
  source: 'Contempt of Court Act 2019 (NZ), s 15 (from an unofficial copy of the text)',
  date: '2019',
  url: 'https://www.legislation.govt.nz/act/public/2019/0044/latest/whole.html',
  status: 'V2',
};

export const NSW_JURY_ACT_68A: SourcedPoint = {
  text: 'In New South Wales it is an offence to solicit information from a juror or former juror about the jury’s deliberations, or to harass them for it.',
  source: 'Jury Act 1977 (NSW), s 68A',
  date: '1977 (as amended)',
  status: 'V',
};

export const ASCR_DATE =
  'amended version in force from 1 Apr 2022 in NSW, Vic and SA, from 1 Jul 2022 in WA; in Qld from 27 Sep 2024';

export const ASCR_R33: SourcedPoint = {
  text: 'When acting for a client, you must not communicate about the matter with someone you know has another lawyer, except with that lawyer’s prior consent, in an urgent case, to ask who represents them, or after notice goes unanswered.',
  source:
    'Australian Solicitors’ Conduct Rules, r 33.1 (current wording; seen in the Queensland text, the Uniform Law wording as quoted by LSJ)',
  date: ASCR_DATE,
  url: 'https://qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-persons/Communication-with-another-solicitor-s-client',
  status: 'V',
};

export const QLS_R33_CONTACTED: SourcedPoint = {
  text: 'If another solicitor’s client contacts you, tell them you can’t speak with them and can deal only through their own solicitor, end the contact, and tell their lawyer.',
  source:
    'Queensland Law Society commentary on r 33 (Communication with another solicitor’s client)',
  date: 'updated Oct to Nov 2024',
  url: 'https://qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-persons/Communication-with-another-solicitor-s-client',
  status: 'V',
};

export const ASCR_R22_5: SourcedPoint = {
  text: 'You must not communicate with the court about the substance of current proceedings while your opponent is absent, apart from narrow exceptions.',
  source: 'Australian Solicitors’ Conduct Rules, r 22.5 (unchanged by the amendments)',
  date: ASCR_DATE,
  url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Advocacy-and-litigation/Communication-with-opponents',
  status: 'V',
};

export const CHARISTEAS: SourcedPoint = {
  text: 'The High Court heard an appeal on apprehended bias where the trial judge and one side’s counsel had private contact during the case that was not disclosed.',
  source: 'High Court of Australia, Charisteas v Charisteas (case P6/2021)',
  date: '2021',
  url: 'https://www.hcourt.gov.au/cases/case_p6-2021',
  status: 'V',
};

export const NZ_R10_2: SourcedPoint = {
  text: 'You must not communicate directly with a party you know has a lawyer acting for them.',
  source:
    'Lawyers and Conveyancers Act (Lawyers: Conduct and Client Care) Rules 2008, r 10.2 (number confirmed through a Legal Complaints Review Officer decision)',
  date: '2008',
  url: 'https://www.legislation.govt.nz/regulation/public/2008/0214/latest/whole.html',
  status: 'V2',
};

// Scotland and Canada.

export const LSS_B1_14: SourcedPoint = {
  text: 'You may deal with someone you know or believe to be another solicitor’s client only in listed cases, such as when that solicitor agrees or has stopped acting.',
  source: 'Law Society of Scotland Practice Rules 2011, rule B1.14.2',
  date: '2011',
  url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/rules/b1-14-relations-between-regulated-persons/',
  status: 'V',
};

export const ALBERTA_7_2_8: SourcedPoint = {
  text: 'If a person has a lawyer in a matter, do not approach or deal with them about it except through, or with the consent of, their lawyer.',
  source: 'Law Society of Alberta Code of Conduct, r 7.2-8',
  date: 'undated',
  url: 'https://learningcentre.lawsociety.ab.ca/mod/page/view.php?forceview=1&id=331',
  status: 'V2',
};
