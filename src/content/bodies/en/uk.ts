import { BODY_NAMES } from '../../bodyNames';
import type { BodiesOf, CourtDuty, SourcedPoint } from '../../types';
import { EW_JURIES_ACT_20A, EW_JURY_PROTOCOL } from './shared';

/** Official pages used more than once below. */
const PAGE = {
  lsniRegulations: 'https://www.lawsoc-ni.org/regulations-standards',
  cilexSocialMedia: 'https://cilexregulation.org.uk/entity/social-media-and-other-communications',
  cilexCode: 'https://www.cilexregulation.org.uk/conduct-and-complaints/code-of-conduct',
  cilexCodeApplies: 'https://cilexregulation.org.uk/code-of-conduct/',
  cilexOtherCodes:
    'https://www.cilex.org.uk/membership/practice_advice/business_structures/bound_by_other_codes/',
  ipregFramework:
    'https://ipreg.org.uk/pro/ipregs-regulatory-arrangements/core-regulatory-framework',
} as const;

const SRA_PRINCIPLES_URL = 'https://www.sra.org.uk/solicitors/standards-regulations/principles';

/** England and Wales: no conduct rule on a juror's contact was found, so "consider" (1.12). */
const EW_COURT: CourtDuty = { must: false, sources: [EW_JURY_PROTOCOL, EW_JURIES_ACT_20A] };

const SRA_EVIDENCE: SourcedPoint = {
  text: 'Do not try to influence the substance of evidence, for example by persuading a witness to change it, and offer a witness no benefit that depends on their evidence or the outcome.',
  source:
    'SRA Code of Conduct for Solicitors, RELs, RFLs and RSLs, section 2 (Dispute resolution and proceedings before courts, tribunals and inquiries)',
  date: '2019',
  url: 'https://rules.sra.org.uk/solicitors/standards-regulations/standards-regulations-search?page=9&resultsPerPage=10',
  status: 'V',
};

const BSB_RC9_4: SourcedPoint = {
  text: 'You must not rehearse, practise with or coach a witness about their evidence.',
  source: 'BSB Handbook, rC9.4 (as quoted in Counsel magazine)',
  date: 'Bar Council guidance last reviewed Aug 2017',
  status: 'V2',
};

export const UK: BodiesOf<'sra' | 'bsb' | 'cilex' | 'ipreg' | 'lsni'> = {
  sra: {
    id: 'sra',
    ...BODY_NAMES['sra'],
    points: [
      {
        text: 'You must uphold public trust in the profession (Principle 2), act with independence (3) and act with integrity (5). The SRA’s case study on Principle 2 covers conduct outside practice as well as within it.',
        source: 'SRA Principles 2019',
        date: 'in effect from 25 Nov 2019',
        url: SRA_PRINCIPLES_URL,
        status: 'V',
      },
      {
        text: 'You must keep the affairs of current and former clients confidential, unless the law requires or allows disclosure or the client agrees.',
        source: 'SRA Code of Conduct for Solicitors, RELs and RFLs, para 6.3',
        date: '2019',
        status: 'V2',
      },
      {
        text: 'The Law Society’s practice note (not binding) warned that being visibly connected to a client on LinkedIn can itself show that they are your client.',
        source: 'Law Society practice note: Social media (first edition; new edition 15 Oct 2024)',
        date: '20 Dec 2011',
        url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
        status: 'V2',
      },
      {
        text: 'The SRA has warned firms against unsolicited approaches to members of the public that break its rules, such as cold calling and door knocking.',
        source: 'SRA warning notice: Marketing your services to members of the public',
        date: '19 Dec 2024',
        url: 'https://sra.org.uk/solicitors/guidance/marketing-public',
        status: 'V',
      },
      {
        text: 'The Code’s paragraphs on client information and publicity (8.1 to 8.11) apply only when you provide your services to the public or a section of it.',
        source: 'SRA Code of Conduct for Solicitors, RELs and RFLs, introduction',
        date: '2019',
        url: 'https://beta.sra.org.uk/code-conduct-solicitors-rels-and-rfls',
        status: 'V',
      },
      {
        text: 'If you serve the public, the SRA Code and its 2019 guidance, as summarised, bar targeted approaches to individual members of the public; general online adverts are allowed.',
        source:
          'SRA Code for Solicitors, unsolicited approaches (para 8.9); SRA guidance: Unsolicited approaches (advertising) to members of the public',
        date: '16 Dec 2019',
        url: 'https://www.sra.org.uk/solicitors/standards-regulations/code-conduct-solicitors/?contentId=661129371',
        status: 'V2',
      },
      {
        text: 'Offensive emails, texts and social-media posts, including private ones, can be misconduct if you can be identified as a solicitor: “it was private” is no excuse.',
        source: 'SRA warning notice: Offensive communications (2017 version; since updated)',
        date: '24 Aug 2017',
        status: 'V',
      },
    ],
    redFlags: { witness: [SRA_EVIDENCE] },
    court: EW_COURT,
    guidance: {
      label: 'Law Society practice note: Social media (not binding)',
      url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
    },
    helplines: [
      {
        label: 'SRA Professional Ethics helpline for solicitors',
        url: 'https://www.sra.org.uk/',
        note: 'Named on an SRA page from before November 2019; we could not confirm its current phone number.',
      },
    ],
    checkYourself:
      'Check the current SRA Code yourself for its rules on accurate publicity and on contacting another party’s client: we could not confirm those paragraphs.',
  },

  bsb: {
    id: 'bsb',
    ...BODY_NAMES['bsb'],
    points: [
      {
        text: 'Core duty 5 and rule rC8 apply to your private use of social media as well as your professional use.',
        source: 'BSB Social Media Guidance (BSB Handbook CD5, rC8)',
        date: '20 Sept 2023',
        url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
        status: 'V',
      },
      {
        text: 'When judging what you post, the BSB looks mainly at how you express your views.',
        source: 'BSB Social Media Guidance',
        date: '20 Sept 2023',
        url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
        status: 'V',
      },
      {
        text: 'Its own LinkedIn example: sending a new connection seriously offensive private messages, while you use LinkedIn to advertise, is likely a breach.',
        source: 'BSB Social Media Guidance (worked example)',
        date: '20 Sept 2023',
        url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
        status: 'V',
      },
    ],
    redFlags: { witness: [BSB_RC9_4] },
    court: EW_COURT,
    guidance: {
      label: 'BSB Social Media Guidance',
      url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
    },
    helplines: [
      {
        label: 'Bar Council Ethical Enquiries Service (09:15 to 17:15, Monday to Friday)',
        url: 'https://www.barcouncil.org.uk/support-for-barristers/wellbeing-personal-career-support/helplines.html',
        phone: '020 7611 1307',
        email: 'Ethics@BarCouncil.org.uk',
      },
    ],
    checkYourself:
      'Check the current BSB Handbook and the Bar Council’s Ethics & Practice Hub for anything that fits your situation.',
  },

  cilex: {
    id: 'cilex',
    ...BODY_NAMES['cilex'],
    points: [
      {
        text: 'The guidance covers any communication, online or in person: posts, texts, emails and voice notes.',
        source: 'CILEx Regulation guidance: Social media and other communications',
        date: 'undated',
        url: PAGE.cilexSocialMedia,
        status: 'V',
      },
      {
        text: 'The guidance is not part of the rules, but it will be taken into account in conduct cases.',
        source: 'CILEx Regulation guidance: Social media and other communications',
        date: 'undated',
        url: PAGE.cilexSocialMedia,
        status: 'V',
      },
      {
        text: 'The Code’s principles include high standards of professional and personal conduct, honesty and integrity, and respecting client confidentiality.',
        source: 'CILEx Code of Conduct, core principles (including principle 5)',
        date: 'in force Jan 2015',
        url: PAGE.cilexCode,
        status: 'V',
      },
      {
        text: 'The Code can reach your personal life where it could affect trust in you or the profession; the closer the conduct is to your practice, the more it counts.',
        source: 'CILEx Regulation: how the Code of Conduct applies',
        date: 'undated',
        url: PAGE.cilexCodeApplies,
        status: 'V',
      },
      {
        text: 'If you work in a firm regulated by someone else, such as the SRA, you must follow that regulator’s code too.',
        source: 'CILEX practice advice: Bound by other codes?',
        date: 'undated',
        url: PAGE.cilexOtherCodes,
        status: 'V',
      },
    ],
    redFlags: {},
    court: EW_COURT,
    guidance: {
      label: 'CILEx Regulation: Social media and other communications',
      url: PAGE.cilexSocialMedia,
    },
    helplines: [
      {
        label: 'CILEX Practice Advice (online enquiry)',
        url: PAGE.cilexOtherCodes,
        note: 'We found no phone line.',
      },
    ],
    checkYourself:
      'Check the Code yourself for publicity and for dealing with another party’s client: we could not confirm which outcomes cover them. In an SRA-regulated firm, the SRA’s rules apply too.',
  },

  ipreg: {
    id: 'ipreg',
    ...BODY_NAMES['ipreg'],
    points: [
      {
        text: 'IPReg’s Core Regulatory Framework, its Overarching Principles and Code of Conduct, has applied since 1 July 2023 in place of the old Rules of Conduct.',
        source: 'IPReg Core Regulatory Framework',
        date: 'in force 1 Jul 2023',
        url: PAGE.ipregFramework,
        status: 'V',
      },
      {
        text: 'The principles, such as honesty, integrity, independence and clients’ best interests, reach your private life where it bears on practice; unacceptable social-media posts are an example.',
        source: 'IPReg Overarching Principles (as summarised by Fox Williams LLP)',
        date: '12 Sep 2023',
        url: PAGE.ipregFramework,
        status: 'V2',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'IPReg Core Regulatory Framework',
      url: PAGE.ipregFramework,
    },
    helplines: [],
    checkYourself:
      'We found no IPReg guidance on social media, no Code paragraph on publicity or unsolicited approaches, and no helpline: read the Core Regulatory Framework yourself.',
  },

  lsni: {
    id: 'lsni',
    ...BODY_NAMES['lsni'],
    points: [
      {
        text: 'Your core conduct standards are in the Solicitors’ Practice Regulations 1987, as updated, which the Law Society publishes with its other regulations.',
        source: 'Law Society of Northern Ireland: Solicitors’ Practice Regulations 1987',
        date: 'updated 2010; consolidated to 25 Jun 2013',
        url: PAGE.lsniRegulations,
        status: 'V',
      },
      {
        text: 'The Society’s magazine, The Writ, has run an article on social media for solicitors; we have not seen what it says.',
        source: 'The Writ, issue 240: The good, the bad, and social media',
        date: 'Winter 2022 to 2023',
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Law Society of Northern Ireland: Regulations and standards',
      url: PAGE.lsniRegulations,
    },
    helplines: [],
    checkYourself:
      'We found no LSNI guidance on social media and no ethics helpline, and could not read its rules on publicity or on contacting another solicitor’s client: check the Regulations yourself.',
  },
};
