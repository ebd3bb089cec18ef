import type { Caution, CautionId } from './types';

/**
 * Conduct cautions shown on outcome screens where they fit (rules.md RF5-RF9, RF11).
 * They never change the decision. Sources are only rules.md lines marked V or V2.
 */
export const CAUTIONS: Record<CautionId, Caution> = {
  'client-confidentiality': {
    id: 'client-confidentiality',
    title: 'If they are a client',
    text: 'A visible connection can show that someone is your client. Accept only if that is harmless or your client is happy with it, consider hiding your connection list, and keep matter discussion off LinkedIn messages.',
    sources: [
      {
        text: 'Being visibly connected to a client on LinkedIn can itself reveal that they are your client.',
        source: 'Law Society (England & Wales) practice note: Social media',
        date: '20 Dec 2011 (new edition 15 Oct 2024)',
        url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
        status: 'V2',
      },
      {
        text: 'You may connect with clients and others, but take care with confidences and with creating a client relationship by accident.',
        source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
        date: 'Nov 2016',
        url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
        status: 'V',
      },
      {
        text: 'Information about a representation stays confidential even if it is already on the public record.',
        source: 'ABA Formal Opinion 480',
        date: '6 Mar 2018',
        url: 'https://www.oblic.com/resources/oblic-news/07/23/2018/ethics-opinion-on-blogging/',
        status: 'V2',
      },
    ],
  },

  'legal-questions': {
    id: 'legal-questions',
    title: 'If they ask you a legal question',
    text: 'Don’t give advice in chat: you could take on a client by accident. Run a conflicts check first, and if they already have a lawyer in the matter, don’t discuss it with them.',
    sources: [
      {
        text: 'Take care not to create a lawyer-client relationship by accident when you connect with people.',
        source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
        date: 'Nov 2016',
        url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
        status: 'V',
      },
      {
        text: 'Answering a represented person’s legal question on social media risks breaching the no-contact rule and creating an accidental retainer.',
        source: 'Conditsis Lawyers commentary on Australian Solicitors’ Conduct Rules, r 33',
        date: 'undated',
        url: 'https://www.conditsis.com/articles/publications/social-media-a-solicitors-friend-or-foe-the-line-between-the-two-is-often-blurred/',
        status: 'V2',
      },
    ],
  },

  journalists: {
    id: 'journalists',
    title: 'If they are a journalist',
    text: 'Connecting with a journalist can be fine, but don’t comment on client matters. Send any questions about a case through your client or your firm’s media policy.',
    sources: [
      {
        text: 'You must not make public statements that are likely to prejudice a court case.',
        source: 'ABA Model Rules of Professional Conduct, r 3.6',
        date: 'undated',
        url: 'http://www.drunkdrivingdefense.com/rule_3_6.htm',
        status: 'V2',
      },
      {
        text: 'You must not publish material about current proceedings that may prejudice a fair trial.',
        source: 'Australian Solicitors’ Conduct Rules, r 28.1',
        date: 'Uniform Law 2015; Qld 2012; WA 2015',
        url: 'https://lsj.com.au/articles/the-ethics-of-managing-social-media-as-a-legal-professional',
        status: 'V2',
      },
      {
        text: 'You must not reveal information about a client matter in public comment without consent, even if it is already public.',
        source: 'ABA Formal Opinion 480',
        date: '6 Mar 2018',
        url: 'https://www.oblic.com/resources/oblic-news/07/23/2018/ethics-opinion-on-blogging/',
        status: 'V2',
      },
    ],
  },

  pitching: {
    id: 'pitching',
    title: 'If you plan to pitch your services',
    text: 'A general networking request is usually fine. Don’t follow it with a targeted message offering your services to someone you know needs legal help: check your local rules, and in England and Wales don’t send it.',
    sources: [
      {
        text: 'Solicitors must not make targeted, unsolicited approaches to members of the public to advertise their services.',
        source:
          'SRA guidance: Unsolicited approaches (advertising) to members of the public; SRA Code for Solicitors, para 8.9 (number as given by a secondary source)',
        date: '16 Dec 2019',
        url: 'http://www.practicallawyer.co.uk/index.php/component/content/article/914-public/16388-unsolicited-publicity-sra-guidance',
        status: 'V2',
      },
      {
        text: 'The US model rule bans live, person-to-person solicitation, not written messages people can easily ignore; states vary.',
        source: 'ABA Model Rules of Professional Conduct, r 7.3 and comment [2] (2018 text)',
        date: '2018',
        url: 'https://www.americanbar.org/groups/business_law/resources/business-law-today/2022-may/month-in-brief-legal-opinions-ethics/',
        status: 'V2',
      },
      {
        text: 'In Ireland, any online communication meant to publicise your services counts as advertising.',
        source:
          'Legal Services Regulation Act 2015 (Advertising) Regulations 2020 (S.I. 644/2020), reg. 2',
        date: 'in force 18 Dec 2020',
        url: 'https://www.irishstatutebook.ie/eli/2020/si/644/made/en/print',
        status: 'V',
      },
    ],
  },

  endorsements: {
    id: 'endorsements',
    title: 'Endorsements and skills',
    text: 'You answer for what is on your profile, even when others add it. Hide or decline endorsements for work you don’t do, and any “specialist” or “expert” label you are not certified or accredited for.',
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
        date: 'Uniform Law 2015; Qld 2012; WA 2015',
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Law-practice-management',
        status: 'V',
      },
    ],
  },

  'conduct-after': {
    id: 'conduct-after',
    title: 'After you connect',
    text: 'Your messages to connections are not private as far as your regulator is concerned. Keep them as professional as you would in the office.',
    sources: [
      {
        text: 'Offensive private messages and posts can be misconduct if you can be identified as a solicitor.',
        source: 'SRA warning notice: Offensive communications',
        date: '24 Aug 2017 (since updated)',
        url: 'http://www.sra.org.uk/solicitors/code-of-conduct/guidance/warning-notices/Offensive-communications--Warning-notice.page',
        status: 'V',
      },
      {
        text: 'Seriously offensive private LinkedIn messages to a new connection are likely a breach.',
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
  },
};
