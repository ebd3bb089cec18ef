import { BODY_NAMES } from '../../../bodyNames';
import { ABA_3_5, ABA_466, ABA_4_2, ABA_4_3, NY_3_5_D } from '../shared';
import type { BodiesOf, SourcedPoint } from '../../../types';
import { solicitationCaution } from './solicitation';

/** Official pages used more than once below. */
const PAGE = {
  nysbaInquiries: 'https://archive.nysba.org/CustomTemplates/SecondaryStandard.aspx?id=6791',
} as const;

const NY_7_3: SourcedPoint = {
  text: 'You must not solicit work by real-time or interactive computer-accessed communication unless the person is a close friend, relative, former client or existing client.',
  source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 7.3(a)(1) (2009 text)',
  date: '2009 text (current text not checked)',
  status: 'V2',
};
const NY_1_0_C: SourcedPoint = {
  text: 'The rules define computer-accessed communication to include chat rooms and instant messaging.',
  source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 1.0(c)',
  date: 'in force 1 Apr 2009',
  status: 'V2',
};
const NY_OP_899: SourcedPoint = {
  text: 'You may give general answers on interactive sites but must not solicit there; if someone asks there to hire you, reply with a private written proposal away from the site.',
  source: 'NYSBA Committee on Professional Ethics, Opinion 899',
  date: '21 Dec 2011',
  url: 'https://nysba.org/ethics-opinion-899/',
  status: 'V',
};

export const NEW_YORK: BodiesOf<'us-ny'> = {
  'us-ny': {
    id: 'us-ny',
    ...BODY_NAMES['us-ny'],
    points: [
      NY_7_3,
      NY_1_0_C,
      NY_OP_899,
      {
        text: 'You may look at the public pages of another party in a pending case, as long as you don’t “friend” them or get someone else to.',
        source: 'NYSBA Committee on Professional Ethics, Opinion 843',
        date: '10 Sep 2010',
        url: 'https://nysba.org/ethics-opinion-843/',
        status: 'V2',
      },
      {
        text: 'Replying as invited to someone who posts asking a lawyer to contact them is not solicitation, though a reply that pitches your services is advertising.',
        source: 'NYSBA Committee on Professional Ethics, Opinion 1049',
        date: '2 Mar 2015',
        status: 'V2',
      },
      {
        text: 'Researching jurors online is allowed only if the juror receives no communication; even a notification they receive by accident may breach the rules.',
        source: 'New York City Bar, Formal Opinion 2012-2',
        date: '2012',
        url: 'https://www.nycbar.org/ethics/ethics-opinions-local/2012opinions/1479-formal-opinion-2012-02',
        status: 'V',
      },
      {
        text: 'A litigation section’s guidelines (not NYSBA policy) say the advertising rules apply on social media and warn against “specialist” headings on your profile.',
        source: 'NYSBA Commercial and Federal Litigation Section, Social Media Ethics Guidelines',
        date: 'updated 29 Apr 2019, released 20 Jun 2019',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': [
        {
          text: 'Don’t communicate about the matter with a party you know has a lawyer, or get anyone else to, without that lawyer’s prior consent.',
          source: 'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 4.2(a)',
          date: 'text as compiled 1 May 2013',
          status: 'V2',
        },
        ABA_4_2,
      ],
      juror: [
        {
          text: 'Don’t communicate with a prospective juror, or with a juror during trial, yourself or through anyone else, unless authorised; after the trial, only within strict limits.',
          source:
            'New York Rules of Professional Conduct (22 NYCRR Part 1200), r 3.5(a)(4) and (5)',
          date: 'text current to Oct 2024',
          status: 'V2',
        },
        ABA_466,
        ABA_3_5,
      ],
      witness: [
        {
          text: 'Don’t get access to someone’s social-network page under false pretences, yourself or through an agent.',
          source: 'New York City Bar, Formal Opinion 2010-02',
          date: '2010',
          status: 'V',
        },
        ABA_4_3,
      ],
      judge: [
        {
          text: 'New York judges may join social networks, but must weigh whether a connection is a close relationship they need to disclose or that means stepping aside.',
          source: 'New York Advisory Committee on Judicial Ethics, Opinion 08-176',
          date: '29 Jan 2009',
          url: 'https://nycourts.gov/ipjudicialethicsopinions/08-176.htm',
          status: 'V',
        },
        ABA_3_5,
      ],
    },
    court: { must: true, sources: [NY_3_5_D] },
    guidance: {
      label: 'NYSBA Ethics Opinion 899: answering legal questions on interactive sites',
      url: 'https://nysba.org/ethics-opinion-899/',
    },
    helplines: [
      {
        label: 'NYSBA Committee on Professional Ethics (written inquiries)',
        url: PAGE.nysbaInquiries,
        note: 'NYSBA has no phone hotline. The New York City Bar has one; we could not confirm its number.',
      },
    ],
    checkYourself:
      'Check the current text of rule 7.3 (we saw the 2009 text) and the NYSBA guideline on soliciting through live social-media contact, which we could not confirm.',
    cautions: [
      solicitationCaution(
        'us-ny-solicitation',
        'New York: selling through LinkedIn messages or chat',
        'New York bans soliciting work by real-time or interactive online contact, chat and instant messages included, unless they are a close friend, relative, client or former client.',
        [NY_7_3, NY_1_0_C, NY_OP_899],
      ),
    ],
  },
};
