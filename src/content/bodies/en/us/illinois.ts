import { BODY_NAMES } from '../../../bodyNames';
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
        text: 'As of January 2016 no Illinois ethics opinion dealt with social media as such; the Illinois Bar Journal flagged LinkedIn skills and endorsements as risky.',
        source: 'Illinois Bar Journal (ISBA): The Ethics of Endorsing',
        date: 'Jan 2016',
        url: PAGE.isbaEndorsing,
        status: 'V',
      },
      {
        text: 'Illinois lawyers have been disciplined for revealing client confidences on a blog (In re Peshek, 2010) and for false statements there about their record (In re Morask, 2013).',
        source: 'Illinois Bar Journal (ISBA): The Ethics of Endorsing',
        date: 'Jan 2016',
        url: PAGE.isbaEndorsing,
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
      'opposing-party': [ABA_4_2],
      juror: [ABA_466, ABA_3_5],
      witness: [ABA_4_3],
      judge: [
        {
          text: 'The 2023 Illinois Code of Judicial Conduct covers electronic means: a judge’s posting or linking on social networks can breach it.',
          source:
            'Illinois Code of Judicial Conduct of 2023, Preamble and Scope ¶(4) (as reported)',
          date: '2023 (effective date not checked)',
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
          'ARDC Ethics Inquiry Program (research help on the Illinois rules; not legal advice)',
        url: PAGE.ardcInquiry,
        phone: '(312) 565-2600 or (800) 826-8625',
      },
    ],
    checkYourself:
      'We could not confirm Illinois’s rules on soliciting clients, represented people or jurors, or any ISBA opinion on LinkedIn since 2016: ask the ARDC Ethics Inquiry Program.',
  },
};
