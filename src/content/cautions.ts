import { ASCR_DATE } from './bodies/en/shared';
import type { Caution, CautionId, SourcedPoint } from './types';

/**
 * Conduct cautions shown on outcome screens where they fit (rules.md RF5-RF9, RF11). They never
 * change the decision. Each keeps two kinds of advice apart so the screen can label them:
 * `rule` is what rules or guidance say (every claim in it backed by a V/V2 line of rules.md in
 * `sources`); `suggestion` is this app's own conservative advice (rules.md's "app default"),
 * which must be shown as our suggestion, never as a body's rule.
 */

const DC_370: SourcedPoint = {
  text: 'You may connect with clients and others, but take care with confidences and with creating a client relationship by accident.',
  source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
  date: 'Nov 2016',
  url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
  status: 'V',
};

export const CAUTIONS: Record<CautionId, Caution> = {
  'client-confidentiality': {
    id: 'client-confidentiality',
    title: 'If they are a client',
    rule: 'You may connect with clients, but a visible connection can show that someone is your client, and information about a client’s matter stays confidential even when it is public.',
    sources: [
      DC_370,
      {
        text: 'Being visibly connected to a client on LinkedIn can itself reveal that they are your client.',
        source: 'Law Society (England & Wales) practice note: Social media (not binding)',
        date: '20 Dec 2011 (new edition 15 Oct 2024)',
        url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
        status: 'V2',
      },
      {
        text: 'Information about a representation stays confidential even if it is already on the public record.',
        source: 'ABA Formal Opinion 480 (as summarised by secondary sources)',
        date: '6 Mar 2018',
        status: 'V2',
      },
    ],
    suggestion:
      'Accept only if it is harmless for the link to be seen, or your client is happy with it. Consider hiding your connection list, and keep matter discussion off LinkedIn messages.',
  },

  'legal-questions': {
    id: 'legal-questions',
    title: 'If they ask you a legal question',
    rule: 'Take care not to take on a client by accident. If they already have a lawyer in the matter, the rules on dealing with another lawyer’s client apply.',
    sources: [
      DC_370,
      {
        text: 'In Australia, answering a represented person’s legal question on social media risks breaching the rule on communicating with another solicitor’s client, and creating an accidental retainer.',
        source:
          'Australian Solicitors’ Conduct Rules, r 33.1, as applied to social media by a law firm’s commentary (Conditsis Lawyers)',
        date: ASCR_DATE,
        url: 'https://qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-persons/Communication-with-another-solicitor-s-client',
        status: 'V2',
      },
    ],
    suggestion:
      'Don’t give advice in chat. If you are not a lawyer, pass the question to one at your firm. If you are, run a conflicts check first, and don’t discuss a matter in which they have a lawyer.',
  },

  journalists: {
    id: 'journalists',
    title: 'If they are a journalist',
    rule: 'The rules cover what you say: no public statement likely to prejudice a case, and nothing about a client’s affairs without the client’s authority.',
    sources: [
      {
        text: 'You must not make statements out of court that you know will be made public and that are substantially likely to prejudice a case.',
        source:
          'ABA Model Rules of Professional Conduct, r 3.6(a), as quoted by the ABA Litigation Section',
        date: 'undated',
        url: 'https://www.americanbar.org/groups/litigation/resources/newsletters/ethics-professionalism/post-election-litigation-rule-36-restrictions-trial-publicity/',
        status: 'V2',
      },
      {
        text: 'You must not publish material about current proceedings that may prejudice a fair trial or the administration of justice.',
        source: 'Australian Solicitors’ Conduct Rules, r 28.1 (as quoted by the QLS Ethics Centre)',
        date: ASCR_DATE,
        url: 'https://qls.com.au/Practising-law-in-Qld/Ethics-Centre/Rules-Resources/Can-I-talk-to-the-media-about-one-of-my-cases',
        status: 'V',
      },
      {
        text: 'In Scotland, a public statement about a client’s affairs needs the client’s authority, must be in their best interests, and must be accurate.',
        source:
          'Law Society of Scotland guidance: Comments to the media by solicitors (under B1.6)',
        date: 'undated',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/guidance/b1-6-comments-to-the-media-by-solicitors/',
        status: 'V',
      },
    ],
    suggestion:
      'Connecting may be fine. Don’t comment on client matters: send questions about a case through the client, or through your firm’s media policy.',
  },

  pitching: {
    id: 'pitching',
    title: 'If you plan to pitch your services',
    rule: 'Rules on approaching people to win work differ. Some bar approaches to members of the public, or to another solicitor’s client; the US model rule bars live person-to-person selling, not written messages.',
    sources: [
      {
        text: 'In England and Wales, the SRA has warned firms against unsolicited approaches to members of the public that break its rules.',
        source: 'SRA warning notice: Marketing your services to members of the public',
        date: '19 Dec 2024',
        url: 'https://sra.org.uk/solicitors/guidance/marketing-public',
        status: 'V',
      },
      {
        text: 'In Scotland, you must not approach someone you know is another solicitor’s or firm’s client in order to win their business.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B3.2',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
      {
        text: 'The US model rule bans live, person-to-person solicitation, not written messages people can easily ignore; states vary.',
        source:
          'ABA Model Rules of Professional Conduct, r 7.3 and comment [2] (2018 text), as quoted in ABA Business Law Today',
        date: '2018 (quoted May 2022)',
        url: 'https://www.americanbar.org/groups/business_law/resources/business-law-today/2022-may/month-in-brief-legal-opinions-ethics/',
        status: 'V2',
      },
      {
        text: 'In Ireland, any communication meant to publicise your legal services, online included, counts as advertising.',
        source:
          'Legal Services Regulation Act 2015 (Advertising) Regulations 2020 (S.I. 644/2020), reg. 2',
        date: 'in force 18 Dec 2020',
        url: 'https://www.irishstatutebook.ie/eli/2020/si/644/made/en/print',
        status: 'V',
      },
    ],
    suggestion:
      'A general networking request is usually fine. Don’t follow it with a targeted message offering your services to someone you know needs legal help: check your own rules, and in the UK don’t send it.',
  },

  endorsements: {
    id: 'endorsements',
    title: 'Endorsements and skills',
    rule: 'You answer for what is on your profile, even when others add it: remove false or misleading endorsements, and call yourself a specialist only where your rules allow it.',
    sources: [
      {
        text: 'You must review your profile and remove false or misleading endorsements.',
        source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
        date: 'Nov 2016',
        url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
        status: 'V',
      },
      {
        text: 'You are responsible for all your profile content, so monitor endorsements and reject, delete or hide any that are not allowed.',
        source: 'State Bar of Michigan, LinkedIn FAQs (not an ethics opinion)',
        date: 'undated',
        url: 'https://michbar.org/opinions/ethics/linkedinFAQs',
        status: 'V',
      },
      {
        text: 'Do not give a misleading impression of specialist expertise, and say “accredited specialist” only if you are accredited.',
        source: 'Australian Solicitors’ Conduct Rules, r 36.2',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Law-practice-management',
        status: 'V',
      },
      {
        text: 'In Scotland, you may claim to be a specialist only if you can justify it; the onus is on you.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B3.4',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
    ],
    suggestion:
      'Hide or decline endorsements for work you don’t do, and any “specialist” or “expert” label you are not certified or accredited for.',
  },

  'conduct-after': {
    id: 'conduct-after',
    title: 'After you connect',
    rule: 'Regulators treat messages to your connections like any other conduct: offensive messages can be misconduct even when they are private.',
    sources: [
      {
        text: 'Offensive emails, texts and social-media posts, including private ones, can be misconduct if you can be identified as a solicitor.',
        source: 'SRA warning notice: Offensive communications (2017 version; since updated)',
        date: '24 Aug 2017',
        status: 'V',
      },
      {
        text: 'Seriously offensive private LinkedIn messages to a new connection, sent while you use LinkedIn to advertise, are likely a breach.',
        source: 'BSB Social Media Guidance (worked example)',
        date: '20 Sept 2023',
        url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
        status: 'V',
      },
      {
        text: 'New Zealand’s conduct rules define “behaviour” to include digital material.',
        source: 'NZ Conduct and Client Care Rules 2008 as amended 1 Jul 2021, r 1.2',
        date: '1 Jul 2021',
        url: 'https://www.legislation.govt.nz/regulation/public/2021/0061/latest/whole.html',
        status: 'V',
      },
    ],
    suggestion: 'Keep messages to new connections as professional as you would in the office.',
  },
};
