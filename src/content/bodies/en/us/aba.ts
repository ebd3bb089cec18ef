import { BODY_NAMES } from '../../../bodyNames';
import type { BodiesOf } from '../../../types';

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
      {
        text: 'Looking at a juror’s public profile is allowed, but asking to connect with a juror or possible juror, yourself or through someone else, is a forbidden private communication.',
        source: 'ABA Formal Opinion 466',
        date: '24 Apr 2014',
        url: 'https://www.americanbar.org/news/abanews/aba-news-archives/2014/04/aba_issues_guidance.html',
        status: 'V',
      },
    ],
    redFlags: {
      'opposing-party': {
        text: 'You must not discuss a matter with someone you know has a lawyer in it without that lawyer’s consent, even if they contact you first, and not through someone else either.',
        source:
          'ABA Model Rules of Professional Conduct, r 4.2 and comment [3], as shown on the ABA’s Ethics 2000 Commission page (current text not re-checked)',
        date: '2002',
        url: 'https://www.americanbar.org/groups/professional_responsibility/policy/ethics_2000_commission/e2k_rule42/',
        status: 'V',
      },
      juror: {
        text: 'Asking a juror or possible juror to connect, yourself or through someone else, is a forbidden private (ex parte) communication.',
        source: 'ABA Formal Opinion 466',
        date: '24 Apr 2014',
        url: 'https://www.americanbar.org/news/abanews/aba-news-archives/2014/04/aba_issues_guidance.html',
        status: 'V',
      },
      witness: {
        text: 'With someone who has no lawyer, you must not imply you are neutral, and must not advise them (other than to get a lawyer) if their interests may conflict with your client’s.',
        source:
          'ABA Model Rules of Professional Conduct, r 4.3 (2004 text, seen in a verbatim copy; current text not re-checked)',
        date: '2004',
        status: 'V',
      },
      judge: {
        text: 'You must not try to influence a judge improperly, or communicate with them privately about a case while it is going on.',
        source: 'ABA Model Rules of Professional Conduct, r 3.5',
        date: 'undated',
        status: 'V2',
      },
    },
    guidance: {
      label: 'ABA Center for Professional Responsibility',
      url: 'https://www.americanbar.org/groups/professional_responsibility/',
    },
    checkYourself:
      'The ABA Model Rules are a model: your own state’s rules and bar opinions are what bind you. Check whether your state bar runs an ethics hotline.',
  },
};
