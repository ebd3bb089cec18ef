import { BODY_NAMES } from '../../bodyNames';
import type { BodiesOf, SourcedPoint } from '../../types';
import { ALBERTA_7_2_8 } from './shared';

/** Official pages used more than once below. */
const PAGE = {
  qcNotice:
    'https://barreau.qc.ca/en/new/notices-to-members/comportement-avocats-reseaux-sociaux-respect-regles-deontologiques',
  qcCode: 'https://legisquebec.gouv.qc.ca/en/document/cr/B-1,%20r.%203.1%20',
} as const;

const QC_NOTICE: SourcedPoint = {
  text: 'The Code of Professional Conduct applies at all times on social networks: be discerning, respectful and decent.',
  source:
    'Barreau du Québec, notice to members: Comportement des avocats et des avocates sur les réseaux sociaux',
  date: '2 Apr 2024',
  url: PAGE.qcNotice,
  status: 'V',
};
const QC_CLIENT_CONTACT: SourcedPoint = {
  text: 'Never discuss clients or their files without authorisation: even adding a client as a contact, or sharing your location, can reveal confidential information.',
  source:
    'Barreau du Québec, recommendations in its notice of 2 Apr 2024 (as reported by Droit-inc)',
  date: '2 Apr 2024',
  url: PAGE.qcNotice,
  status: 'V2',
};
const QC_ART_145: SourcedPoint = {
  text: 'In your advertising you may not use, or let others use, an endorsement or a statement of gratitude about you.',
  source: 'Code of Professional Conduct of Lawyers (CQLR c. B-1, r. 3.1), art. 145',
  date: 'in force 26 Mar 2015',
  url: PAGE.qcCode,
  status: 'V2',
};

export const CANADA: BodiesOf<'ca-flsc' | 'barreau-qc'> = {
  'ca-flsc': {
    id: 'ca-flsc',
    ...BODY_NAMES['ca-flsc'],
    points: [
      {
        text: 'Anything you do to market yourself must be demonstrably true, accurate and verifiable, and not misleading.',
        source: 'FLSC Model Code of Professional Conduct, marketing rules',
        date: 'undated',
        url: 'https://flsc.ca/interactivecode',
        status: 'V2',
      },
      {
        text: 'In Alberta, the Code’s commentary adds: don’t suggest you are better than other lawyers, and don’t use testimonials or endorsements that appeal to emotion.',
        source: 'Law Society of Alberta Code of Conduct, rules 4.1 and 4.2 and commentary',
        date: 'undated',
        url: 'https://learningcentre.lawsociety.ab.ca/mod/page/view.php?id=670',
        status: 'V',
      },
      ALBERTA_7_2_8,
    ],
    redFlags: {
      'opposing-party': [ALBERTA_7_2_8],
    },
    guidance: {
      label: 'FLSC Model Code of Professional Conduct (interactive)',
      url: 'https://flsc.ca/interactivecode',
    },
    helplines: [
      {
        label:
          'Ontario: Law Society of Ontario Practice Management Helpline (lawyers and paralegals)',
        url: 'https://www.lso.ca/lawyers/practice-supports-and-resources/practice-management-helpline/practice-management-frequently-asked-questions',
        note: 'Confidential help with the Rules of Professional Conduct; we could not confirm its phone number.',
      },
    ],
    checkYourself:
      'The FLSC Model Code is a model: your own provincial or territorial law society’s code, and its rule numbers, are what bind you.',
  },

  'barreau-qc': {
    id: 'barreau-qc',
    ...BODY_NAMES['barreau-qc'],
    points: [
      QC_NOTICE,
      {
        text: 'Act with honour, dignity, integrity, respect, moderation and courtesy, online as anywhere else.',
        source:
          'Code of Professional Conduct of Lawyers, art. 4 (quoted in the Barreau’s notice of 2 Apr 2024)',
        date: 'in force 26 Mar 2015 (quoted 2 Apr 2024)',
        url: PAGE.qcNotice,
        status: 'V',
      },
      QC_CLIENT_CONTACT,
      {
        text: 'In certain conditions you must not make public statements, or give information to the media, about a matter pending before a court.',
        source:
          'Code of Professional Conduct of Lawyers, art. 18 (quoted in the Barreau’s notice of 2 Apr 2024)',
        date: 'in force 26 Mar 2015 (quoted 2 Apr 2024)',
        url: PAGE.qcNotice,
        status: 'V',
      },
      {
        text: 'When you offer your services, by any means, nothing may be false or misleading, coercive or harassing, or take advantage of someone vulnerable.',
        source: 'Code of Professional Conduct of Lawyers (CQLR c. B-1, r. 3.1), art. 8',
        date: 'in force 26 Mar 2015',
        url: PAGE.qcCode,
        status: 'V2',
      },
      QC_ART_145,
    ],
    redFlags: {},
    guidance: {
      label:
        'Barreau du Québec notice to members: Comportement des avocats et des avocates sur les réseaux sociaux (2 Apr 2024)',
      url: PAGE.qcNotice,
    },
    helplines: [
      {
        label: 'Barreau du Québec Info-Déonto',
        url: PAGE.qcNotice,
        phone: '514 954-3420 or 1 844 954-3420',
      },
    ],
    checkYourself:
      'Check the 2015 Code yourself for dealing with someone who has a lawyer and for contact with jurors and judges: we could not confirm those articles. Info-Déonto can help.',
    cautions: [
      {
        id: 'barreau-qc-recommendations',
        when: { outcome: ['accept'] },
        title: 'Québec: recommendations and endorsements',
        rule: 'Art. 145 of the Code bars using, or letting others use, an endorsement or thanks about you in your advertising. A large law firm reads that as catching LinkedIn recommendations; we don’t know the Barreau’s view.',
        suggestion: 'Check with Info-Déonto before you ask for, or show, recommendations.',
        sources: [
          QC_ART_145,
          {
            text: 'A law firm’s blog argues that LinkedIn recommendations, and endorsements on show, may breach art. 145 (the firm’s reading, not the Barreau’s).',
            source: 'McCarthy Tétrault blog post on LinkedIn and art. 145 of the Code',
            date: 'undated',
            status: 'V2',
          },
        ],
      },
      {
        id: 'barreau-qc-client-contact',
        when: { outcome: ['accept', 'wait'], objectives: ['clients'] },
        title: 'Québec: a client in your contacts',
        rule: 'The Barreau du Québec warns that even adding a client as a contact can reveal confidential information.',
        suggestion:
          'If this person becomes your client, think again about staying visibly connected.',
        sources: [QC_CLIENT_CONTACT],
      },
    ],
  },
};
