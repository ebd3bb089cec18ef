import type { Objective, OutcomeId } from '../decision/steps';
import { BODY_NAMES } from './bodyNames';
import type { BodyCaution, BodyContent, SourcedPoint } from './types';

/**
 * The ten bodies added in December 2026: five US states, Québec, Northern Ireland, Scottish
 * advocates, chartered legal executives and patent and trade mark attorneys.
 *
 * Every point comes from a line of `shared/research/rules-more-bodies.md` (or `rules.md`, where
 * that note does not update it) marked V (official source) or V2 (secondary source). Nothing
 * marked UNVERIFIED there is stated here as fact: it is left out, or named in `checkYourself`.
 * Links go only to official pages (a regulator's, a bar's, a court's, a judicial body's or a
 * legislature's). A V2 point links to the official page of the instrument it describes, or has
 * no link. No link is plain http. Phone numbers appear only where the research marks them V.
 * What is shown and what was left out is listed in `docs/advice-sources.md`.
 */
export const MORE_BODIES_LAST_REVIEWED = '2026-12-06';

export const NEW_BODY_IDS = [
  'us-ca',
  'us-ny',
  'us-tx',
  'us-fl',
  'us-il',
  'barreau-qc',
  'lsni',
  'faculty-advocates',
  'cilex',
  'ipreg',
] as const;
export type NewBodyId = (typeof NEW_BODY_IDS)[number];

/** Official pages used more than once below. */
const URL = {
  calRules:
    'https://calbar.ca.gov/attorneys/conduct-discipline/rules/rules-of-professional-conduct',
  calConduct: 'https://calbar.ca.gov/For-Attorneys/Conduct-Discipline',
  calSpecialists:
    'https://calbar.ca.gov/Attorneys/Legal-Specialization/Rules-Standards/Advertising',
  cjeoSocialMedia: 'https://www.judicialethicsopinions.ca.gov/education-resources/social-media/',
  nysbaInquiries: 'https://archive.nysba.org/CustomTemplates/SecondaryStandard.aspx?id=6791',
  txEthics:
    'https://www.texasbar.com/AM/Template.cfm?Section=Ethics_Resources&Template=/CM/HTMLDisplay.cfm&ContentID=31813',
  flNetworking:
    'https://www.floridabar.org/ethics/etad/advertising-guidelines-for-networking-sites/',
  flHotline: 'https://www.floridabar.org/ethics/ethotline/ethotline001/',
  ardcInquiry: 'https://iardc.org/EducationAndOutreach/EthicsInquiryProgram',
  isbaEndorsing: 'https://www.isba.org/ibj/2016/01/ethicsendorsing',
  qcNotice:
    'https://barreau.qc.ca/en/new/notices-to-members/comportement-avocats-reseaux-sociaux-respect-regles-deontologiques',
  qcCode: 'https://legisquebec.gouv.qc.ca/en/document/cr/B-1,%20r.%203.1%20',
  lsniRegulations: 'https://www.lawsoc-ni.org/regulations-standards',
  facultySocialMedia:
    'https://advocates.org.uk/about-advocates/life-at-the-scottish-bar/social-media-guidelines',
  facultyStandards: 'https://advocates.org.uk/about-advocates/professional-standards',
  cilexSocialMedia: 'https://cilexregulation.org.uk/entity/social-media-and-other-communications',
  cilexCode: 'https://www.cilexregulation.org.uk/conduct-and-complaints/code-of-conduct',
  cilexCodeApplies: 'https://cilexregulation.org.uk/code-of-conduct/',
  cilexOtherCodes:
    'https://www.cilex.org.uk/membership/practice_advice/business_structures/bound_by_other_codes/',
  ipregFramework:
    'https://ipreg.org.uk/pro/ipregs-regulatory-arrangements/core-regulatory-framework',
} as const;

// ---- Sources shared by a body's points, red flags and cautions ----

const CA_7_3: SourcedPoint = {
  text: 'You must not seek paid work by in-person, live phone or real-time electronic contact, unless the person is a lawyer or a relative, close friend or former professional contact.',
  source: 'California Rules of Professional Conduct, r 7.3(a)',
  date: 'in force 1 Nov 2018',
  url: URL.calRules,
  status: 'V2',
};
const CA_7_3_C: SourcedPoint = {
  text: 'A written or electronic pitch to someone you know needs help in a particular matter must say “Advertisement” at its start and its end.',
  source: 'California Rules of Professional Conduct, r 7.3(c)',
  date: 'in force 1 Nov 2018',
  url: URL.calRules,
  status: 'V2',
};
const CA_7_3_B: SourcedPoint = {
  text: 'You must not solicit someone at all, by any means, once they have said they don’t want it, or in a way that is intrusive, coercive or harassing.',
  source: 'California Rules of Professional Conduct, r 7.3(b)',
  date: 'in force 1 Nov 2018',
  url: URL.calRules,
  status: 'V2',
};
const CA_3_5_I: SourcedPoint = {
  text: 'The limits on contacting jurors and prospective jurors, directly or indirectly, also cover members of the juror’s family.',
  source: 'California Rules of Professional Conduct, r 3.5(d) to (i)',
  date: 'in force 1 Nov 2018',
  url: URL.calRules,
  status: 'V2',
};

const NY_7_3: SourcedPoint = {
  text: 'You must not solicit work by real-time or interactive computer-accessed communication unless the person is a close friend, relative, former client or existing client.',
  source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 7.3(a)(1) (2009 text)',
  date: '2009 text (current text not checked)',
  status: 'V2',
};
const NY_1_0_C: SourcedPoint = {
  text: 'The rules define computer-accessed communication to include chat rooms and instant messaging.',
  source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 1.0(c)',
  date: 'in force 1 Apr 2009',
  status: 'V2',
};
const NY_OP_899: SourcedPoint = {
  text: 'You may give general answers on interactive sites but must not solicit there; if someone asks there to hire you, reply with a private written proposal away from the site.',
  source: 'NYSBA Committee on Professional Ethics, Opinion 899',
  date: '21 Dec 2011',
  url: 'https://nysba.org/ethics-opinion-899/',
  status: 'V',
};

const TX_7_03: SourcedPoint = {
  text: 'You must not solicit a non-client by live or electronically interactive contact you start, social media included, unless they are a lawyer, family, a close or earlier professional contact, or an experienced business user of such services.',
  source: 'Texas Disciplinary Rules of Professional Conduct, r 7.03(a)(1) and (b)',
  date: 'in force 1 Jul 2021',
  status: 'V2',
};
const TX_7_03_COMMENTS: SourcedPoint = {
  text: 'A message to the public at large, or a reply to someone who asked for it, is not solicitation; ordinary mail or email, which need not be answered at once, is the allowed route.',
  source: 'Texas Disciplinary Rules of Professional Conduct, r 7.03, comments 2 to 4',
  date: 'in force 1 Jul 2021',
  status: 'V2',
};

const FL_GUIDELINES_SCOPE: SourcedPoint = {
  text: 'Pages used only for social purposes fall outside the advertising rules, though the Bar’s rules still bind you; pages that promote your practice must follow the advertising rules.',
  source: 'The Florida Bar, Advertising Guidelines for Networking Sites',
  date: 'current page (undated)',
  url: URL.flNetworking,
  status: 'V',
};
const FL_GUIDELINES_2012: SourcedPoint = {
  text: 'The 2012 version treated unsolicited invitations to view or link to a lawyer’s page as solicitation, unless sent to a client, former client, relative or lawyer. Whether it still says so: check.',
  source:
    'The Florida Bar, Advertising Guidelines for Networking Sites, 2012 revision (as reported)',
  date: '10 Jan 2012',
  status: 'V2',
};

const QC_NOTICE: SourcedPoint = {
  text: 'The Code of Professional Conduct applies at all times on social networks: be discerning, respectful and decent.',
  source:
    'Barreau du Québec, notice to members: Comportement des avocats et des avocates sur les réseaux sociaux',
  date: '2 Apr 2024',
  url: URL.qcNotice,
  status: 'V',
};
const QC_CLIENT_CONTACT: SourcedPoint = {
  text: 'Never discuss clients or their files without authorisation: even adding a client as a contact, or sharing your location, can reveal confidential information.',
  source:
    'Barreau du Québec, recommendations in its notice of 2 Apr 2024 (as reported by Droit-inc)',
  date: '2 Apr 2024',
  url: URL.qcNotice,
  status: 'V2',
};
const QC_ART_145: SourcedPoint = {
  text: 'In your advertising you may not use, or let others use, an endorsement or a statement of gratitude about you.',
  source: 'Code of Professional Conduct of Lawyers (CQLR c. B-1, r. 3.1), art. 145',
  date: 'in force 26 Mar 2015',
  url: URL.qcCode,
  status: 'V2',
};

/**
 * The caution for a body whose rule bans live or interactive solicitation (Texas, New York,
 * California): on accept and wait, when winning work is one of the objectives.
 */
function solicitationCaution(
  id: string,
  title: string,
  text: string,
  sources: SourcedPoint[],
): BodyCaution {
  return { id, outcomes: ['accept', 'wait'], objectives: ['clients'], title, text, sources };
}

export const MORE_BODIES: Record<NewBodyId, BodyContent> = {
  'us-ca': {
    id: 'us-ca',
    ...BODY_NAMES['us-ca'],
    points: [
      {
        text: 'The Rules of Professional Conduct are disciplinary rules that bind every licensee; the current set took effect on 1 November 2018.',
        source: 'California Rules of Professional Conduct (State Bar rules page)',
        date: 'approved 10 May 2018, in force 1 Nov 2018',
        url: URL.calRules,
        status: 'V',
      },
      CA_7_3,
      CA_7_3_C,
      {
        text: 'Don’t call yourself a “certified specialist” unless the State Bar’s Board of Legal Specialization, or a body it accredits, has certified you, and name the certifier.',
        source: 'California Rules of Professional Conduct, r 7.4(a)',
        date: 'in force 1 Nov 2018',
        url: URL.calSpecialists,
        status: 'V',
      },
      {
        text: 'Social-media posts about your availability for work are regulated like any other advertising: the rules are not relaxed because keeping to them online is awkward.',
        source: 'State Bar of California, Formal Opinion 2012-186',
        date: '21 Dec 2012 (draft June 2012)',
        status: 'V2',
      },
      {
        text: 'LinkedIn posts can be advertising and must not mislead. Its “Specialties” heading caused trouble because many states read it as a claim to be a certified specialist.',
        source:
          'San Diego County Bar Association, Ethics in Brief: Social Media, LinkedIn, and Attorney Advertising',
        date: '11 May 2015',
        url: 'https://www.sdcba.org/index.cfm?pg=Ethics-In-Brief-05-11-15',
        status: 'V',
      },
      {
        text: 'In 2014 two authors writing for the Los Angeles County Bar Association found no California authority dealing expressly with LinkedIn (their own view).',
        source: 'LACBA Update: LinkedIn for Lawyers: Benefits and Burdens',
        date: 'Oct 2014',
        url: 'https://www.lacba.org/news-and-publications/lacba-update/past-ethics-articles/2014-oct-ethics-miller-and-schmid',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': {
        text: 'Don’t communicate about the matter with a person you know has a lawyer in it without that lawyer’s consent, even if they contact you first; stop as soon as you learn it.',
        source: 'California Rules of Professional Conduct, r 4.2(a) and comment [1]',
        date: 'in force 1 Nov 2018',
        url: URL.calRules,
        status: 'V2',
      },
      juror: {
        text: 'Don’t communicate with prospective jurors in your case, or with jurors during trial, directly or indirectly. The same limits cover members of the juror’s family.',
        source: 'California Rules of Professional Conduct, r 3.5(d) to (i)',
        date: 'in force 1 Nov 2018',
        url: URL.calRules,
        status: 'V2',
      },
      witness: {
        text: 'A friend request to a witness, even one who has no lawyer, must say what it is for.',
        source: 'San Diego County Bar Association, Legal Ethics Opinion 2011-2 (advisory)',
        date: '24 May 2011',
        status: 'V2',
      },
      judge: {
        text: 'California’s Code of Judicial Ethics applies online as it does offline, including its bar on ex parte communications and its duty to disclose.',
        source:
          'California Code of Judicial Ethics, commentary to canons 2 and 2A (CJEO social-media resources)',
        date: '2018',
        url: URL.cjeoSocialMedia,
        status: 'V',
      },
    },
    guidance: {
      label: 'California Rules of Professional Conduct (State Bar of California)',
      url: URL.calRules,
    },
    helpline: {
      label:
        'State Bar of California Ethics Hotline (for attorneys: research help, not legal advice)',
      url: URL.calConduct,
      phone: '1-800-238-4427 in California, 415-538-2150 outside California',
      note: 'Numbers from an older State Bar page; the current page names the hotline but shows no number, so check it.',
    },
    checkYourself:
      'Check whether the State Bar has said more about social media since 2016 (we found nothing later), and the hotline’s current numbers on calbar.ca.gov.',
    cautions: [
      solicitationCaution(
        'us-ca-solicitation',
        'California: selling through LinkedIn messages or chat',
        'California bans seeking paid work by real-time electronic contact, and a written pitch to someone you know needs help in a matter must say “Advertisement”. Our suggestion: don’t pitch them in LinkedIn messages or chat.',
        [CA_7_3, CA_7_3_C, CA_7_3_B],
      ),
      {
        id: 'us-ca-juror-family',
        outcomes: ['accept', 'wait'],
        title: 'California: jurors’ families count too',
        text: 'California’s limits on contacting jurors extend to their families. Our suggestion: if this person is related to a juror or prospective juror in a case you or your firm handle, treat it as a juror’s invitation.',
        sources: [CA_3_5_I],
      },
    ],
  },

  'us-ny': {
    id: 'us-ny',
    ...BODY_NAMES['us-ny'],
    points: [
      NY_7_3,
      NY_1_0_C,
      NY_OP_899,
      {
        text: 'You may look at the public pages of another party in a pending case, as long as you don’t “friend” them or get someone else to.',
        source: 'NYSBA Committee on Professional Ethics, Opinion 843',
        date: '10 Sep 2010',
        url: 'https://nysba.org/ethics-opinion-843/',
        status: 'V2',
      },
      {
        text: 'Replying as invited to someone who posts asking a lawyer to contact them is not solicitation, though a reply that pitches your services is advertising.',
        source: 'NYSBA Committee on Professional Ethics, Opinion 1049',
        date: '2 Mar 2015',
        status: 'V2',
      },
      {
        text: 'Researching jurors online is allowed only if the juror receives no communication; even a notification they receive by accident may breach the rules.',
        source: 'New York City Bar, Formal Opinion 2012-2',
        date: '2012',
        url: 'https://www.nycbar.org/ethics/ethics-opinions-local/2012opinions/1479-formal-opinion-2012-02',
        status: 'V',
      },
      {
        text: 'A litigation section’s guidelines (not NYSBA policy) say the advertising rules apply on social media and warn against “specialist” headings on your profile.',
        source: 'NYSBA Commercial and Federal Litigation Section, Social Media Ethics Guidelines',
        date: 'updated 29 Apr 2019, released 20 Jun 2019',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': {
        text: 'Don’t communicate about the matter with a party you know has a lawyer, or get anyone else to, without that lawyer’s prior consent.',
        source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 4.2(a)',
        date: 'text as compiled 1 May 2013',
        status: 'V2',
      },
      juror: {
        text: 'Don’t communicate with a prospective juror, or with a juror during trial, yourself or through anyone else, unless authorised; after the trial, only within strict limits.',
        source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 3.5(a)(4) and (5)',
        date: 'text current to Oct 2024',
        status: 'V2',
      },
      witness: {
        text: 'Don’t get access to someone’s social-network page under false pretences, yourself or through an agent.',
        source: 'New York City Bar, Formal Opinion 2010-02',
        date: '2010',
        status: 'V',
      },
      judge: {
        text: 'New York judges may join social networks, but must weigh whether a connection is a close relationship they need to disclose or that means stepping aside.',
        source: 'New York Advisory Committee on Judicial Ethics, Opinion 08-176',
        date: '29 Jan 2009',
        url: 'https://nycourts.gov/ipjudicialethicsopinions/08-176.htm',
        status: 'V',
      },
    },
    guidance: {
      label: 'NYSBA Ethics Opinion 899: answering legal questions on interactive sites',
      url: 'https://nysba.org/ethics-opinion-899/',
    },
    helpline: {
      label: 'NYSBA Committee on Professional Ethics (written inquiries)',
      url: URL.nysbaInquiries,
      note: 'NYSBA has no phone hotline. The New York City Bar has one; we could not confirm its number.',
    },
    checkYourself:
      'Check the current text of rule 7.3 (we saw the 2009 text) and the NYSBA guideline on soliciting through live social-media contact, which we could not confirm.',
    cautions: [
      solicitationCaution(
        'us-ny-solicitation',
        'New York: selling through LinkedIn messages or chat',
        'New York bans soliciting work by real-time or interactive online contact, chat and instant messages included, unless they are a close friend, relative, client or former client. Our suggestion: don’t pitch them in LinkedIn messages or chat.',
        [NY_7_3, NY_1_0_C, NY_OP_899],
      ),
    ],
  },

  'us-tx': {
    id: 'us-tx',
    ...BODY_NAMES['us-tx'],
    points: [
      TX_7_03,
      {
        text: 'A solicitation is a message to a specific person who has not asked for your advice, offering services you know or should know they need in a particular matter.',
        source: 'Texas Disciplinary Rules of Professional Conduct, r 7.01(b)(2)',
        date: 'in force 1 Jul 2021',
        status: 'V2',
      },
      TX_7_03_COMMENTS,
      {
        text: 'You may ask for advice for a client in an online discussion group of lawyers, within the limits of your duty of confidentiality (rule 1.05).',
        source: 'Professional Ethics Committee for the State Bar of Texas, Opinion 673',
        date: 'Aug 2018',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': {
        text: 'Don’t communicate about the matter with a person you know has a lawyer in it, or cause or encourage anyone else, your client included, to do so, without that lawyer’s consent.',
        source: 'Texas Disciplinary Rules of Professional Conduct, r 4.02(a)',
        date: 'undated',
        status: 'V2',
      },
      juror: {
        text: 'Don’t communicate outside court with prospective jurors before trial or with jurors during it; afterwards, nothing that harasses or embarrasses them or could sway their future service.',
        source: 'Texas Disciplinary Rules of Professional Conduct, r 3.06 and comment 1',
        date: 'undated',
        status: 'V2',
      },
      judge: {
        text: 'Don’t communicate privately with a court to influence a pending matter, except in the proceedings, in writing copied to your opponent, or orally on notice.',
        source: 'Texas Disciplinary Rules of Professional Conduct, r 3.05',
        date: 'undated',
        status: 'V2',
      },
    },
    guidance: {
      label: 'State Bar of Texas: Ethics Resources (with the Disciplinary Rules)',
      url: URL.txEthics,
    },
    helpline: {
      label: 'State Bar of Texas Ethics Helpline (for Texas attorneys)',
      url: URL.txEthics,
      phone: '800-532-3947',
    },
    checkYourself:
      'We found no Texas ethics opinion on connecting with represented people or jurors, and could not confirm the current judicial rules on social media: ask the Ethics Helpline.',
    cautions: [
      solicitationCaution(
        'us-tx-solicitation',
        'Texas: selling through LinkedIn messages or chat',
        'Texas has banned soliciting work by live or interactive contact you start, social media included, since July 2021. Replying to their request is not solicitation. Our suggestion: don’t pitch them in LinkedIn messages or chat.',
        [TX_7_03, TX_7_03_COMMENTS],
      ),
    ],
  },

  'us-fl': {
    id: 'us-fl',
    ...BODY_NAMES['us-fl'],
    points: [
      FL_GUIDELINES_SCOPE,
      {
        text: 'You must not solicit paid work from someone you have no family or earlier professional tie with, in person, by phone, by live video, or by a targeted message outside the direct-communication rules.',
        source: 'Rules Regulating The Florida Bar, r 4-7.18(a)(1)',
        date: 'as amended through Nov 2024',
        status: 'V2',
      },
      {
        text: 'Since 2019 you may say you specialise or have expertise in a field if the claim can be objectively verified by your education, training, experience or substantial involvement.',
        source: 'Supreme Court of Florida, In re Amendments to Rule 4-7.14, No. SC18-2019',
        date: '27 Jun 2019',
        status: 'V2',
      },
      {
        text: 'A judge’s Facebook friendship with a lawyer appearing before them is not, on its own, enough to disqualify the judge.',
        source:
          'Supreme Court of Florida, Law Offices of Herssein & Herssein v. USAA, No. SC17-1848',
        date: '15 Nov 2018',
        status: 'V',
      },
    ],
    redFlags: {
      judge: {
        text: 'A Florida judge may not add, or be added by, lawyers who may appear before them as LinkedIn connections.',
        source:
          'Florida Judicial Ethics Advisory Committee, Opinion 2012-12 (restating Opinion 2009-20)',
        date: '9 May 2012',
        status: 'V',
      },
    },
    guidance: {
      label: 'The Florida Bar: Advertising Guidelines for Networking Sites',
      url: URL.flNetworking,
    },
    helpline: {
      label:
        'The Florida Bar Ethics Hotline (members only; advisory opinions on your own future conduct)',
      url: URL.flHotline,
      note: 'We could not confirm its phone number on the Bar’s own site: find it there.',
    },
    checkYourself:
      'Check the Bar’s current networking guidelines: we could not confirm whether they still treat unsolicited invitations to people who are not clients, relatives or lawyers as solicitation.',
    cautions: [
      {
        id: 'us-fl-invitations',
        outcomes: ['accept', 'wait'],
        objectives: ['clients'],
        title: 'Florida: check before you send invitations yourself',
        text: 'A 2012 version of the Florida Bar’s networking guidelines treated unsolicited invitations from a page that promotes your practice as solicitation. We could not confirm the current wording: check it before you invite people.',
        sources: [FL_GUIDELINES_2012, FL_GUIDELINES_SCOPE],
      },
    ],
  },

  'us-il': {
    id: 'us-il',
    ...BODY_NAMES['us-il'],
    points: [
      {
        text: 'As of January 2016 no Illinois ethics opinion dealt with social media as such; the Illinois Bar Journal flagged LinkedIn skills and endorsements as risky.',
        source: 'Illinois Bar Journal (ISBA): The Ethics of Endorsing',
        date: 'Jan 2016',
        url: URL.isbaEndorsing,
        status: 'V',
      },
      {
        text: 'Illinois lawyers have been disciplined for revealing client confidences on a blog (In re Peshek, 2010) and for false statements there about their record (In re Morask, 2013).',
        source: 'Illinois Bar Journal (ISBA): The Ethics of Endorsing',
        date: 'Jan 2016',
        url: URL.isbaEndorsing,
        status: 'V',
      },
      {
        text: 'A practitioner writing in the Illinois Bar Journal advised that endorsements must be genuine and contain nothing false, because the advertising rules apply.',
        source:
          'Illinois Bar Journal (ISBA): Lawyers and LinkedIn endorsements: proceed with caution',
        date: 'Jan 2013',
        url: 'https://www.isba.org/ibj/2013/01/lawpulse/lawyersandlinkedinendorsementsproce',
        status: 'V2',
      },
    ],
    redFlags: {
      judge: {
        text: 'The 2023 Illinois Code of Judicial Conduct covers electronic means: a judge’s posting or linking on social networks can breach it.',
        source: 'Illinois Code of Judicial Conduct of 2023, Preamble and Scope ¶(4) (as reported)',
        date: '2023 (effective date not checked)',
        status: 'V2',
      },
    },
    guidance: {
      label: 'ISBA Professional Conduct Advisory Opinions',
      url: 'https://isba.org/ethics/byyear',
    },
    helpline: {
      label: 'ARDC Ethics Inquiry Program (research help on the Illinois rules; not legal advice)',
      url: URL.ardcInquiry,
      phone: '(312) 565-2600 or (800) 826-8625',
    },
    checkYourself:
      'We could not confirm Illinois’s rules on soliciting clients, represented people or jurors, or any ISBA opinion on LinkedIn since 2016: ask the ARDC Ethics Inquiry Program.',
  },

  'barreau-qc': {
    id: 'barreau-qc',
    ...BODY_NAMES['barreau-qc'],
    points: [
      QC_NOTICE,
      {
        text: 'Act with honour, dignity, integrity, respect, moderation and courtesy, online as anywhere else.',
        source:
          'Code of Professional Conduct of Lawyers, art. 4 (quoted in the Barreau’s notice of 2 Apr 2024)',
        date: 'in force 26 Mar 2015 (quoted 2 Apr 2024)',
        url: URL.qcNotice,
        status: 'V',
      },
      QC_CLIENT_CONTACT,
      {
        text: 'In certain conditions you must not make public statements, or give information to the media, about a matter pending before a court.',
        source:
          'Code of Professional Conduct of Lawyers, art. 18 (quoted in the Barreau’s notice of 2 Apr 2024)',
        date: 'in force 26 Mar 2015 (quoted 2 Apr 2024)',
        url: URL.qcNotice,
        status: 'V',
      },
      {
        text: 'When you offer your services, by any means, nothing may be false or misleading, coercive or harassing, or take advantage of someone vulnerable.',
        source: 'Code of Professional Conduct of Lawyers (CQLR c. B-1, r. 3.1), art. 8',
        date: 'in force 26 Mar 2015',
        url: URL.qcCode,
        status: 'V2',
      },
      QC_ART_145,
    ],
    redFlags: {},
    guidance: {
      label:
        'Barreau du Québec notice to members: Comportement des avocats et des avocates sur les réseaux sociaux (2 Apr 2024)',
      url: URL.qcNotice,
    },
    helpline: {
      label: 'Barreau du Québec Info-Déonto',
      url: URL.qcNotice,
      phone: '514 954-3420 or 1 844 954-3420',
    },
    checkYourself:
      'Check the 2015 Code yourself for dealing with someone who has a lawyer and for contact with jurors and judges: we could not confirm those articles. Info-Déonto can help.',
    cautions: [
      {
        id: 'barreau-qc-recommendations',
        outcomes: ['accept'],
        title: 'Québec: recommendations and endorsements',
        text: 'Art. 145 of the Code bars using, or letting others use, an endorsement or thanks about you in your advertising. A large law firm reads that as catching LinkedIn recommendations. We don’t know the Barreau’s view: check with Info-Déonto.',
        sources: [
          QC_ART_145,
          {
            text: 'A law firm’s blog argues that LinkedIn recommendations, and endorsements on show, may breach art. 145 (the firm’s reading, not the Barreau’s).',
            source: 'McCarthy Tétrault blog post on LinkedIn and art. 145 of the Code',
            date: 'undated',
            status: 'V2',
          },
        ],
      },
      {
        id: 'barreau-qc-client-contact',
        outcomes: ['accept', 'wait'],
        objectives: ['clients'],
        title: 'Québec: a client in your contacts',
        text: 'The Barreau du Québec warns that even adding a client as a contact can reveal confidential information. Our suggestion: if this person becomes your client, think again about staying visibly connected.',
        sources: [QC_CLIENT_CONTACT],
      },
    ],
  },

  lsni: {
    id: 'lsni',
    ...BODY_NAMES['lsni'],
    points: [
      {
        text: 'Your core conduct standards are in the Solicitors’ Practice Regulations 1987, as updated, which the Law Society publishes with its other regulations.',
        source: 'Law Society of Northern Ireland: Solicitors’ Practice Regulations 1987',
        date: 'updated 2010; consolidated to 25 Jun 2013',
        url: URL.lsniRegulations,
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
      url: URL.lsniRegulations,
    },
    checkYourself:
      'We found no LSNI guidance on social media and no ethics helpline, and could not read its rules on publicity or on contacting another solicitor’s client: check the Regulations yourself.',
  },

  'faculty-advocates': {
    id: 'faculty-advocates',
    ...BODY_NAMES['faculty-advocates'],
    points: [
      {
        text: 'What you do online must fit the profession’s principles of independence, integrity and confidentiality.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'undated',
        url: URL.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'You answer personally for your posts, even on personal pages, and a “views are my own” line does not change that.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'undated',
        url: URL.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'Once you say anywhere online that you are an advocate, even in a bio, you become a de facto spokesperson of the Faculty.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'undated',
        url: URL.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'Advertising must not mislead, state success rates or criticise identifiable others, nor be so frequent or obtrusive that it annoys the people it is aimed at.',
        source:
          'Faculty of Advocates, Guide to Professional Conduct, paras 10.1 to 10.2 (edition not shown)',
        date: 'undated (current wording not checked)',
        status: 'V2',
      },
      {
        text: 'The Guide to Professional Conduct sets the rules, and the Dean of Faculty may issue rulings on conduct.',
        source: 'Faculty of Advocates: Professional standards',
        date: 'undated',
        url: URL.facultyStandards,
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Faculty of Advocates: Social Media Guidelines',
      url: URL.facultySocialMedia,
    },
    checkYourself:
      'We found no ethics helpline, and could not confirm the current Guide’s advertising paragraphs or its rule on approaching a party who has a lawyer: check the current Guide.',
  },

  cilex: {
    id: 'cilex',
    ...BODY_NAMES['cilex'],
    points: [
      {
        text: 'The guidance covers any communication, online or in person: posts, texts, emails and voice notes.',
        source: 'CILEx Regulation guidance: Social media and other communications',
        date: 'undated',
        url: URL.cilexSocialMedia,
        status: 'V',
      },
      {
        text: 'The guidance is not part of the rules, but it will be taken into account in conduct cases.',
        source: 'CILEx Regulation guidance: Social media and other communications',
        date: 'undated',
        url: URL.cilexSocialMedia,
        status: 'V',
      },
      {
        text: 'The Code’s principles include high standards of professional and personal conduct, honesty and integrity, and respecting client confidentiality.',
        source: 'CILEx Code of Conduct, core principles (including principle 5)',
        date: 'in force Jan 2015',
        url: URL.cilexCode,
        status: 'V',
      },
      {
        text: 'The Code can reach your personal life where it could affect trust in you or the profession; the closer the conduct is to your practice, the more it counts.',
        source: 'CILEx Regulation: how the Code of Conduct applies',
        date: 'undated',
        url: URL.cilexCodeApplies,
        status: 'V',
      },
      {
        text: 'If you work in a firm regulated by someone else, such as the SRA, you must follow that regulator’s code too.',
        source: 'CILEX practice advice: Bound by other codes?',
        date: 'undated',
        url: URL.cilexOtherCodes,
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'CILEx Regulation: Social media and other communications',
      url: URL.cilexSocialMedia,
    },
    helpline: {
      label: 'CILEX Practice Advice (online enquiry)',
      url: URL.cilexOtherCodes,
      note: 'We found no phone line.',
    },
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
        url: URL.ipregFramework,
        status: 'V',
      },
      {
        text: 'The principles, such as honesty, integrity, independence and clients’ best interests, reach your private life where it bears on practice; unacceptable social-media posts are an example.',
        source: 'IPReg Overarching Principles (as summarised by Fox Williams LLP)',
        date: '12 Sep 2023',
        url: URL.ipregFramework,
        status: 'V2',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'IPReg Core Regulatory Framework',
      url: URL.ipregFramework,
    },
    checkYourself:
      'We found no IPReg guidance on social media, no Code paragraph on publicity or unsolicited approaches, and no helpline: read the Core Regulatory Framework yourself.',
  },
};

/**
 * The cautions a body's own rules call for on this outcome, given the objectives chosen.
 * A caution with no objectives shows whatever they are; otherwise one of them must be chosen.
 */
export function bodyCautionsFor(
  body: BodyContent,
  outcome: OutcomeId,
  objectives: readonly Objective[],
): BodyCaution[] {
  return (body.cautions ?? []).filter(
    (caution) =>
      caution.outcomes.includes(outcome) &&
      (caution.objectives === undefined || caution.objectives.some((o) => objectives.includes(o))),
  );
}
