import { BODY_NAMES } from '../../../bodyNames';
import type { BodiesOf } from '../../../types';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3 } from '../shared';

export const ABA: BodiesOf<'aba'> = {
  aba: {
    id: 'aba',
    ...BODY_NAMES['aba'],
    position: {
      text: 'D.C. Bar Opinion 370 allows you to connect with clients and others, taking care over confidences and over taking on a client by accident. Your own state’s view may differ.',
      source: 'D.C. Bar Ethics Opinion 370 (Social Media I)',
      date: 'Nov 2016',
      url: 'https://new.dcbar.org/for-lawyers/legal-ethics/ethics-opinions-210-present/ethics-opinion-370',
      status: 'V',
    },
    points: [
      {
        text: 'The model rule bans live, person-to-person selling of your services, but not written messages people can easily ignore. States vary.',
        source:
          'ABA Model Rules of Professional Conduct, r 7.3 and comment [2] (2018 text), as quoted in ABA Business Law Today',
        date: '2018 (quoted May 2022)',
        url: 'https://www.americanbar.org/groups/business_law/resources/business-law-today/2022-may/month-in-brief-legal-opinions-ethics/',
        status: 'V2',
      },
      {
        text: 'Nothing you say about yourself or your services may be false or misleading, and that includes your profile, skills and endorsements.',
        source: 'ABA Model Rules of Professional Conduct, r 7.1',
        date: 'undated',
        status: 'V2',
      },
      {
        text: 'You must not claim to be a certified specialist unless an approved body has certified you and you name it.',
        source: 'ABA Model Rules of Professional Conduct, r 7.2(c) (2018 text)',
        date: '2018',
        status: 'V2',
      },
      {
        text: 'You must not reveal information about a client matter in public comment without consent, even if it is on the public record.',
        source: 'ABA Formal Opinion 480',
        date: '6 Mar 2018',
        status: 'V2',
      },
      ABA_466,
    ],
    redFlags: {
      'opposing-party': [ABA_4_2],
      juror: [ABA_466, ABA_3_5],
      witness: [ABA_4_3],
      judge: [ABA_3_5],
    },
    court: { must: false, sources: [ABA_3_3_B] },
    guidance: {
      label: 'ABA Center for Professional Responsibility',
      url: 'https://www.americanbar.org/groups/professional_responsibility/',
    },
    helplines: [],
    checkYourself:
      'The ABA Model Rules are a model: your own state’s rules and bar opinions are what bind you. Check whether your state bar runs an ethics hotline.',
  },
};
