import { BODY_NAMES } from '../../../bodyNames';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3 } from '../shared';
import type { BodiesOf, SourcedPoint } from '../../../types';

/** Official pages used more than once below. */
const PAGE = {
  flNetworking:
    'https://www.floridabar.org/ethics/etad/advertising-guidelines-for-networking-sites/',
  flHotline: 'https://www.floridabar.org/ethics/ethotline/ethotline001/',
} as const;

const FL_GUIDELINES_SCOPE: SourcedPoint = {
  text: 'Pages used only for social purposes fall outside the advertising rules, though the Bar’s rules still bind you; pages that promote your practice must follow the advertising rules.',
  source: 'The Florida Bar, Advertising Guidelines for Networking Sites',
  date: 'current page (undated)',
  url: PAGE.flNetworking,
  status: 'V',
};
const FL_GUIDELINES_2012: SourcedPoint = {
  text: 'The 2012 version treated unsolicited invitations to view or link to a lawyer’s page as solicitation, unless sent to a client, former client, relative or lawyer. Whether it still says so: check.',
  source:
    'The Florida Bar, Advertising Guidelines for Networking Sites, 2012 revision (as reported)',
  date: '10 Jan 2012',
  status: 'V2',
};

export const FLORIDA: BodiesOf<'us-fl'> = {
  'us-fl': {
    id: 'us-fl',
    ...BODY_NAMES['us-fl'],
    points: [
      FL_GUIDELINES_SCOPE,
      {
        text: 'You must not solicit paid work from someone you have no family or earlier professional tie with, in person, by phone, by live video, or by a targeted message outside the direct-communication rules.',
        source: 'Rules Regulating The Florida Bar, r 4-7.18(a)(1)',
        date: 'as amended through Nov 2024',
        status: 'V2',
      },
      {
        text: 'Since 2019 you may say you specialise or have expertise in a field if the claim can be objectively verified by your education, training, experience or substantial involvement.',
        source: 'Supreme Court of Florida, In re Amendments to Rule 4-7.14, No. SC18-2019',
        date: '27 Jun 2019',
        status: 'V2',
      },
      {
        text: 'A judge’s Facebook friendship with a lawyer appearing before them is not, on its own, enough to disqualify the judge.',
        source:
          'Supreme Court of Florida, Law Offices of Herssein & Herssein v. USAA, No. SC17-1848',
        date: '15 Nov 2018',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [ABA_4_2],
      juror: [
        {
          text: 'Before trial, don’t communicate, or get anyone else to, with anyone you know is on the jury panel; during trial, with any juror; afterwards, contact a juror about the trial only within strict limits.',
          source:
            'Rules Regulating The Florida Bar, r 4-3.5(d) (from a copy that says it is verbatim)',
          date: 'undated',
          status: 'V2',
        },
        ABA_466,
        ABA_3_5,
      ],
      witness: [ABA_4_3],
      judge: [
        {
          text: 'A Florida judge may not add, or be added by, lawyers who may appear before them as LinkedIn connections.',
          source:
            'Florida Judicial Ethics Advisory Committee, Opinion 2012-12 (restating Opinion 2009-20)',
          date: '9 May 2012',
          status: 'V',
        },
        ABA_3_5,
      ],
    },
    court: { must: false, sources: [ABA_3_3_B] },
    guidance: {
      label: 'The Florida Bar: Advertising Guidelines for Networking Sites',
      url: PAGE.flNetworking,
    },
    helplines: [
      {
        label:
          'The Florida Bar Ethics Hotline (members only; advisory opinions on your own future conduct)',
        url: PAGE.flHotline,
        note: 'We could not confirm its phone number on the Bar’s own site: find it there.',
      },
    ],
    checkYourself:
      'Check the Bar’s current networking guidelines: we could not confirm whether they still treat unsolicited invitations to people who are not clients, relatives or lawyers as solicitation.',
    cautions: [
      {
        id: 'us-fl-invitations',
        when: { outcome: ['accept', 'wait'], objectives: ['clients'] },
        title: 'Florida: check before you send invitations yourself',
        rule: 'A 2012 version of the Florida Bar’s networking guidelines treated unsolicited invitations from a page that promotes your practice as solicitation. We could not confirm the current wording.',
        suggestion: 'Check the current guidelines before you invite people.',
        sources: [FL_GUIDELINES_2012, FL_GUIDELINES_SCOPE],
      },
    ],
  },
};
