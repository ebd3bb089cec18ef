import { BODY_NAMES } from '../../fr/bodyNames';
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
  text: 'N’essayez pas d’influer sur la teneur d’un témoignage, par exemple en persuadant un témoin de le changer, et n’offrez à un témoin aucun avantage qui dépende de son témoignage ou de l’issue de l’affaire.',
  source:
    'SRA Code of Conduct for Solicitors, RELs, RFLs and RSLs, section 2 (Dispute resolution and proceedings before courts, tribunals and inquiries)',
  date: '2019',
  url: 'https://rules.sra.org.uk/solicitors/standards-regulations/standards-regulations-search?page=9&resultsPerPage=10',
  status: 'V',
};

const BSB_RC9_4: SourcedPoint = {
  text: 'Vous ne devez ni faire répéter son témoignage à un témoin, ni vous exercer avec lui, ni l’entraîner à le livrer.',
  source: 'BSB Handbook, rC9.4 (as quoted in Counsel magazine)',
  date: 'conseils du Bar Council, dernière révision en août 2017',
  status: 'V2',
};

export const UK: BodiesOf<'sra' | 'bsb' | 'cilex' | 'ipreg' | 'lsni'> = {
  sra: {
    id: 'sra',
    ...BODY_NAMES['sra'],
    points: [
      {
        text: 'Vous devez préserver la confiance du public envers la profession (principe 2), agir avec indépendance (3) et avec intégrité (5). L’étude de cas de la SRA sur le principe 2 vise la conduite hors de la pratique autant que dans la pratique.',
        source: 'SRA Principles 2019',
        date: 'en vigueur depuis le 25 nov. 2019',
        url: SRA_PRINCIPLES_URL,
        status: 'V',
      },
      {
        text: 'Vous devez garder confidentielles les affaires de vos clients actuels et anciens, sauf si la loi exige ou permet de les divulguer, ou si le client y consent.',
        source: 'SRA Code of Conduct for Solicitors, RELs and RFLs, para 6.3',
        date: '2019',
        status: 'V2',
      },
      {
        text: 'La note de pratique de la Law Society (non contraignante) prévenait qu’une connexion visible avec un client sur LinkedIn peut à elle seule révéler qu’il s’agit de votre client.',
        source: 'Law Society practice note: Social media (first edition; new edition 15 Oct 2024)',
        date: '20 déc. 2011',
        url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
        status: 'V2',
      },
      {
        text: 'La SRA a mis les cabinets en garde contre les démarches non sollicitées auprès du public qui enfreignent ses règles, comme la sollicitation téléphonique et le porte-à-porte.',
        source: 'SRA warning notice: Marketing your services to members of the public',
        date: '19 déc. 2024',
        url: 'https://sra.org.uk/solicitors/guidance/marketing-public',
        status: 'V',
      },
      {
        text: 'Les paragraphes du Code sur l’information des clients et la publicité (8.1 à 8.11) ne s’appliquent que si vous offrez vos services au public ou à une partie du public.',
        source: 'SRA Code of Conduct for Solicitors, RELs and RFLs, introduction',
        date: '2019',
        url: 'https://beta.sra.org.uk/code-conduct-solicitors-rels-and-rfls',
        status: 'V',
      },
      {
        text: 'Si vous servez le public, le Code de la SRA et ses lignes directrices de 2019, tels qu’ils sont résumés, interdisent de solliciter des particuliers de façon ciblée; la publicité générale en ligne est permise.',
        source:
          'SRA Code for Solicitors, unsolicited approaches (para 8.9); SRA guidance: Unsolicited approaches (advertising) to members of the public',
        date: '16 déc. 2019',
        url: 'https://www.sra.org.uk/solicitors/standards-regulations/code-conduct-solicitors/?contentId=661129371',
        status: 'V2',
      },
      {
        text: 'Des courriels, textos et publications offensants sur les réseaux sociaux, même privés, peuvent constituer une faute si l’on peut vous identifier comme solicitor : « c’était privé » n’est pas une excuse.',
        source: 'SRA warning notice: Offensive communications (2017 version; since updated)',
        date: '24 août 2017',
        status: 'V',
      },
    ],
    redFlags: { witness: [SRA_EVIDENCE] },
    court: EW_COURT,
    guidance: {
      label: 'Note de pratique de la Law Society : Social media (non contraignante)',
      url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
    },
    helplines: [
      {
        label: 'Professional Ethics helpline de la SRA, pour les solicitors',
        url: 'https://www.sra.org.uk/',
        note: 'Ce service est nommé sur une page de la SRA antérieure à novembre 2019; nous n’avons pas pu confirmer son numéro de téléphone actuel.',
      },
    ],
    checkYourself:
      'Vérifiez vous-même, dans le Code actuel de la SRA, les règles sur l’exactitude de la publicité et sur les contacts avec le client d’une autre partie : nous n’avons pas pu confirmer ces paragraphes.',
  },

  bsb: {
    id: 'bsb',
    ...BODY_NAMES['bsb'],
    points: [
      {
        text: 'Le devoir fondamental 5 et la règle rC8 s’appliquent à votre usage privé des réseaux sociaux comme à votre usage professionnel.',
        source: 'BSB Social Media Guidance (BSB Handbook CD5, rC8)',
        date: '20 sept. 2023',
        url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
        status: 'V',
      },
      {
        text: 'Pour juger ce que vous publiez, le BSB regarde surtout la façon dont vous exprimez vos opinions.',
        source: 'BSB Social Media Guidance',
        date: '20 sept. 2023',
        url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
        status: 'V',
      },
      {
        text: 'Son propre exemple, tiré de LinkedIn : envoyer des messages privés gravement offensants à une nouvelle relation, alors que vous utilisez LinkedIn pour votre publicité, est probablement un manquement.',
        source: 'BSB Social Media Guidance (worked example)',
        date: '20 sept. 2023',
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
        label: 'Bar Council Ethical Enquiries Service (de 9 h 15 à 17 h 15, du lundi au vendredi)',
        url: 'https://www.barcouncil.org.uk/support-for-barristers/wellbeing-personal-career-support/helplines.html',
        phone: '020 7611 1307',
        email: 'Ethics@BarCouncil.org.uk',
      },
    ],
    checkYourself:
      'Consultez le BSB Handbook actuel et le centre de ressources du Bar Council (Ethics & Practice Hub) pour tout ce qui s’applique à votre situation.',
  },

  cilex: {
    id: 'cilex',
    ...BODY_NAMES['cilex'],
    points: [
      {
        text: 'Les lignes directrices visent toute communication, en ligne ou en personne : publications, textos, courriels et messages vocaux.',
        source: 'CILEx Regulation guidance: Social media and other communications',
        date: 'non datée',
        url: PAGE.cilexSocialMedia,
        status: 'V',
      },
      {
        text: 'Ces lignes directrices ne font pas partie des règles, mais elles seront prises en compte dans les affaires disciplinaires.',
        source: 'CILEx Regulation guidance: Social media and other communications',
        date: 'non datée',
        url: PAGE.cilexSocialMedia,
        status: 'V',
      },
      {
        text: 'Les principes du Code comprennent des normes élevées de conduite professionnelle et personnelle, l’honnêteté et l’intégrité, et le respect de la confidentialité des clients.',
        source: 'CILEx Code of Conduct, core principles (including principle 5)',
        date: 'en vigueur en janv. 2015',
        url: PAGE.cilexCode,
        status: 'V',
      },
      {
        text: 'Le Code peut viser votre vie personnelle là où elle pourrait nuire à la confiance envers vous ou envers la profession; plus la conduite est proche de votre pratique, plus elle compte.',
        source: 'CILEx Regulation: how the Code of Conduct applies',
        date: 'non datée',
        url: PAGE.cilexCodeApplies,
        status: 'V',
      },
      {
        text: 'Si vous travaillez dans un cabinet encadré par un autre organisme de réglementation, comme la SRA, vous devez aussi suivre le code de cet organisme.',
        source: 'CILEX practice advice: Bound by other codes?',
        date: 'non datée',
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
        label: 'CILEX Practice Advice (demande en ligne)',
        url: PAGE.cilexOtherCodes,
        note: 'Nous n’avons trouvé aucune ligne téléphonique.',
      },
    ],
    checkYourself:
      'Lisez vous-même le Code sur la publicité et sur les rapports avec le client d’une autre partie : nous n’avons pas pu confirmer quels résultats attendus les visent. Dans un cabinet encadré par la SRA, ses règles s’appliquent aussi.',
  },

  ipreg: {
    id: 'ipreg',
    ...BODY_NAMES['ipreg'],
    points: [
      {
        text: 'Le cadre réglementaire de l’IPReg (Core Regulatory Framework), soit ses principes directeurs et son code de conduite, s’applique depuis le 1er juillet 2023 à la place des anciennes règles de conduite.',
        source: 'IPReg Core Regulatory Framework',
        date: 'en vigueur le 1er juillet 2023',
        url: PAGE.ipregFramework,
        status: 'V',
      },
      {
        text: 'Les principes, comme l’honnêteté, l’intégrité, l’indépendance et le meilleur intérêt des clients, visent votre vie privée quand elle touche votre pratique; des publications inacceptables sur les réseaux sociaux en sont un exemple.',
        source: 'IPReg Overarching Principles (as summarised by Fox Williams LLP)',
        date: '12 sept. 2023',
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
      'Nous n’avons trouvé à l’IPReg ni lignes directrices sur les réseaux sociaux, ni paragraphe du Code sur la publicité ou les démarches non sollicitées, ni ligne d’aide : lisez vous-même le Core Regulatory Framework.',
  },

  lsni: {
    id: 'lsni',
    ...BODY_NAMES['lsni'],
    points: [
      {
        text: 'Vos normes de conduite essentielles se trouvent dans les Solicitors’ Practice Regulations 1987, mises à jour, que la Law Society publie avec ses autres règlements.',
        source: 'Law Society of Northern Ireland: Solicitors’ Practice Regulations 1987',
        date: 'mises à jour en 2010; version codifiée au 25 juin 2013',
        url: PAGE.lsniRegulations,
        status: 'V',
      },
      {
        text: 'Le magazine de la Law Society, The Writ, a publié un article sur les réseaux sociaux pour les solicitors; nous n’en avons pas vu le contenu.',
        source: 'The Writ, issue 240: The good, the bad, and social media',
        date: 'hiver 2022-2023',
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
      'Nous n’avons trouvé à la LSNI ni lignes directrices sur les réseaux sociaux ni ligne d’aide en déontologie, ni pu lire ses règles sur la publicité ou sur les contacts avec le client d’un autre solicitor : vérifiez vous-même ses règlements.',
  },
};
