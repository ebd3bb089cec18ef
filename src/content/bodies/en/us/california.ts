import { BODY_NAMES } from '../../../bodyNames';
import { ABA_3_3_B, ABA_3_5, ABA_466, ABA_4_2, ABA_4_3 } from '../shared';
import type { BodiesOf, SourcedPoint } from '../../../types';
import { solicitationCaution } from './solicitation';

/** Official pages used more than once below. */
const PAGE = {
  calRules:
    'https://calbar.ca.gov/attorneys/conduct-discipline/rules/rules-of-professional-conduct',
  calConduct: 'https://calbar.ca.gov/For-Attorneys/Conduct-Discipline',
  calSpecialists:
    'https://calbar.ca.gov/Attorneys/Legal-Specialization/Rules-Standards/Advertising',
  cjeoSocialMedia: 'https://www.judicialethicsopinions.ca.gov/education-resources/social-media/',
} as const;

const CA_7_3: SourcedPoint = {
  text: 'You must not seek paid work by in-person, live phone or real-time electronic contact, unless the person is a lawyer or a relative, close friend or former professional contact.',
  source: 'California Rules of Professional Conduct, r 7.3(a)',
  date: 'in force 1 Nov 2018',
  url: PAGE.calRules,
  status: 'V2',
};
const CA_7_3_C: SourcedPoint = {
  text: 'A written or electronic pitch to someone you know needs help in a particular matter must say “Advertisement” at its start and its end.',
  source: 'California Rules of Professional Conduct, r 7.3(c)',
  date: 'in force 1 Nov 2018',
  url: PAGE.calRules,
  status: 'V2',
};
const CA_7_3_B: SourcedPoint = {
  text: 'You must not solicit someone at all, by any means, once they have said they don’t want it, or in a way that is intrusive, coercive or harassing.',
  source: 'California Rules of Professional Conduct, r 7.3(b)',
  date: 'in force 1 Nov 2018',
  url: PAGE.calRules,
  status: 'V2',
};
const CA_3_5_I: SourcedPoint = {
  text: 'The limits on contacting jurors and prospective jurors, directly or indirectly, also cover members of the juror’s family.',
  source: 'California Rules of Professional Conduct, r 3.5(d) to (i)',
  date: 'in force 1 Nov 2018',
  url: PAGE.calRules,
  status: 'V2',
};

export const CALIFORNIA: BodiesOf<'us-ca'> = {
  'us-ca': {
    id: 'us-ca',
    ...BODY_NAMES['us-ca'],
    points: [
      {
        text: 'The Rules of Professional Conduct are disciplinary rules that bind every licensee; the current set took effect on 1 November 2018.',
        source: 'California Rules of Professional Conduct (State Bar rules page)',
        date: 'approved 10 May 2018, in force 1 Nov 2018',
        url: PAGE.calRules,
        status: 'V',
      },
      CA_7_3,
      CA_7_3_C,
      {
        text: 'Don’t call yourself a “certified specialist” unless the State Bar’s Board of Legal Specialization, or a body it accredits, has certified you, and name the certifier.',
        source: 'California Rules of Professional Conduct, r 7.4(a)',
        date: 'in force 1 Nov 2018',
        url: PAGE.calSpecialists,
        status: 'V',
      },
      {
        text: 'Social-media posts about your availability for work are regulated like any other advertising: the rules are not relaxed because keeping to them online is awkward.',
        source: 'State Bar of California, Formal Opinion 2012-186',
        date: '21 Dec 2012 (draft June 2012)',
        status: 'V2',
      },
      {
        text: 'LinkedIn posts can be advertising and must not mislead. Its “Specialties” heading caused trouble because many states read it as a claim to be a certified specialist.',
        source:
          'San Diego County Bar Association, Ethics in Brief: Social Media, LinkedIn, and Attorney Advertising',
        date: '11 May 2015',
        url: 'https://www.sdcba.org/index.cfm?pg=Ethics-In-Brief-05-11-15',
        status: 'V',
      },
      {
        text: 'In 2014 two authors writing for the Los Angeles County Bar Association found no California authority dealing expressly with LinkedIn (their own view).',
        source: 'LACBA Update: LinkedIn for Lawyers: Benefits and Burdens',
        date: 'Oct 2014',
        url: 'https://www.lacba.org/news-and-publications/lacba-update/past-ethics-articles/2014-oct-ethics-miller-and-schmid',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': [
        {
          text: 'Don’t communicate about the matter with a person you know has a lawyer in it without that lawyer’s consent, even if they contact you first; stop as soon as you learn it.',
          source: 'California Rules of Professional Conduct, r 4.2(a) and comment [1]',
          date: 'in force 1 Nov 2018',
          url: PAGE.calRules,
          status: 'V2',
        },
        ABA_4_2,
      ],
      juror: [
        {
          text: 'Don’t communicate with prospective jurors in your case, or with jurors during trial, directly or indirectly. The same limits cover members of the juror’s family.',
          source: 'California Rules of Professional Conduct, r 3.5(d) to (i)',
          date: 'in force 1 Nov 2018',
          url: PAGE.calRules,
          status: 'V2',
        },
        ABA_466,
        ABA_3_5,
      ],
      witness: [
        {
          text: 'A friend request to a witness, even one who has no lawyer, must say what it is for.',
          source: 'San Diego County Bar Association, Legal Ethics Opinion 2011-2 (advisory)',
          date: '24 May 2011',
          status: 'V2',
        },
        ABA_4_3,
      ],
      judge: [
        {
          text: 'California’s Code of Judicial Ethics applies online as it does offline, including its bar on ex parte communications and its duty to disclose.',
          source:
            'California Code of Judicial Ethics, commentary to canons 2 and 2A (CJEO social-media resources)',
          date: '2018',
          url: PAGE.cjeoSocialMedia,
          status: 'V',
        },
        ABA_3_5,
      ],
    },
    court: { must: false, sources: [ABA_3_3_B] },
    guidance: {
      label: 'California Rules of Professional Conduct (State Bar of California)',
      url: PAGE.calRules,
    },
    helplines: [
      {
        label:
          'State Bar of California Ethics Hotline (for attorneys: research help, not legal advice)',
        url: PAGE.calConduct,
        phone: '1-800-238-4427 in California, 415-538-2150 outside California',
        note: 'Numbers from an older State Bar page; the current page names the hotline but shows no number, so check it.',
      },
    ],
    checkYourself:
      'Check whether the State Bar has said more about social media since 2016 (we found nothing later), and the hotline’s current numbers on calbar.ca.gov.',
    cautions: [
      solicitationCaution(
        'us-ca-solicitation',
        'California: selling through LinkedIn messages or chat',
        'California bans seeking paid work by real-time electronic contact, and a written pitch to someone you know needs help in a matter must say “Advertisement”.',
        [CA_7_3, CA_7_3_C, CA_7_3_B],
      ),
      {
        id: 'us-ca-juror-family',
        when: { outcome: ['accept', 'wait'] },
        title: 'California: jurors’ families count too',
        rule: 'California’s limits on contacting jurors extend to their families.',
        suggestion:
          'If this person is related to a juror or prospective juror in a case you or your firm handle, treat it as a juror’s invitation.',
        sources: [CA_3_5_I],
      },
    ],
  },
};
