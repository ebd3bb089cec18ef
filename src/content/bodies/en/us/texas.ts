import { BODY_NAMES } from '../../../bodyNames';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3 } from '../shared';
import type { BodiesOf, SourcedPoint } from '../../../types';
import { solicitationCaution } from './solicitation';

/** Official pages used more than once below. */
const PAGE = {
  txEthics:
    'https://www.texasbar.com/AM/Template.cfm?Section=Ethics_Resources&Template=/CM/HTMLDisplay.cfm&ContentID=31813',
} as const;

const TX_7_03: SourcedPoint = {
  text: 'You must not solicit a non-client by live or electronically interactive contact you start, social media included, unless they are a lawyer, family, a close or earlier professional contact, or an experienced business user of such services.',
  source: 'Texas Disciplinary Rules of Professional Conduct, r 7.03(a)(1) and (b)',
  date: 'in force 1 Jul 2021',
  status: 'V2',
};
const TX_7_03_COMMENTS: SourcedPoint = {
  text: 'A message to the public at large, or a reply to someone who asked for it, is not solicitation; ordinary mail or email, which need not be answered at once, is the allowed route.',
  source: 'Texas Disciplinary Rules of Professional Conduct, r 7.03, comments 2 to 4',
  date: 'in force 1 Jul 2021',
  status: 'V2',
};

export const TEXAS: BodiesOf<'us-tx'> = {
  'us-tx': {
    id: 'us-tx',
    ...BODY_NAMES['us-tx'],
    points: [
      TX_7_03,
      {
        text: 'A solicitation is a message to a specific person who has not asked for your advice, offering services you know or should know they need in a particular matter.',
        source: 'Texas Disciplinary Rules of Professional Conduct, r 7.01(b)(2)',
        date: 'in force 1 Jul 2021',
        status: 'V2',
      },
      TX_7_03_COMMENTS,
      {
        text: 'You may ask for advice for a client in an online discussion group of lawyers, within the limits of your duty of confidentiality (rule 1.05).',
        source: 'Professional Ethics Committee for the State Bar of Texas, Opinion 673',
        date: 'Aug 2018',
        status: 'V2',
      },
    ],
    redFlags: {
      'opposing-party': [
        {
          text: 'Don’t communicate about the matter with a person you know has a lawyer in it, or cause or encourage anyone else, your client included, to do so, without that lawyer’s consent.',
          source: 'Texas Disciplinary Rules of Professional Conduct, r 4.02(a)',
          date: 'undated',
          status: 'V2',
        },
        ABA_4_2,
      ],
      juror: [
        {
          text: 'Don’t communicate outside court with prospective jurors before trial or with jurors during it; afterwards, nothing that harasses or embarrasses them or could sway their future service.',
          source: 'Texas Disciplinary Rules of Professional Conduct, r 3.06 and comment 1',
          date: 'undated',
          status: 'V2',
        },
        ABA_466,
        ABA_3_5,
      ],
      witness: [ABA_4_3],
      judge: [
        {
          text: 'Don’t communicate privately with a court to influence a pending matter, except in the proceedings, in writing copied to your opponent, or orally on notice.',
          source: 'Texas Disciplinary Rules of Professional Conduct, r 3.05',
          date: 'undated',
          status: 'V2',
        },
        ABA_3_5,
      ],
    },
    court: { must: false, sources: [ABA_3_3_B] },
    guidance: {
      label: 'State Bar of Texas: Ethics Resources (with the Disciplinary Rules)',
      url: PAGE.txEthics,
    },
    helplines: [
      {
        label: 'State Bar of Texas Ethics Helpline (for Texas attorneys)',
        url: PAGE.txEthics,
        phone: '800-532-3947',
      },
    ],
    checkYourself:
      'We found no Texas ethics opinion on connecting with represented people or jurors, and could not confirm the current judicial rules on social media: ask the Ethics Helpline.',
    cautions: [
      solicitationCaution(
        'us-tx-solicitation',
        'Texas: selling through LinkedIn messages or chat',
        'Texas has banned soliciting work by live or interactive contact you start, social media included, since July 2021. Replying to their request is not solicitation.',
        [TX_7_03, TX_7_03_COMMENTS],
      ),
    ],
  },
};
