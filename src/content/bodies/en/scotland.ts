import { BODY_NAMES } from '../../bodyNames';
import type { BodiesOf } from '../../types';
import { LSS_B1_14 } from './shared';

/** Official pages used more than once below. */
const PAGE = {
  facultySocialMedia:
    'https://advocates.org.uk/about-advocates/life-at-the-scottish-bar/social-media-guidelines',
  facultyStandards: 'https://advocates.org.uk/about-advocates/professional-standards',
} as const;

export const SCOTLAND: BodiesOf<'lss' | 'faculty-advocates'> = {
  lss: {
    id: 'lss',
    ...BODY_NAMES['lss'],
    points: [
      {
        text: 'Your duties of trust and personal integrity apply online just as they do anywhere else.',
        source: 'Law Society of Scotland Practice Rules 2011, rule B1.2',
        date: '2011',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/rules',
        status: 'V',
      },
      {
        text: 'The Law Society says your professional duties apply whatever the medium; its advice covers personal and business use, who owns your contacts, and privacy.',
        source: 'Social Media: Advice and Information for the Legal Profession (advice, not rules)',
        date: '20 Jun 2012',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-e/division-b/advice-and-information/social-media-advice-and-information-for-the-legal-profession/',
        status: 'V',
      },
      LSS_B1_14,
      {
        text: 'You must not approach, directly or indirectly, someone you know (or ought to know) is another solicitor’s or firm’s client in order to win their business. Material sent to a whole described group is allowed.',
        source: 'Law Society of Scotland Practice Rules 2011, rules B3.2 and B3.3',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
      {
        text: 'You may claim to be a specialist only if you can justify it (the onus is on you), and what you publish about yourself must not be inaccurate or misleading.',
        source: 'Law Society of Scotland Practice Rules 2011, rules B3.4 and B3.5(a)',
        date: '2011',
        url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b3/rules/b3-advertising-and-promotion',
        status: 'V',
      },
      {
        text: 'A public statement about a client’s affairs needs the client’s authority, must be in their best interests, and must be accurate and not misleading.',
        source:
          'Law Society of Scotland guidance: Comments to the media by solicitors (under B1.6)',
        date: 'undated',
        url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/guidance/b1-6-comments-to-the-media-by-solicitors/',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [LSS_B1_14],
    },
    guidance: {
      label: 'Social Media: Advice and Information for the Legal Profession',
      url: 'https://lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-e/division-b/advice-and-information/social-media-advice-and-information-for-the-legal-profession/',
    },
    helplines: [
      {
        label: 'Law Society of Scotland Professional Practice team (confidential advice)',
        url: 'https://lawscot.org.uk/members/journal/issues/vol-62-issue-02/helpline-plus',
        note: 'We could not confirm its phone number: find it on the Society’s site.',
      },
    ],
    checkYourself:
      'Check the Practice Rules’ current numbers for confidentiality and for relations with the courts yourself: we could not confirm them.',
  },

  'faculty-advocates': {
    id: 'faculty-advocates',
    ...BODY_NAMES['faculty-advocates'],
    points: [
      {
        text: 'What you do online must fit the profession’s principles of independence, integrity and confidentiality.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'undated',
        url: PAGE.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'You answer personally for your posts, even on personal pages, and a “views are my own” line does not change that.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'undated',
        url: PAGE.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'Once you say anywhere online that you are an advocate, even in a bio, you become a de facto spokesperson of the Faculty.',
        source: 'Faculty of Advocates, Social Media Guidelines',
        date: 'undated',
        url: PAGE.facultySocialMedia,
        status: 'V',
      },
      {
        text: 'Advertising must not mislead, state success rates or criticise identifiable others, nor be so frequent or obtrusive that it annoys the people it is aimed at.',
        source:
          'Faculty of Advocates, Guide to Professional Conduct, paras 10.1 to 10.2 (edition not shown)',
        date: 'undated (current wording not checked)',
        status: 'V2',
      },
      {
        text: 'The Guide to Professional Conduct sets the rules, and the Dean of Faculty may issue rulings on conduct.',
        source: 'Faculty of Advocates: Professional standards',
        date: 'undated',
        url: PAGE.facultyStandards,
        status: 'V',
      },
    ],
    redFlags: {},
    guidance: {
      label: 'Faculty of Advocates: Social Media Guidelines',
      url: PAGE.facultySocialMedia,
    },
    helplines: [],
    checkYourself:
      'We found no ethics helpline, and could not confirm the current Guide’s advertising paragraphs or its rule on approaching a party who has a lawyer: check the current Guide.',
  },
};
