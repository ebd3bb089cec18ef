import { BODY_NAMES } from '../../../fr/bodyNames';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3 } from '../shared';
import type { BodiesOf, SourcedPoint } from '../../../types';
import { solicitationCaution } from './solicitation';

/** Official pages used more than once below. */
const PAGE = {
  txEthics:
    'https://www.texasbar.com/AM/Template.cfm?Section=Ethics_Resources&Template=/CM/HTMLDisplay.cfm&ContentID=31813',
} as const;

const TX_7_03: SourcedPoint = {
  text: 'Vous ne devez pas solliciter une personne qui n’est pas votre cliente par un contact en direct ou électronique interactif dont vous prenez l’initiative, réseaux sociaux compris, sauf s’il s’agit d’une avocate ou d’un avocat, d’un membre de votre famille, d’une relation professionnelle proche ou ancienne, ou d’une personne habituée à recourir à ces services pour ses affaires.',
  source: 'Texas Disciplinary Rules of Professional Conduct, r 7.03(a)(1) and (b)',
  date: 'en vigueur le 1er juillet 2021',
  status: 'V2',
};
const TX_7_03_COMMENTS: SourcedPoint = {
  text: 'Un message adressé au grand public, ou une réponse à une personne qui l’a demandée, n’est pas de la sollicitation; la voie permise est le courrier ordinaire ou le courriel, auxquels on n’a pas à répondre sur-le-champ.',
  source: 'Texas Disciplinary Rules of Professional Conduct, r 7.03, comments 2 to 4',
  date: 'en vigueur le 1er juillet 2021',
  status: 'V2',
};

export const TEXAS: BodiesOf<'us-tx'> = {
  'us-tx': {
    id: 'us-tx',
    ...BODY_NAMES['us-tx'],
    points: [
      TX_7_03,
      {
        text: 'Une sollicitation est un message adressé à une personne précise qui ne vous a pas demandé conseil, et qui lui offre des services dont vous savez, ou devriez savoir, qu’elle a besoin dans une affaire donnée.',
        source: 'Texas Disciplinary Rules of Professional Conduct, r 7.01(b)(2)',
        date: 'en vigueur le 1er juillet 2021',
        status: 'V2',
      },
      TX_7_03_COMMENTS,
      {
        text: 'Vous pouvez demander conseil pour un client dans un groupe de discussion en ligne entre avocats, dans les limites de votre devoir de confidentialité (règle 1.05).',
        source: 'Professional Ethics Committee for the State Bar of Texas, Opinion 673',
        date: 'août 2018',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': [
        {
          text: 'Sans le consentement de son avocate ou avocat, ne communiquez pas au sujet de l’affaire avec une personne dont vous savez qu’elle y est représentée, et n’amenez ni n’encouragez personne d’autre, votre client compris, à le faire.',
          source: 'Texas Disciplinary Rules of Professional Conduct, r 4.02(a)',
          date: 'non datée',
          status: 'V2',
        },
        ABA_4_2,
      ],
      juror: [
        {
          text: 'Ne communiquez pas hors de la cour avec des jurés potentiels avant le procès, ni avec des jurés pendant celui-ci; après, évitez toute communication qui les harcèle, les embarrasse ou pourrait influencer leurs fonctions futures de juré.',
          source: 'Texas Disciplinary Rules of Professional Conduct, r 3.06 and comment 1',
          date: 'non datée',
          status: 'V2',
        },
        ABA_466,
        ABA_3_5,
      ],
      witness: [ABA_4_3],
      judge: [
        {
          text: 'Ne communiquez pas en privé avec un tribunal pour influencer une affaire en cours, sauf dans le cadre de l’instance, par écrit avec copie à la partie adverse, ou oralement après préavis.',
          source: 'Texas Disciplinary Rules of Professional Conduct, r 3.05',
          date: 'non datée',
          status: 'V2',
        },
        ABA_3_5,
      ],
    },
    court: { must: false, sources: [ABA_3_3_B] },
    guidance: {
      label: 'State Bar of Texas : Ethics Resources (avec les Disciplinary Rules)',
      url: PAGE.txEthics,
    },
    helplines: [
      {
        label: 'State Bar of Texas Ethics Helpline (pour les avocates et avocats du Texas)',
        url: PAGE.txEthics,
        phone: '800-532-3947',
      },
    ],
    checkYourself:
      'Nous n’avons trouvé aucun avis déontologique du Texas sur le fait de se connecter avec des personnes représentées par avocat ou avec des jurés, et nous n’avons pas pu confirmer les règles actuelles des juges sur les réseaux sociaux : renseignez-vous auprès de l’Ethics Helpline.',
    cautions: [
      solicitationCaution(
        'us-tx-solicitation',
        'Texas : offrir vos services par message ou clavardage sur LinkedIn',
        'Depuis juillet 2021, le Texas interdit de solliciter des mandats par un contact en direct ou interactif dont vous prenez l’initiative, réseaux sociaux compris. Répondre à la demande de la personne n’est pas de la sollicitation.',
        [TX_7_03, TX_7_03_COMMENTS],
      ),
    ],
  },
};
