import { ASCR_DATE } from '../bodies/fr/shared';
import type { Caution, CautionId, SourcedPoint } from '../types';

// As in English: `rule` says what rules or guidance say (each claim backed by `sources`, whose
// official titles stay in their own language); `suggestion` is ours, shown labelled as ours.

const DC_370: SourcedPoint = {
  text: 'Vous pouvez vous connecter avec vos clients et d’autres personnes, mais prenez garde aux confidences et au risque de créer une relation avocat-client sans le vouloir.',
  source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
  date: 'nov. 2016',
  url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
  status: 'V',
};

export const CAUTIONS: Record<CautionId, Caution> = {
  'client-confidentiality': {
    id: 'client-confidentiality',
    title: 'Si c’est une cliente ou un client',
    rule: 'Vous pouvez vous connecter avec vos clients, mais un lien visible peut révéler qu’une personne fait partie de votre clientèle, et ce qui touche le dossier d’un client reste confidentiel, même si c’est public.',
    sources: [
      DC_370,
      {
        text: 'Un lien visible avec une cliente ou un client sur LinkedIn peut, à lui seul, révéler que cette personne fait partie de votre clientèle.',
        source: 'Law Society (England & Wales) practice note: Social media (non contraignante)',
        date: '20 déc. 2011 (nouvelle édition le 15 oct. 2024)',
        url: 'https://www.lawsociety.org.uk/topics/business-management/social-media',
        status: 'V2',
      },
      {
        text: 'Les renseignements sur un mandat restent confidentiels, même s’ils figurent déjà dans des documents publics.',
        source: 'ABA Formal Opinion 480 (selon le résumé qu’en font des sources secondaires)',
        date: '6 mars 2018',
        status: 'V2',
      },
    ],
    suggestion:
      'N’acceptez que si le lien peut être vu sans inconvénient, ou si votre client est d’accord. Pensez à masquer votre liste de contacts, et ne discutez pas des dossiers dans la messagerie de LinkedIn.',
  },

  'legal-questions': {
    id: 'legal-questions',
    title: 'Si la personne vous pose une question juridique',
    rule: 'Prenez garde de ne pas créer une relation avocat-client sans le vouloir. Si la personne a déjà une avocate ou un avocat dans le dossier, les règles sur les rapports avec le client d’un autre avocat s’appliquent.',
    sources: [
      DC_370,
      {
        text: 'En Australie, répondre sur les réseaux sociaux à la question juridique d’une personne représentée risque d’enfreindre la règle sur les communications avec le client d’un autre solicitor, et de créer un mandat sans le vouloir.',
        source:
          'Australian Solicitors’ Conduct Rules, r 33.1, appliquée aux réseaux sociaux par le commentaire d’un cabinet (Conditsis Lawyers)',
        date: ASCR_DATE,
        url: 'https://qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-persons/Communication-with-another-solicitor-s-client',
        status: 'V2',
      },
    ],
    suggestion:
      'Aucun conseil par message. Si vous n’êtes pas avocate ou avocat, confiez la question à une ou un collègue qui l’est. Si vous l’êtes, vérifiez d’abord les conflits d’intérêts et ne discutez pas d’un dossier où la personne est représentée.',
  },

  journalists: {
    id: 'journalists',
    title: 'Si la personne est journaliste',
    rule: 'Les règles visent ce que vous dites : aucune déclaration publique susceptible de nuire à une affaire, et rien sur les affaires d’un client sans son autorisation.',
    sources: [
      {
        text: 'Vous ne devez pas faire, hors cour, de déclarations dont vous savez qu’elles seront rendues publiques et qui risquent sérieusement de nuire à une affaire.',
        source:
          'ABA Model Rules of Professional Conduct, r 3.6(a), citée par l’ABA Litigation Section',
        date: 'non datée',
        url: 'https://www.americanbar.org/groups/litigation/resources/newsletters/ethics-professionalism/post-election-litigation-rule-36-restrictions-trial-publicity/',
        status: 'V2',
      },
      {
        text: 'Vous ne devez pas publier sur une instance en cours un contenu qui pourrait nuire à un procès équitable ou à l’administration de la justice.',
        source: 'Australian Solicitors’ Conduct Rules, r 28.1 (citée par le QLS Ethics Centre)',
        date: ASCR_DATE,
        url: 'https://qls.com.au/Practising-law-in-Qld/Ethics-Centre/Rules-Resources/Can-I-talk-to-the-media-about-one-of-my-cases',
        status: 'V',
      },
      {
        text: 'En Écosse, une déclaration publique sur les affaires d’un client exige son autorisation, doit servir au mieux ses intérêts et doit être exacte.',
        source:
          'Law Society of Scotland guidance: Comments to the media by solicitors (en application de la règle B1.6)',
        date: 'non datée',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/guidance/b1-6-comments-to-the-media-by-solicitors/',
        status: 'V',
      },
    ],
    suggestion:
      'Vous connecter peut être sans problème. Ne commentez pas les dossiers de vos clients : faites passer les questions sur une affaire par le client, ou suivez la politique de votre cabinet envers les médias.',
  },

  pitching: {
    id: 'pitching',
    title: 'Si vous comptez offrir vos services',
    rule: 'Les règles sur la sollicitation de clientèle varient. Certaines interdisent d’approcher le public, ou le client d’un autre solicitor; la règle type américaine interdit la sollicitation en direct, de personne à personne, mais pas les messages écrits.',
    sources: [
      {
        text: 'En Angleterre et au pays de Galles, la SRA a mis en garde les cabinets contre les démarches non sollicitées auprès du public qui enfreignent ses règles.',
        source: 'SRA warning notice: Marketing your services to members of the public',
        date: '19 déc. 2024',
        url: 'https://sra.org.uk/solicitors/guidance/marketing-public',
        status: 'V',
      },
      {
        text: 'En Écosse, vous ne devez pas approcher une personne que vous savez être cliente d’un autre solicitor ou d’un autre cabinet pour obtenir ses mandats.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B3.2',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
      {
        text: 'La règle type américaine interdit la sollicitation en direct, de personne à personne, mais pas les messages écrits qu’on peut facilement ignorer; les règles des États varient.',
        source:
          'ABA Model Rules of Professional Conduct, r 7.3 et commentaire [2] (texte de 2018), cités dans ABA Business Law Today',
        date: '2018 (cité en mai 2022)',
        url: 'https://www.americanbar.org/groups/business_law/resources/business-law-today/2022-may/month-in-brief-legal-opinions-ethics/',
        status: 'V2',
      },
      {
        text: 'En Irlande, toute communication destinée à faire connaître vos services juridiques, en ligne comme ailleurs, est de la publicité.',
        source:
          'Legal Services Regulation Act 2015 (Advertising) Regulations 2020 (S.I. 644/2020), reg. 2',
        date: 'en vigueur le 18 déc. 2020',
        url: 'https://www.irishstatutebook.ie/eli/2020/si/644/made/en/print',
        status: 'V',
      },
    ],
    suggestion:
      'Une invitation générale pose rarement problème. Ne la faites pas suivre d’un message ciblé offrant vos services à une personne que vous savez avoir besoin d’aide juridique : vérifiez vos règles et, au Royaume-Uni, ne l’envoyez pas.',
  },

  endorsements: {
    id: 'endorsements',
    title: 'Validations et compétences',
    rule: 'Vous répondez de ce qui figure sur votre profil, même quand d’autres l’y ajoutent : retirez les validations fausses ou trompeuses, et ne vous dites spécialiste que si vos règles le permettent.',
    sources: [
      {
        text: 'Vous devez revoir votre profil et en retirer les validations fausses ou trompeuses.',
        source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
        date: 'nov. 2016',
        url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
        status: 'V',
      },
      {
        text: 'Vous êtes responsable de tout le contenu de votre profil : surveillez les validations, et refusez, supprimez ou masquez celles qui ne sont pas permises.',
        source: 'State Bar of Michigan, LinkedIn FAQs (pas un avis déontologique)',
        date: 'non datée',
        url: 'https://michbar.org/opinions/ethics/linkedinFAQs',
        status: 'V',
      },
      {
        text: 'Ne donnez pas une impression trompeuse d’expertise spécialisée, et ne vous présentez comme « spécialiste accrédité » que si vous détenez cette accréditation.',
        source: 'Australian Solicitors’ Conduct Rules, r 36.2',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Law-practice-management',
        status: 'V',
      },
      {
        text: 'En Écosse, vous ne pouvez vous dire spécialiste que si vous pouvez le justifier; c’est à vous d’en faire la preuve.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B3.4',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
    ],
    suggestion:
      'Masquez ou refusez les validations pour du travail que vous ne faites pas, et toute mention de « spécialiste » ou d’« expert » pour laquelle vous n’avez ni certification ni accréditation.',
  },

  'conduct-after': {
    id: 'conduct-after',
    title: 'Une fois la connexion établie',
    rule: 'Les organismes de réglementation traitent les messages à vos contacts comme toute autre conduite : des messages offensants peuvent être un manquement déontologique, même privés.',
    sources: [
      {
        text: 'Des courriels, des textos et des publications offensants sur les réseaux sociaux, même privés, peuvent être un manquement si l’on peut vous identifier comme solicitor.',
        source:
          'SRA warning notice: Offensive communications (version de 2017; l’avis a été mis à jour depuis)',
        date: '24 août 2017',
        status: 'V',
      },
      {
        text: 'Des messages LinkedIn privés gravement offensants envoyés à un nouveau contact, alors que vous utilisez LinkedIn pour faire votre publicité, sont probablement un manquement.',
        source: 'BSB Social Media Guidance (exemple commenté)',
        date: '20 sept. 2023',
        url: 'https://www.barstandardsboard.org.uk/resources/press-releases/bsb-publishes-new-guidance-on-barristers-conduct-in-non-professional-life-and-on-social-media.html',
        status: 'V',
      },
      {
        text: 'Les règles de conduite de la Nouvelle-Zélande définissent le « comportement » comme incluant le contenu numérique.',
        source: 'NZ Conduct and Client Care Rules 2008, modifiées le 1er juill. 2021, r 1.2',
        date: '1er juill. 2021',
        url: 'https://www.legislation.govt.nz/regulation/public/2021/0061/latest/whole.html',
        status: 'V',
      },
    ],
    suggestion:
      'Gardez vos messages aux nouveaux contacts aussi professionnels que vous le feriez au bureau.',
  },
};
