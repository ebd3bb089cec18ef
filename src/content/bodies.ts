import type { RegulatorId } from '../decision/steps';
import { BODY_NAMES } from './bodyNames';
import type { BodyContent } from './types';

/**
 * What each professional body's rules and guidance say about connecting with strangers.
 * Every point comes from a line of `shared/research/rules.md` marked V (official source) or
 * V2 (secondary source). Nothing marked UNVERIFIED there is stated here as fact.
 */
export const BODIES_LAST_REVIEWED = '2026-11-26';

export const BODIES: Record<RegulatorId, BodyContent> = {
  sra: {
    id: 'sra',
    ...BODY_NAMES['sra'],
    points: [
      {
        text: 'Being visibly connected to a client on LinkedIn can itself reveal that they are your client, which is a confidentiality risk.',
        source: 'Law Society practice note: Social media (not binding)',
        date: '20 Dec 2011 (new edition 15 Oct 2024)',
        url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
        status: 'V2',
      },
      {
        text: 'You must keep the affairs of current and former clients confidential unless the law requires or allows disclosure, or the client agrees.',
        source: 'SRA Code of Conduct for Solicitors, RELs and RFLs, para 6.3',
        date: '2019',
        url: 'https://www.mentalhealthlaw.co.uk/SRA,_%27Guidance:_Confidentiality_of_client_information%27_(25/11/19)',
        status: 'V2',
      },
      {
        text: 'You must not make targeted, unsolicited approaches to members of the public to advertise your services, though general online adverts are fine.',
        source:
          'SRA guidance: Unsolicited approaches (advertising) to members of the public; SRA Code for Solicitors, para 8.9 (number as given by a secondary source)',
        date: '16 Dec 2019',
        url: 'http://www.practicallawyer.co.uk/index.php/component/content/article/914-public/16388-unsolicited-publicity-sra-guidance',
        status: 'V2',
      },
      {
        text: 'Offensive messages and posts, including private ones, can be misconduct if you can be identified as a solicitor.',
        source: 'SRA warning notice: Offensive communications (SRA Principles 2, 5 and 6)',
        date: '24 Aug 2017 (since updated)',
        url: 'http://www.sra.org.uk/solicitors/code-of-conduct/guidance/warning-notices/Offensive-communications--Warning-notice.page',
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Law Society practice note: Social media',
      url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
    },
    helpline: {
      label: 'SRA Professional Ethics guidance team',
      url: 'https://www.sra.org.uk/',
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
        text: 'The Law Society says your professional duties apply whatever the medium, and its advice covers personal versus business use, who owns your contacts, and privacy.',
        source: 'Social Media: Advice and Information for the Legal Profession (advice, not rules)',
        date: '20 Jun 2012',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-e/division-b/advice-and-information/social-media-advice-and-information-for-the-legal-profession/',
        status: 'V',
      },
      {
        text: 'You may contact someone you know or believe to be another solicitor’s client only in listed cases, such as when that solicitor agrees or has stopped acting.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B1.14.2',
        date: '2011',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/rules/b1-14-relations-between-regulated-persons/',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': {
        text: 'You must not deal with another solicitor’s client except in listed cases, such as with that solicitor’s agreement.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B1.14.2',
        date: '2011',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/rules/b1-14-relations-between-regulated-persons/',
        status: 'V',
      },
    },
    guidance: {
      label: 'Social Media: Advice and Information for the Legal Profession',
      url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-e/division-b/advice-and-information/social-media-advice-and-information-for-the-legal-profession/',
    },
    helpline: {
      label: 'Law Society of Scotland Professional Practice team (confidential advice)',
      url: 'https://lawscot.org.uk/members/journal/issues/vol-62-issue-02/helpline-plus',
    },
    checkYourself:
      'Check Rule B3 (advertising) and the Law Society’s guidance on public comments yourself: we could not confirm what they say.',
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
        text: 'The Law Society treats promoting your practice on social media as advertising under the advertising regulations.',
        source:
          'Law Society of Ireland practice note: Social media and the Solicitors (Advertising) Regulations 2002',
        date: '7 Sept 2018',
        url: 'https://www.lawsociety.ie/solicitors/practising/practice-notes/social-media-and-the-solicitors-advertising-regulations-2002',
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Law Society of Ireland practice note: Social media and advertising',
      url: 'https://www.lawsociety.ie/solicitors/practising/practice-notes/social-media-and-the-solicitors-advertising-regulations-2002',
    },
    checkYourself:
      'Check the Solicitor’s Guide to Professional Conduct yourself for contacting another solicitor’s client and for confidentiality: we could not confirm those rules.',
  },

  nzls: {
    id: 'nzls',
    ...BODY_NAMES['nzls'],
    points: [
      {
        text: 'You must not communicate directly with a party you know has a lawyer acting for them.',
        source:
          'Lawyers and Conveyancers Act (Lawyers: Conduct and Client Care) Rules 2008, r 10.2',
        date: '2008',
        url: 'https://www.legislation.govt.nz/regulation/public/2008/0214/latest/whole.html',
        status: 'V2',
      },
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
      'opposing-party': {
        text: 'You must not communicate directly with a party you know is represented by a lawyer.',
        source:
          'Lawyers and Conveyancers Act (Lawyers: Conduct and Client Care) Rules 2008, r 10.2',
        date: '2008',
        url: 'https://www.legislation.govt.nz/regulation/public/2008/0214/latest/whole.html',
        status: 'V2',
      },
    },
    guidance: {
      label: 'LawTalk: Lawyers and social media',
      url: 'https://www.lawsociety.org.nz/news/publications/lawtalk/issue-926/lawyers-and-social-media/',
    },
    helpline: {
      label: 'New Zealand Law Society (general line)',
      url: 'https://www.lawsociety.org.nz/',
      phone: '0800 261 801',
    },
    checkYourself:
      'Check the Rules’ chapters on confidentiality, advertising and duties to the court yourself: we could not confirm their current numbers or wording.',
  },

  'au-solicitors': {
    id: 'au-solicitors',
    ...BODY_NAMES['au-solicitors'],
    points: [
      {
        text: 'You must not deal directly with another solicitor’s client, except with consent, in an emergency, to ask whether they have a lawyer, or after notice goes unanswered.',
        source: 'Australian Solicitors’ Conduct Rules, r 33',
        date: 'Uniform Law 2015; Qld 2012; WA 2015',
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-solicitors',
        status: 'V',
      },
      {
        text: 'You must not disclose information that is confidential to a client.',
        source: 'Australian Solicitors’ Conduct Rules, r 9.1',
        date: 'Uniform Law 2015; Qld 2012; WA 2015',
        url: 'https://lsj.com.au/articles/the-ethics-of-managing-social-media-as-a-legal-professional',
        status: 'V2',
      },
      {
        text: 'Your advertising must not mislead, including about your expertise, and you may call yourself an “accredited specialist” only if you are accredited.',
        source: 'Australian Solicitors’ Conduct Rules, r 36.1 and 36.2',
        date: 'Uniform Law 2015; Qld 2012; WA 2015',
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
      'opposing-party': {
        text: 'You must not deal directly with another solicitor’s client, except in narrow cases such as with that solicitor’s consent.',
        source: 'Australian Solicitors’ Conduct Rules, r 33',
        date: 'Uniform Law 2015; Qld 2012; WA 2015',
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-solicitors',
        status: 'V',
      },
      judge: {
        text: 'You must not communicate with the court about the substance of a matter when your opponent is absent, apart from narrow exceptions.',
        source: 'Australian Solicitors’ Conduct Rules, r 22.5',
        date: 'Uniform Law 2015; Qld 2012; WA 2015',
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Advocacy-and-litigation/Communication-with-opponents',
        status: 'V',
      },
    },
    guidance: {
      label: 'QLS Guidance Statement No. 24: social media',
      url: 'https://www.qls.com.au/Guidance-Statements/No-24-Ethical-considerations-on-the-use-of-social-',
    },
    helpline: {
      label: 'Queensland Law Society Ethics and Practice Centre',
      url: 'https://qls.com.au/Practising-law-in-Qld/Ethics-Centre/Rules-Resources/Should-I-communicate-with-the-Court',
    },
    checkYourself:
      'Check which version of the Conduct Rules your state or territory uses, and your own law society’s guidance on social media.',
  },

  aba: {
    id: 'aba',
    ...BODY_NAMES['aba'],
    points: [
      {
        text: 'The model rule bans live, person-to-person selling of your services, but not written messages people can easily ignore; states vary.',
        source: 'ABA Model Rules of Professional Conduct, r 7.3 and comment [2] (2018 text)',
        date: '2018',
        url: 'https://www.americanbar.org/groups/business_law/resources/business-law-today/2022-may/month-in-brief-legal-opinions-ethics/',
        status: 'V2',
      },
      {
        text: 'Nothing you say about yourself or your services may be false or misleading, and that includes your profile, skills and endorsements.',
        source: 'ABA Model Rules of Professional Conduct, r 7.1',
        date: 'undated',
        url: 'https://www.lawyersmutualnc.com/blog/5-important-ethics-opinions-on-social-media-endorsements',
        status: 'V2',
      },
      {
        text: 'You must not claim to be a certified specialist unless an approved body has certified you and you name it.',
        source: 'ABA Model Rules of Professional Conduct, r 7.2(c) (2018 text)',
        date: '2018',
        url: 'http://www.myersfreelance.com/claims-of-specialty-in-the-abas-new-model-rule-7/',
        status: 'V2',
      },
      {
        text: 'You must not reveal information about a client matter in public comment, even if it is on the public record, without consent.',
        source: 'ABA Formal Opinion 480',
        date: '6 Mar 2018',
        url: 'https://www.oblic.com/resources/oblic-news/07/23/2018/ethics-opinion-on-blogging/',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': {
        text: 'You must not discuss a matter with someone you know has a lawyer in it without that lawyer agreeing, even if they contact you first.',
        source: 'ABA Model Rules of Professional Conduct, r 4.2',
        date: 'undated',
        url: 'https://www.americanbar.org/groups/professional_responsibility/policy/ethics_2000_commission/e2k_rule42/',
        status: 'V',
      },
      juror: {
        text: 'Sending a juror or prospective juror a connection request, yourself or through someone else, is a forbidden ex parte communication.',
        source: 'ABA Formal Opinion 466',
        date: '24 Apr 2014',
        url: 'https://www.americanbar.org/news/abanews/aba-news-archives/2014/04/aba_issues_guidance.html',
        status: 'V',
      },
      witness: {
        text: 'With someone who has no lawyer, you must not imply you are neutral or advise them, other than to get a lawyer, if their interests may conflict with your client’s.',
        source: 'ABA Model Rules of Professional Conduct, r 4.3',
        date: 'undated',
        url: 'http://www.law.cornell.edu/ethics/aba/current/CRule_4.3.htm',
        status: 'V',
      },
      judge: {
        text: 'You must not try to influence a judge improperly, or communicate with them privately about a case while it is going on.',
        source: 'ABA Model Rules of Professional Conduct, r 3.5',
        date: 'undated',
        url: 'https://federalstatelaw.com/library/aba-model-rules/3.5',
        status: 'V2',
      },
    },
    checkYourself:
      'The ABA Model Rules are a model: your own state’s rules and bar opinions are what bind you.',
  },

  'ca-flsc': {
    id: 'ca-flsc',
    ...BODY_NAMES['ca-flsc'],
    points: [
      {
        text: 'Anything you do to market yourself must be true, accurate, verifiable and not misleading.',
        source: 'FLSC Model Code of Professional Conduct, r 4.2-1 (marketing)',
        date: 'undated',
        url: 'https://www.cba.org/Publications-Resources/Practice-Tools/Ethics-of-Advertising/The-Rules-of-Advertising',
        status: 'V2',
      },
      {
        text: 'Commentary warns against implying you are better than other lawyers and against testimonials that play on emotion.',
        source: 'FLSC Model Code marketing rules (Law Society of Alberta commentary)',
        date: 'undated',
        url: 'https://www.cba.org/Publications-Resources/Practice-Tools/Ethics-of-Advertising/The-Rules-of-Advertising',
        status: 'V2',
      },
      {
        text: 'In Alberta, if someone has a lawyer in a matter, you may deal with them about it only through, or with the consent of, that lawyer.',
        source: 'Law Society of Alberta Code of Conduct, r 7.2-8',
        date: 'undated',
        url: 'https://learningcentre.lawsociety.ab.ca/mod/page/view.php?forceview=1&id=331',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': {
        text: 'If a person has a lawyer in a matter, do not approach or deal with them about it except through, or with the consent of, their lawyer.',
        source: 'Law Society of Alberta Code of Conduct, r 7.2-8',
        date: 'undated',
        url: 'https://learningcentre.lawsociety.ab.ca/mod/page/view.php?forceview=1&id=331',
        status: 'V2',
      },
    },
    guidance: {
      label: 'CBA Ethics of Advertising: The Rules of Advertising',
      url: 'https://www.cba.org/Publications-Resources/Practice-Tools/Ethics-of-Advertising/The-Rules-of-Advertising',
    },
    helpline: {
      label: 'Law Society of Ontario Practice Management Helpline (Ontario only)',
      url: 'https://lso.ca/paralegals/practice-supports-and-resources/practice-management-helpline',
    },
    checkYourself:
      'The FLSC Model Code is a model: your own provincial or territorial law society’s code, and its rule numbers, are what bind you.',
  },
};
