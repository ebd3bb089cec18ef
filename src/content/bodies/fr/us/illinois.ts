import { BODY_NAMES } from '../../../fr/bodyNames';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3, ND_ILL_LR_83_53_5_G } from '../shared';
import type { BodiesOf } from '../../../types';

/** Official pages used more than once below. */
const PAGE = {
  ardcInquiry: 'https://iardc.org/EducationAndOutreach/EthicsInquiryProgram',
  isbaEndorsing: 'https://www.isba.org/ibj/2016/01/ethicsendorsing',
} as const;

export const ILLINOIS: BodiesOf<'us-il'> = {
  'us-il': {
    id: 'us-il',
    ...BODY_NAMES['us-il'],
    points: [
      {
        text: 'En janvier 2016, aucun avis déontologique de l’Illinois ne portait sur les réseaux sociaux comme tels; l’Illinois Bar Journal signalait comme risquées les compétences affichées sur LinkedIn et leurs validations.',
        source: 'Illinois Bar Journal (ISBA): The Ethics of Endorsing',
        date: 'janv. 2016',
        url: PAGE.isbaEndorsing,
        status: 'V',
      },
      {
        text: 'En Illinois, des avocats ont été sanctionnés pour avoir révélé des confidences de clients sur un blogue (In re Peshek, 2010) et pour y avoir fait de fausses déclarations sur leur parcours (In re Morask, 2013).',
        source: 'Illinois Bar Journal (ISBA): The Ethics of Endorsing',
        date: 'janv. 2016',
        url: PAGE.isbaEndorsing,
        status: 'V',
      },
      {
        text: 'Dans l’Illinois Bar Journal, un praticien estimait que les validations de compétences doivent être sincères et ne rien contenir de faux, puisque les règles sur la publicité s’appliquent.',
        source:
          'Illinois Bar Journal (ISBA): Lawyers and LinkedIn endorsements: proceed with caution',
        date: 'janv. 2013',
        url: 'https://www.isba.org/ibj/2013/01/lawpulse/lawyersandlinkedinendorsementsproce',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': [ABA_4_2],
      juror: [ABA_466, ABA_3_5],
      witness: [ABA_4_3],
      judge: [
        {
          text: 'L’Illinois Code of Judicial Conduct de 2023 vise aussi les moyens électroniques : un juge peut y contrevenir par ce qu’il publie ou par les liens qu’il crée sur les réseaux sociaux.',
          source:
            'Illinois Code of Judicial Conduct of 2023, Preamble and Scope ¶(4) (as reported)',
          date: '2023 (date d’entrée en vigueur non vérifiée)',
          status: 'V2',
        },
        ABA_3_5,
      ],
    },
    court: { must: false, sources: [ND_ILL_LR_83_53_5_G, ABA_3_3_B] },
    guidance: {
      label: 'ISBA Professional Conduct Advisory Opinions',
      url: 'https://isba.org/ethics/byyear',
    },
    helplines: [
      {
        label:
          'ARDC Ethics Inquiry Program (aide à la recherche sur les règles de l’Illinois; pas un avis juridique)',
        url: PAGE.ardcInquiry,
        phone: '(312) 565-2600 ou (800) 826-8625',
      },
    ],
    checkYourself:
      'Nous n’avons pas pu confirmer les règles de l’Illinois sur la sollicitation de clientèle ni sur les contacts avec des personnes représentées par avocat ou avec des jurés, ni confirmer qu’un avis de l’ISBA ait porté sur LinkedIn depuis 2016 : renseignez-vous auprès de l’ARDC Ethics Inquiry Program.',
  },
};
