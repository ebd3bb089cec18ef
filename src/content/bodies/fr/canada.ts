import { BODY_NAMES } from '../../fr/bodyNames';
import type { BodiesOf, SourcedPoint } from '../../types';
import { ALBERTA_7_2_8 } from './shared';

/**
 * Official pages used more than once below. On French pages the Barreau du Québec speaks
 * through its own French texts: the Code de déontologie des avocats on LégisQuébec's French
 * pages, and its notice of 2 April 2024 (whose French address was not seen: the address below
 * shows the French text).
 */
const PAGE = {
  qcNotice:
    'https://barreau.qc.ca/en/new/notices-to-members/comportement-avocats-reseaux-sociaux-respect-regles-deontologiques',
  qcCode: 'https://legisquebec.gouv.qc.ca/fr/document/rc/b-1,%20r.%203.1/20160101',
} as const;

const QC_NOTICE: SourcedPoint = {
  text: 'Le respect des règles du Code de déontologie des avocats « s’applique en tout temps », sur les réseaux sociaux comme ailleurs : vous devez y « faire preuve de discernement, de respect et de décence ».',
  source:
    'Barreau du Québec, avis aux membres : Comportement des avocats et des avocates sur les réseaux sociaux',
  date: '2 avr. 2024',
  url: PAGE.qcNotice,
  status: 'V',
};
const QC_CLIENT_CONTACT: SourcedPoint = {
  text: 'Ne parlez jamais de vos clients ni de leurs dossiers sans leur autorisation : même ajouter une cliente ou un client à vos contacts, ou partager votre localisation, peut divulguer des renseignements confidentiels.',
  source:
    'Barreau du Québec, recommandations de son avis du 2 avril 2024 (telles que rapportées par Droit-inc)',
  date: '2 avr. 2024',
  url: PAGE.qcNotice,
  status: 'V2',
};
const QC_ART_145: SourcedPoint = {
  text: 'Dans votre publicité, vous ne pouvez pas utiliser, ni laisser utiliser, une déclaration d’appui ou de reconnaissance à votre sujet.',
  source: 'Code de déontologie des avocats (RLRQ, c. B-1, r. 3.1), art. 145',
  date: 'en vigueur le 26 mars 2015',
  url: PAGE.qcCode,
  status: 'V2',
};

export const CANADA: BodiesOf<'ca-flsc' | 'barreau-qc'> = {
  'ca-flsc': {
    id: 'ca-flsc',
    ...BODY_NAMES['ca-flsc'],
    points: [
      {
        text: 'Tout ce que vous faites pour promouvoir vos services doit être vrai, exact et vérifiable, d’une façon que vous pouvez démontrer, et ne doit pas induire en erreur.',
        source: 'FLSC Model Code of Professional Conduct, marketing rules',
        date: 'non datée',
        url: 'https://flsc.ca/interactivecode',
        status: 'V2',
      },
      {
        text: 'En Alberta, le commentaire du Code ajoute : ne laissez pas entendre que vous valez mieux que d’autres avocates et avocats, et n’utilisez pas de témoignages ni d’appuis qui jouent sur les émotions.',
        source: 'Law Society of Alberta Code of Conduct, rules 4.1 and 4.2 and commentary',
        date: 'non datée',
        url: 'https://learningcentre.lawsociety.ab.ca/mod/page/view.php?id=670',
        status: 'V',
      },
      ALBERTA_7_2_8,
    ],
    redFlags: {
      'opposing-party': [ALBERTA_7_2_8],
    },
    guidance: {
      label: 'FLSC Model Code of Professional Conduct (version interactive)',
      url: 'https://flsc.ca/interactivecode',
    },
    helplines: [
      {
        label:
          'Ontario : Practice Management Helpline de la Law Society of Ontario (avocates, avocats et parajuristes)',
        url: 'https://www.lso.ca/lawyers/practice-supports-and-resources/practice-management-helpline/practice-management-frequently-asked-questions',
        note: 'Une aide confidentielle sur les Rules of Professional Conduct; nous n’avons pas pu confirmer son numéro de téléphone.',
      },
    ],
    checkYourself:
      'Le Code type de la Fédération n’est qu’un modèle : ce sont le code de votre ordre professionnel provincial ou territorial, et ses numéros de règles, qui vous lient.',
  },

  'barreau-qc': {
    id: 'barreau-qc',
    ...BODY_NAMES['barreau-qc'],
    points: [
      QC_NOTICE,
      {
        text: 'Agissez « avec honneur, dignité, intégrité, respect, modération et courtoisie », en ligne comme ailleurs.',
        source:
          'Code de déontologie des avocats, art. 4 (cité dans l’avis du Barreau du 2 avril 2024)',
        date: 'en vigueur le 26 mars 2015 (cité le 2 avr. 2024)',
        url: PAGE.qcNotice,
        status: 'V',
      },
      QC_CLIENT_CONTACT,
      {
        text: 'Dans certaines conditions, vous ne devez pas « faire de déclarations publiques ni communiquer des renseignements aux médias au sujet d’une affaire pendante devant un tribunal ».',
        source:
          'Code de déontologie des avocats, art. 18 (cité dans l’avis du Barreau du 2 avril 2024)',
        date: 'en vigueur le 26 mars 2015 (cité le 2 avr. 2024)',
        url: PAGE.qcNotice,
        status: 'V',
      },
      {
        text: 'Quand vous offrez vos services, par quelque moyen que ce soit, rien ne doit être faux ou trompeur, relever de la contrainte ou du harcèlement, ni exploiter une personne vulnérable.',
        source: 'Code de déontologie des avocats (RLRQ, c. B-1, r. 3.1), art. 8',
        date: 'en vigueur le 26 mars 2015',
        url: PAGE.qcCode,
        status: 'V2',
      },
      QC_ART_145,
    ],
    redFlags: {},
    guidance: {
      label:
        'Avis aux membres du Barreau du Québec : Comportement des avocats et des avocates sur les réseaux sociaux (2 avril 2024)',
      url: PAGE.qcNotice,
    },
    helplines: [
      {
        label: 'Ligne Info-Déonto du Barreau du Québec',
        url: PAGE.qcNotice,
        phone: '514 954-3420 ou 1 844 954-3420',
      },
    ],
    checkYourself:
      'Vérifiez vous-même, dans le Code de 2015, ce qui s’applique à une personne représentée par avocat et aux contacts avec les membres d’un jury et les juges : nous n’avons pas pu confirmer ces articles. Info-Déonto peut vous aider.',
    cautions: [
      {
        id: 'barreau-qc-recommendations',
        when: { outcome: ['accept'] },
        title: 'Québec : recommandations et appuis',
        rule: 'L’article 145 du Code interdit d’utiliser, ou de laisser utiliser, dans votre publicité une déclaration d’appui ou de reconnaissance à votre sujet. Un grand cabinet d’avocats estime que cela vise les recommandations sur LinkedIn (« Recommendations »); nous ne connaissons pas la position du Barreau.',
        suggestion: 'Consultez Info-Déonto avant de demander des recommandations ou d’en afficher.',
        sources: [
          QC_ART_145,
          {
            text: 'Le blogue d’un cabinet d’avocats soutient que les recommandations sur LinkedIn, et les appuis affichés (« Endorsements »), pourraient contrevenir à l’art. 145 (c’est la lecture du cabinet, pas celle du Barreau).',
            source: 'Billet du blogue de McCarthy Tétrault sur LinkedIn et l’art. 145 du Code',
            date: 'non datée',
            status: 'V2',
          },
        ],
      },
      {
        id: 'barreau-qc-client-contact',
        when: { outcome: ['accept', 'wait'], objectives: ['clients'] },
        title: 'Québec : une cliente ou un client dans vos contacts',
        rule: 'Le Barreau du Québec prévient que même ajouter une cliente ou un client à vos contacts peut divulguer des renseignements confidentiels.',
        suggestion:
          'Si cette personne devient votre cliente ou votre client, demandez-vous s’il vaut mieux rester en contact avec elle aux yeux de tous.',
        sources: [QC_CLIENT_CONTACT],
      },
    ],
  },
};
