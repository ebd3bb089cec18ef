import type { RegulatorId } from '../decision/steps';
import { MORE_BODIES, type NewBodyId } from './bodiesMore';
import { BODY_NAMES } from './bodyNames';
import type { BodyContent, SourcedPoint } from './types';

/**
 * What each professional body's rules and guidance say about connecting with strangers.
 * Every point comes from a line of `shared/research/rules.md` marked V (official source) or
 * V2 (secondary source). Nothing marked UNVERIFIED there is stated here as fact. Links go only
 * to official pages (see officialLinks.ts); a V2 point links to the official instrument's page
 * where rules.md gives one that was seen, and otherwise has no link. The record of what each
 * point rests on, and what was left out, is docs/advice-sources.md.
 */
export const BODIES_LAST_REVIEWED = '2026-12-06';

// Points used by more than one body or more than one field.

const SRA_PRINCIPLES_URL = 'https://www.sra.org.uk/solicitors/standards-regulations/principles';

const LSS_B1_14: SourcedPoint = {
  text: 'You may deal with someone you know or believe to be another solicitor’s client only in listed cases, such as when that solicitor agrees or has stopped acting.',
  source: 'Law Society of Scotland Practice Rules 2011, rule B1.14.2',
  date: '2011',
  url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/rules/b1-14-relations-between-regulated-persons/',
  status: 'V',
};

const NZ_R10_2: SourcedPoint = {
  text: 'You must not communicate directly with a party you know has a lawyer acting for them.',
  source:
    'Lawyers and Conveyancers Act (Lawyers: Conduct and Client Care) Rules 2008, r 10.2 (number confirmed through a Legal Complaints Review Officer decision)',
  date: '2008',
  url: 'https://www.legislation.govt.nz/regulation/public/2008/0214/latest/whole.html',
  status: 'V2',
};

/** The Australian Solicitors' Conduct Rules: where each version applies (rules.md 1.10). */
const ASCR_DATE = 'Uniform Law 2015 (NSW and Vic from 1 Jul 2015, WA from 1 Jul 2022); Qld 2012';

const ASCR_R33: SourcedPoint = {
  text: 'You must not deal directly with another solicitor’s client, except with that solicitor’s consent, in an emergency, to ask whether they have a lawyer, or after notice goes unanswered.',
  source: 'Australian Solicitors’ Conduct Rules, r 33',
  date: ASCR_DATE,
  url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-solicitors',
  status: 'V',
};

const ASCR_R22_5: SourcedPoint = {
  text: 'You must not communicate with the court about the substance of a matter while your opponent is absent, apart from narrow exceptions.',
  source: 'Australian Solicitors’ Conduct Rules, r 22.5',
  date: ASCR_DATE,
  url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Advocacy-and-litigation/Communication-with-opponents',
  status: 'V',
};

const ALBERTA_7_2_8: SourcedPoint = {
  text: 'If a person has a lawyer in a matter, do not approach or deal with them about it except through, or with the consent of, their lawyer.',
  source: 'Law Society of Alberta Code of Conduct, r 7.2-8',
  date: 'undated',
  url: 'https://learningcentre.lawsociety.ab.ca/mod/page/view.php?forceview=1&id=331',
  status: 'V2',
};

/** The first ten bodies (this file); the ten added in December 2026 are in bodiesMore.ts. */
const FIRST_BODIES: Record<Exclude<RegulatorId, NewBodyId>, BodyContent> = {
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
        text: 'The SRA Code and its 2019 guidance, as summarised: targeted approaches to individual members of the public are barred, while general online adverts are allowed.',
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
    redFlags: {},
    guidance: {
      label: 'Law Society practice note: Social media (not binding)',
      url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
    },
    helpline: {
      label: 'SRA Professional Ethics helpline for solicitors',
      url: 'https://www.sra.org.uk/',
      note: 'Named on an SRA page from before November 2019; we could not confirm its current phone number.',
    },
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
    redFlags: {},
    guidance: {
      label: 'BSB Social Media Guidance',
      url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
    },
    helpline: {
      label: 'Bar Council Ethical Enquiries Service (09:15 to 17:15, Monday to Friday)',
      url: 'https://www.barcouncil.org.uk/support-for-barristers/wellbeing-personal-career-support/helplines.html',
      phone: '020 7611 1307',
      email: 'Ethics@BarCouncil.org.uk',
    },
    checkYourself:
      'Check the current BSB Handbook and the Bar Council’s Ethics & Practice Hub for anything that fits your situation.',
  },

  lss: {
    id: 'lss',
    ...BODY_NAMES['lss'],
    points: [
      {
        text: 'Your duties of trust and personal integrity apply online just as they do anywhere else.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B1.2',
        date: '2011',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/rules',
        status: 'V',
      },
      {
        text: 'The Law Society says your professional duties apply whatever the medium; its advice covers personal and business use, who owns your contacts, and privacy.',
        source: 'Social Media: Advice and Information for the Legal Profession (advice, not rules)',
        date: '20 Jun 2012',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-e/division-b/advice-and-information/social-media-advice-and-information-for-the-legal-profession/',
        status: 'V',
      },
      LSS_B1_14,
      {
        text: 'You must not approach, directly or indirectly, someone you know (or ought to know) is another solicitor’s or firm’s client in order to win their business. Material sent to a whole described group is allowed.',
        source: 'Law Society of Scotland Practice Rules 2011, rules B3.2 and B3.3',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
      {
        text: 'You may claim to be a specialist only if you can justify it (the onus is on you), and what you publish about yourself must not be inaccurate or misleading.',
        source: 'Law Society of Scotland Practice Rules 2011, rules B3.4 and B3.5(a)',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
      {
        text: 'A public statement about a client’s affairs needs the client’s authority, must be in their best interests, and must be accurate and not misleading.',
        source:
          'Law Society of Scotland guidance: Comments to the media by solicitors (under B1.6)',
        date: 'undated',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/guidance/b1-6-comments-to-the-media-by-solicitors/',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': LSS_B1_14,
    },
    guidance: {
      label: 'Social Media: Advice and Information for the Legal Profession',
      url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-e/division-b/advice-and-information/social-media-advice-and-information-for-the-legal-profession/',
    },
    helpline: {
      label: 'Law Society of Scotland Professional Practice team (confidential advice)',
      url: 'https://lawscot.org.uk/members/journal/issues/vol-62-issue-02/helpline-plus',
      note: 'We could not confirm its phone number: find it on the Society’s site.',
    },
    checkYourself:
      'Check the Practice Rules’ current numbers for confidentiality and for relations with the courts yourself: we could not confirm them.',
  },

  lsi: {
    id: 'lsi',
    ...BODY_NAMES['lsi'],
    points: [
      {
        text: 'Any communication, including online, meant to publicise your legal services counts as advertising, unless it mainly gives information about the law.',
        source:
          'Legal Services Regulation Act 2015 (Advertising) Regulations 2020 (S.I. 644/2020), reg. 2',
        date: 'in force 18 Dec 2020',
        url: 'https://www.irishstatutebook.ie/eli/2020/si/644/made/en/print',
        status: 'V',
      },
      {
        text: 'The Law Society’s guide to the 2020 Regulations says that this covers social media.',
        source: 'Law Society of Ireland: Scope of the advertising regulations',
        date: 'undated',
        url: 'https://lawsociety.ie/solicitor-advertising/scope-of-the-advertising-regulations',
        status: 'V',
      },
      {
        text: 'An advert must not be likely to bring the profession into disrepute, be in bad taste, reflect badly on another practitioner, be false or misleading, or appear somewhere unsuitable.',
        source: 'S.I. 644/2020, reg. 4(a), as quoted by the Law Society of Ireland',
        date: 'in force 18 Dec 2020',
        url: 'https://lawsociety.ie/link/bf4d05fff20d43f598e9b7be60a5d171.aspx',
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Law Society of Ireland: guide to the advertising regulations',
      url: 'https://lawsociety.ie/solicitor-advertising/scope-of-the-advertising-regulations',
    },
    checkYourself:
      'Check the Solicitor’s Guide to Professional Conduct on contacting another solicitor’s client and on confidentiality, and any rule on unsolicited approaches: we could not confirm these.',
  },

  nzls: {
    id: 'nzls',
    ...BODY_NAMES['nzls'],
    points: [
      NZ_R10_2,
      {
        text: 'Since July 2021 the conduct rules expressly cover what you do online: “behaviour” includes digital material.',
        source: 'Conduct and Client Care Rules 2008 as amended 1 Jul 2021, r 1.2 (definitions)',
        date: '1 Jul 2021',
        url: 'https://www.legislation.govt.nz/regulation/public/2021/0061/latest/whole.html',
        status: 'V',
      },
      {
        text: 'The Law Society has practical guidance on keeping personal and professional social-media accounts.',
        source: 'NZ Law Society, LawTalk issue 926: Lawyers and social media',
        date: 'undated',
        url: 'https://www.lawsociety.org.nz/news/publications/lawtalk/issue-926/lawyers-and-social-media/',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': NZ_R10_2,
    },
    guidance: {
      label: 'LawTalk: Lawyers and social media',
      url: 'https://www.lawsociety.org.nz/news/publications/lawtalk/issue-926/lawyers-and-social-media/',
    },
    helpline: {
      label: 'New Zealand Law Society (general line)',
      url: 'https://www.lawsociety.org.nz/',
      phone: '0800 261 801',
      note: 'The general number printed in the Rules; we could not confirm a separate ethics line.',
    },
    checkYourself:
      'Check the Rules’ chapters on confidentiality, advertising and duties to the court yourself: we could not confirm their current numbers or wording.',
  },

  'au-solicitors': {
    id: 'au-solicitors',
    ...BODY_NAMES['au-solicitors'],
    points: [
      {
        text: 'The national (Uniform Law) version of these Rules applies in New South Wales and Victoria from 1 July 2015 and in Western Australia from 1 July 2022. Queensland has its own 2012 version.',
        source: 'Legal Practice Board of Western Australia: Uniform Law; Law Society of WA',
        date: '1 Jul 2022',
        url: 'https://www.lpbwa.org.au/uniform-law',
        status: 'V',
      },
      ASCR_R33,
      {
        text: 'You must not disclose information that is confidential to a client, except within your practice, to others working on the matter, or as the Rules allow.',
        source: 'Australian Solicitors’ Conduct Rules, r 9.1',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-clients/Confidentiality',
        status: 'V',
      },
      {
        text: 'You must not publish material about current proceedings that may prejudice a fair trial or the administration of justice.',
        source: 'Australian Solicitors’ Conduct Rules, r 28.1 (as quoted by the QLS Ethics Centre)',
        date: ASCR_DATE,
        url: 'https://qls.com.au/Practising-law-in-Qld/Ethics-Centre/Rules-Resources/Can-I-talk-to-the-media-about-one-of-my-cases',
        status: 'V',
      },
      {
        text: 'Your advertising must not mislead, including about your expertise, and you may call yourself an “accredited specialist” only if you are accredited.',
        source: 'Australian Solicitors’ Conduct Rules, r 36.1 and 36.2',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Law-practice-management',
        status: 'V',
      },
      {
        text: 'Queensland Law Society guidance covers the risks social media poses to independence, confidentiality and the reputation of the profession.',
        source: 'QLS Guidance Statement No. 24: Ethical considerations on the use of social media',
        date: 'undated',
        url: 'https://www.qls.com.au/Guidance-Statements/No-24-Ethical-considerations-on-the-use-of-social-',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': ASCR_R33,
      judge: ASCR_R22_5,
    },
    guidance: {
      label: 'QLS Guidance Statement No. 24: social media',
      url: 'https://www.qls.com.au/Guidance-Statements/No-24-Ethical-considerations-on-the-use-of-social-',
    },
    helpline: {
      label: 'New South Wales: Law Society of NSW Ethics Unit',
      url: 'https://www.lawsociety.com.au/practising-law-in-NSW/ethics-and-compliance/ethics/about',
      note: 'We could not confirm its phone number: find it on the Society’s page.',
    },
    moreHelplines: [
      {
        label: 'Victoria: LIV Ethics Guidance Telephone Service',
        url: 'https://www.liv.asn.au/Professional-Practice/Ethics',
        phone: '03 9607 9336',
        email: 'ethics@liv.asn.au',
      },
      {
        label: 'Queensland: QLS Ethics and Practice Centre (confidential ethics guidance)',
        email: 'ethics@qls.com.au',
        note: 'Email as reported in QLS Proctor (Nov 2024); we could not confirm a phone number.',
      },
    ],
    checkYourself:
      'Check which version of the Conduct Rules your state or territory uses, and your own law society’s guidance on social media.',
  },

  aba: {
    id: 'aba',
    ...BODY_NAMES['aba'],
    position: {
      text: 'D.C. Bar Opinion 370 allows you to connect with clients and others, taking care over confidences and over taking on a client by accident. Your own state’s view may differ.',
      source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
      date: 'Nov 2016',
      url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
      status: 'V',
    },
    points: [
      {
        text: 'The model rule bans live, person-to-person selling of your services, but not written messages people can easily ignore. States vary.',
        source:
          'ABA Model Rules of Professional Conduct, r 7.3 and comment [2] (2018 text), as quoted in ABA Business Law Today',
        date: '2018 (quoted May 2022)',
        url: 'https://www.americanbar.org/groups/business_law/resources/business-law-today/2022-may/month-in-brief-legal-opinions-ethics/',
        status: 'V2',
      },
      {
        text: 'Nothing you say about yourself or your services may be false or misleading, and that includes your profile, skills and endorsements.',
        source: 'ABA Model Rules of Professional Conduct, r 7.1',
        date: 'undated',
        status: 'V2',
      },
      {
        text: 'You must not claim to be a certified specialist unless an approved body has certified you and you name it.',
        source: 'ABA Model Rules of Professional Conduct, r 7.2(c) (2018 text)',
        date: '2018',
        status: 'V2',
      },
      {
        text: 'You must not reveal information about a client matter in public comment without consent, even if it is on the public record.',
        source: 'ABA Formal Opinion 480',
        date: '6 Mar 2018',
        status: 'V2',
      },
      {
        text: 'Looking at a juror’s public profile is allowed, but asking to connect with a juror or possible juror, yourself or through someone else, is a forbidden private communication.',
        source: 'ABA Formal Opinion 466',
        date: '24 Apr 2014',
        url: 'https://www.americanbar.org/news/abanews/aba-news-archives/2014/04/aba_issues_guidance.html',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': {
        text: 'You must not discuss a matter with someone you know has a lawyer in it without that lawyer’s consent, even if they contact you first, and not through someone else either.',
        source:
          'ABA Model Rules of Professional Conduct, r 4.2 and comment [3], as shown on the ABA’s Ethics 2000 Commission page (current text not re-checked)',
        date: '2002',
        url: 'https://www.americanbar.org/groups/professional_responsibility/policy/ethics_2000_commission/e2k_rule42/',
        status: 'V',
      },
      juror: {
        text: 'Asking a juror or possible juror to connect, yourself or through someone else, is a forbidden private (ex parte) communication.',
        source: 'ABA Formal Opinion 466',
        date: '24 Apr 2014',
        url: 'https://www.americanbar.org/news/abanews/aba-news-archives/2014/04/aba_issues_guidance.html',
        status: 'V',
      },
      witness: {
        text: 'With someone who has no lawyer, you must not imply you are neutral, and must not advise them (other than to get a lawyer) if their interests may conflict with your client’s.',
        source:
          'ABA Model Rules of Professional Conduct, r 4.3 (2004 text, seen in a verbatim copy; current text not re-checked)',
        date: '2004',
        status: 'V',
      },
      judge: {
        text: 'You must not try to influence a judge improperly, or communicate with them privately about a case while it is going on.',
        source: 'ABA Model Rules of Professional Conduct, r 3.5',
        date: 'undated',
        status: 'V2',
      },
    },
    guidance: {
      label: 'ABA Center for Professional Responsibility',
      url: 'https://www.americanbar.org/groups/professional_responsibility/',
    },
    checkYourself:
      'The ABA Model Rules are a model: your own state’s rules and bar opinions are what bind you. Check whether your state bar runs an ethics hotline.',
  },

  'ca-flsc': {
    id: 'ca-flsc',
    ...BODY_NAMES['ca-flsc'],
    points: [
      {
        text: 'Anything you do to market yourself must be demonstrably true, accurate and verifiable, and not misleading.',
        source: 'FLSC Model Code of Professional Conduct, marketing rules',
        date: 'undated',
        url: 'https://flsc.ca/interactivecode',
        status: 'V2',
      },
      {
        text: 'In Alberta, the Code’s commentary adds: don’t suggest you are better than other lawyers, and don’t use testimonials or endorsements that appeal to emotion.',
        source: 'Law Society of Alberta Code of Conduct, rules 4.1 and 4.2 and commentary',
        date: 'undated',
        url: 'https://learningcentre.lawsociety.ab.ca/mod/page/view.php?id=670',
        status: 'V',
      },
      ALBERTA_7_2_8,
    ],
    redFlags: {
      'opposing-party': ALBERTA_7_2_8,
    },
    guidance: {
      label: 'FLSC Model Code of Professional Conduct (interactive)',
      url: 'https://flsc.ca/interactivecode',
    },
    helpline: {
      label:
        'Ontario: Law Society of Ontario Practice Management Helpline (lawyers and paralegals)',
      url: 'https://www.lso.ca/lawyers/practice-supports-and-resources/practice-management-helpline/practice-management-frequently-asked-questions',
      note: 'Confidential help with the Rules of Professional Conduct; we could not confirm its phone number.',
    },
    checkYourself:
      'The FLSC Model Code is a model: your own provincial or territorial law society’s code, and its rule numbers, are what bind you.',
  },
};

/** Every body we describe, under its id. */
export const BODIES: Record<RegulatorId, BodyContent> = { ...FIRST_BODIES, ...MORE_BODIES };
