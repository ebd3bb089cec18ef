import { BODY_NAMES } from '../../bodyNames';
import type { BodiesOf } from '../../types';
import {
  ASCR_DATE,
  ASCR_R22_5,
  ASCR_R33,
  CHARISTEAS,
  NSW_JURY_ACT_68A,
  NZ_CONTEMPT_S15,
  NZ_R10_2,
  QLS_R33_CONTACTED,
} from './shared';

export const AUSTRALASIA: BodiesOf<'au-solicitors' | 'nzls'> = {
  'au-solicitors': {
    id: 'au-solicitors',
    ...BODY_NAMES['au-solicitors'],
    points: [
      {
        text: 'The Rules were amended from 1 April 2022 in NSW, Victoria and South Australia, and from 1 July 2022 in WA. Queensland keeps its own version and made most of the same changes from 27 September 2024.',
        source:
          'Queensland Law Society: Nature and purpose of the rules; Law Council of Australia: Australian Solicitors’ Conduct Rules',
        date: 'Qld changes in force 27 Sep 2024',
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Nature-and-purpose-of-the-rules',
        status: 'V',
      },
      {
        text: 'Western Australia joined the national (Uniform Law) scheme on 1 July 2022.',
        source: 'Legal Practice Board of Western Australia: Uniform Law; Law Society of WA',
        date: '1 Jul 2022',
        url: 'https://www.lpbwa.org.au/uniform-law',
        status: 'V',
      },
      ASCR_R33,
      {
        text: 'You must not disclose information that is confidential to a client, except within your practice, to others working on the matter, or as the Rules allow.',
        source: 'Australian Solicitors’ Conduct Rules, r 9.1',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-clients/Confidentiality',
        status: 'V',
      },
      {
        text: 'You must not publish material about current proceedings that may prejudice a fair trial or the administration of justice.',
        source: 'Australian Solicitors’ Conduct Rules, r 28.1 (as quoted by the QLS Ethics Centre)',
        date: ASCR_DATE,
        url: 'https://qls.com.au/Practising-law-in-Qld/Ethics-Centre/Rules-Resources/Can-I-talk-to-the-media-about-one-of-my-cases',
        status: 'V',
      },
      {
        text: 'Your advertising must not mislead, including about your expertise, and you may call yourself an “accredited specialist” only if you are accredited.',
        source: 'Australian Solicitors’ Conduct Rules, r 36.1 and 36.2',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Law-practice-management',
        status: 'V',
      },
      {
        text: 'Queensland Law Society guidance covers the risks social media poses to independence, confidentiality and the reputation of the profession.',
        source: 'QLS Guidance Statement No. 24: Ethical considerations on the use of social media',
        date: 'undated',
        url: 'https://www.qls.com.au/Guidance-Statements/No-24-Ethical-considerations-on-the-use-of-social-',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [ASCR_R33, QLS_R33_CONTACTED],
      judge: [ASCR_R22_5, CHARISTEAS],
    },
    court: { must: false, sources: [NSW_JURY_ACT_68A] },
    guidance: {
      label: 'QLS Guidance Statement No. 24: social media',
      url: 'https://www.qls.com.au/Guidance-Statements/No-24-Ethical-considerations-on-the-use-of-social-',
    },
    helplines: [
      {
        label: 'New South Wales: Law Society of NSW Ethics Unit',
        url: 'https://www.lawsociety.com.au/practising-law-in-NSW/ethics-and-compliance/ethics/about',
        note: 'Phone number not confirmed: see the Society’s page.',
      },
      {
        label: 'Victoria: LIV Ethics Guidance Telephone Service',
        url: 'https://www.liv.asn.au/Professional-Practice/Ethics',
        phone: '03 9607 9336',
        email: 'ethics@liv.asn.au',
      },
      {
        label: 'Queensland: QLS Ethics and Practice Centre (confidential ethics guidance)',
        email: 'ethics@qls.com.au',
        note: 'Email as reported in QLS Proctor (Nov 2024); phone not confirmed.',
      },
    ],
    checkYourself:
      'Check which version of the Conduct Rules your state or territory uses, and your own law society’s guidance on social media.',
  },

  nzls: {
    id: 'nzls',
    ...BODY_NAMES['nzls'],
    points: [
      NZ_R10_2,
      {
        text: 'Since July 2021 the conduct rules expressly cover what you do online: “behaviour” includes digital material.',
        source: 'Conduct and Client Care Rules 2008 as amended 1 Jul 2021, r 1.2 (definitions)',
        date: '1 Jul 2021',
        url: 'https://www.legislation.govt.nz/regulation/public/2021/0061/latest/whole.html',
        status: 'V',
      },
      {
        text: 'The Law Society has practical guidance on keeping personal and professional social-media accounts.',
        source: 'NZ Law Society, LawTalk issue 926: Lawyers and social media',
        date: 'undated',
        url: 'https://www.lawsociety.org.nz/news/publications/lawtalk/issue-926/lawyers-and-social-media/',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [NZ_R10_2],
    },
    court: { must: false, sources: [NZ_CONTEMPT_S15] },
    guidance: {
      label: 'LawTalk: Lawyers and social media',
      url: 'https://www.lawsociety.org.nz/news/publications/lawtalk/issue-926/lawyers-and-social-media/',
    },
    helplines: [
      {
        label: 'New Zealand Law Society (general line)',
        url: 'https://www.lawsociety.org.nz/',
        phone: '0800 261 801',
        note: 'The general number printed in the Rules; we could not confirm a separate ethics line.',
      },
    ],
    checkYourself:
      'Check the Rules’ chapters on confidentiality, advertising and duties to the court yourself: we could not confirm their current numbers or wording.',
  },
};
