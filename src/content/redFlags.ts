import type { RedFlag } from '../decision/steps';
import {
  ABA_3_3_B,
  ABA_3_5,
  ABA_4_2,
  ABA_4_3,
  ABA_466,
  ABA_466_NOTICE,
  ALBERTA_7_2_8,
  ASCR_R22_5,
  ASCR_R33,
  CHARISTEAS,
  EW_JURIES_ACT_20A,
  EW_JURY_PROTOCOL,
  LSS_B1_14,
  ND_ILL_LR_83_53_5_G,
  NSW_JURY_ACT_68A,
  NY_3_5_D,
  NYC_2012_2_NOTICE,
  NZ_CONTEMPT_S15,
  NZ_R10_2,
  QLS_R33_CONTACTED,
} from './bodies/en/shared';
import { LINKEDIN_FACT_FOR, linkedInPoint } from './linkedin';
import { RED_FLAG_REASONS, RESTRICTED_REASON } from './outcomes';
import type { SourcedPoint } from './types';

/** Rules of one jurisdiction, under its name: a group of "What the rules say elsewhere". */
export interface Elsewhere {
  where: string;
  points: SourcedPoint[];
}

/**
 * What the `dont-connect` outcome says for each conduct red flag (rules.md RF1–RF4), besides
 * the reader's own body's rules (their jurisdiction's file, `redFlags` and `court`). Three
 * kinds of advice, kept apart so the screen can label them: the rules (the reader's own
 * unfolded; other jurisdictions' under `elsewhere`, folded and labelled); `suggestion`, our own
 * (rules.md's "app default": shown as our suggestion); and the firm's, from a firm file.
 */
export interface RedFlagContent {
  id: RedFlag;
  /** Our reason in plain words: the outcome's "Why" line (the same as RED_FLAG_REASONS). */
  reason: string;
  /** Other jurisdictions' rules; the outcome leaves out any point it shows as the reader's own. */
  elsewhere: Elsewhere[];
  /** Where we hold none of the reader's body's rules on this: never "there is none". */
  notReviewed: string;
  /** Our own conservative suggestion: label it as ours. */
  suggestion: string;
}

const US_MODEL = 'United States: the ABA’s model rules and opinions';

const SAN_DIEGO_REQUEST: SourcedPoint = {
  text: 'Sending a friend request to an opposing party who has a lawyer is an indirect private communication, and is not allowed.',
  source:
    'San Diego County Bar Association, Ethics in Brief (under former Cal. rule 2-100; Legal Ethics Op. 2011-2 reported to the same effect)',
  date: '2014',
  url: 'https://www.sdcba.org/index.cfm?pg=Ethics-in-Brief--10-27-2014',
  status: 'V2',
};

const NC_FEO_8: SourcedPoint = {
  text: 'A lawyer may accept a judge’s invitation to connect, but may not accept a skill endorsement or a recommendation from a judge.',
  source: 'North Carolina State Bar, 2014 Formal Ethics Opinion 8',
  date: 'adopted 23 Jan 2015',
  url: 'https://www.ncbar.gov/for-lawyers/ethics/adopted-opinions/2014-formal-ethics-opinion-8/',
  status: 'V',
};

export const RED_FLAGS: Record<RedFlag, RedFlagContent> = {
  'opposing-party': {
    id: 'opposing-party',
    reason: RED_FLAG_REASONS['opposing-party'],
    elsewhere: [
      { where: US_MODEL, points: [ABA_4_2] },
      { where: 'San Diego, California', points: [SAN_DIEGO_REQUEST] },
      { where: 'Australia', points: [ASCR_R33, QLS_R33_CONTACTED] },
      { where: 'Scotland', points: [LSS_B1_14] },
      { where: 'New Zealand', points: [NZ_R10_2] },
      { where: 'Alberta, Canada', points: [ALBERTA_7_2_8] },
    ],
    notReviewed:
      'We haven’t reviewed your professional body’s rules on contact with the other side in a matter. Check its code of conduct, or ask its ethics helpline.',
    suggestion:
      'Don’t accept. Keep any contact about the matter to the proper channel: through their lawyer, if they have one.',
  },

  juror: {
    id: 'juror',
    reason: RED_FLAG_REASONS.juror,
    elsewhere: [
      { where: US_MODEL, points: [ABA_466, ABA_3_5, ABA_3_3_B] },
      { where: 'New York', points: [NY_3_5_D] },
      { where: 'Northern District of Illinois (a federal court)', points: [ND_ILL_LR_83_53_5_G] },
      { where: 'England and Wales', points: [EW_JURY_PROTOCOL, EW_JURIES_ACT_20A] },
      { where: 'New Zealand', points: [NZ_CONTEMPT_S15] },
      { where: 'New South Wales, Australia', points: [NSW_JURY_ACT_68A] },
    ],
    notReviewed:
      'We haven’t reviewed your professional body’s rules on contact with jurors. Check its code of conduct, or ask its ethics helpline, today.',
    suggestion: 'Treat any contact from a juror as off-limits: don’t accept, and don’t reply.',
  },

  witness: {
    id: 'witness',
    reason: RED_FLAG_REASONS.witness,
    elsewhere: [
      { where: US_MODEL, points: [ABA_4_3] },
      {
        where: 'Philadelphia, Pennsylvania',
        points: [
          {
            text: 'Having a third party befriend a witness online while hiding the lawyer’s involvement is deceptive.',
            source:
              'Philadelphia Bar Association, Opinion 2009-02 (conclusion from a secondary source)',
            date: 'Mar 2009',
            status: 'V2',
          },
        ],
      },
      {
        where: 'San Diego, California',
        points: [
          {
            text: 'A friend request even to a witness without a lawyer must say what it is for.',
            source:
              'San Diego County Bar Association, Legal Ethics Opinion 2011-2 (secondary source)',
            date: '24 May 2011',
            status: 'V2',
          },
        ],
      },
    ],
    notReviewed:
      'We haven’t reviewed your professional body’s rules on contact with witnesses. Check its code of conduct, or ask its ethics helpline.',
    suggestion:
      'Don’t connect until the matter is over, unless there is a clear professional reason you could defend openly.',
  },

  judge: {
    id: 'judge',
    reason: RED_FLAG_REASONS.judge,
    elsewhere: [
      { where: US_MODEL, points: [ABA_3_5] },
      {
        where: 'Florida (judges’ ethics)',
        points: [
          {
            text: 'A judge may not add lawyers who may appear before them as LinkedIn connections, or let such lawyers add the judge.',
            source: 'Florida Judicial Ethics Advisory Committee, Opinion 2012-12',
            date: '9 May 2012',
            status: 'V',
          },
        ],
      },
      {
        where: 'Massachusetts (judges’ ethics)',
        points: [
          {
            text: 'A judge must disconnect on LinkedIn from lawyers reasonably likely to appear before them.',
            source: 'Massachusetts SJC Committee on Judicial Ethics, Opinion CJE 2016-08',
            date: '6 Sept 2016',
            url: 'https://www.mass.gov/opinion/cje-opinion-no-2016-08',
            status: 'V',
          },
        ],
      },
      { where: 'North Carolina', points: [NC_FEO_8] },
      { where: 'Australia', points: [ASCR_R22_5, CHARISTEAS] },
    ],
    notReviewed:
      'We haven’t reviewed your professional body’s rules on connecting with judges. Check its code of conduct, or ask its ethics helpline.',
    suggestion:
      'If a matter is pending before this judge, don’t accept or send an invitation until it ends, and never message a judge about a case. If you are unsure, ask your body’s ethics helpline.',
  },
};

/**
 * Don't look them up (juror and witness outcomes, and the matter question): viewing a profile
 * can tell its owner who looked, and two bars differ on whether that notice is contact with a
 * juror. Both views, each with its source; the platform fact as LinkedIn's help dated it.
 */
export const LOOK_UP = {
  title: 'Don’t look them up',
  text: 'Don’t open their profile or search for them on LinkedIn: LinkedIn can tell a member who viewed their profile. Use what the invitation shows.',
  views: [NYC_2012_2_NOTICE, ABA_466_NOTICE],
  linkedIn: linkedInPoint(LINKEDIN_FACT_FOR.profileViewers),
} as const;

/**
 * Whom to tell, and in what order, on every red-flag outcome (heading: OUTCOME_UI.whomToTell):
 * the evidence first, then whom to tell now, only then Ignore (spec: "Red flags, revised
 * December 2026"). The firm's named contact comes from a firm file (`escalate`).
 */
export const ESCALATION = {
  keepCopy:
    'First, keep a copy: a dated screenshot of the invitation, with its note and their name and headline as it shows them.',
  /** Juror and witness: the copy comes from the invitation, not from their profile. */
  keepCopyNoProfile: 'Don’t open their profile.',
  /** A regulated reader (any body, or `other`). */
  supervisor:
    'Tell your supervising lawyer now. If you work in-house, tell your head of legal instead.',
  supervisorJuror:
    'Tell your supervising lawyer now, before the court next sits. If you work in-house, tell your head of legal instead.',
  /** A reader who is not regulated (body=none): paralegals, marketing and business staff. */
  notRegulated:
    'Tell the lawyer running the matter now. If you don’t know who that is, ask your manager.',
  notRegulatedJuror:
    'Tell the lawyer running the trial now, before the court next sits. If you don’t know who that is, ask your manager.',
  /** Added when a firm file names an `escalate` contact: its label, e.g. "the Risk team". */
  firmContact: (label: string) => `Tell ${label} as well: your firm asks to hear about this.`,
  /** A juror: who decides about the court, and whether it is a duty (the body's `court`). */
  courtDecides:
    'The lawyer running the trial decides whether and how the court is told, not you alone.',
  courtMust:
    'Your rules require a lawyer who learns of juror misconduct to reveal it to the court:',
  courtConsider:
    'Consider with them now whether the court must be told: we haven’t reviewed your body’s rules on that duty.',
  courtFacts: 'What we hold for your jurisdiction (for a US state, the ABA’s model rules):',
  helpline:
    'If anyone is unsure what the rules require, ask your professional body’s ethics helpline:',
  ignoreThen:
    'Only then choose Ignore on the invitation (LinkedIn’s help said in 2015–2016 that it doesn’t tell them). Don’t accept it, and don’t reply to it.',
  note: 'Put the copy on the file with a short note: who invited you, when, and what you did.',
} as const;

/** The `dont-connect` outcome reached because the reader's rules restrict it (no matter). */
export const RESTRICTED = {
  reason: RESTRICTED_REASON,
  rule: 'Your professional body’s rules or guidance come first. Its guidance, and its helpline where we know one, are on this page.',
} as const;
