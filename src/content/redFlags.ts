import type { RedFlag } from '../decision/steps';
import { RED_FLAG_REASONS, RESTRICTED_REASON } from './outcomes';
import type { SourcedPoint } from './types';

/**
 * What the `dont-connect` outcome says for each conduct red flag (rules.md RF1-RF4), apart from
 * the reader's own body's rule (BODIES[body].redFlags). Three kinds of advice, kept apart so the
 * screen can label them: `rule` with its `sources` (what rules and guidance say, V/V2 only);
 * `suggestion` (our own, rules.md's "app default": show it as our suggestion); and the firm's
 * own policy, which the app adds from a firm file. Every red flag also escalates: ESCALATION.
 */
export interface RedFlagContent {
  id: RedFlag;
  /** Our reason in plain words: the outcome's "Why" line (the same as RED_FLAG_REASONS). */
  reason: string;
  /** What the rules we hold generally say about it, in our words; every claim is in `sources`. */
  rule: string;
  /** The rules and opinions behind `rule`, each labelled with its jurisdiction in `source`. */
  sources: SourcedPoint[];
  /** Shown in place of the body's own rule when we hold none for this flag (or body=other). */
  noBodyRule: string;
  /** A juror: the court may need to be told (RF3). */
  court?: { text: string; sources: SourcedPoint[] };
  /** A judge: not while a matter is pending before them, never a message about a case (RF4). */
  judge?: { text: string; sources: SourcedPoint[] };
  /** Our own conservative suggestion: label it as ours. */
  suggestion: string;
}

// Sources shared by several flags.

const ABA_4_2: SourcedPoint = {
  text: 'US model rule: you must not discuss a matter with someone you know has a lawyer in it without that lawyer’s consent, even if they contact you first.',
  source:
    'ABA Model Rules of Professional Conduct, r 4.2 and comment [3], as shown on the ABA’s Ethics 2000 Commission page (current text not re-checked)',
  date: '2002',
  url: 'https://www.americanbar.org/groups/professional_responsibility/policy/ethics_2000_commission/e2k_rule42/',
  status: 'V',
};

const ABA_4_3: SourcedPoint = {
  text: 'US model rule: with someone who has no lawyer, you must not imply you are neutral, and must not advise them (other than to get a lawyer) if their interests may conflict with your client’s.',
  source:
    'ABA Model Rules of Professional Conduct, r 4.3 (2004 text, seen in a verbatim copy; current text not re-checked)',
  date: '2004',
  status: 'V',
};

const ABA_3_5: SourcedPoint = {
  text: 'US model rule: no improper influence on a judge or juror, and no private (ex parte) communication with them during the proceeding.',
  source: 'ABA Model Rules of Professional Conduct, r 3.5 (as reported by a secondary source)',
  date: 'undated',
  status: 'V2',
};

const ABA_466: SourcedPoint = {
  text: 'US: asking a juror or possible juror to connect, yourself or through someone else, is a forbidden private communication.',
  source: 'ABA Formal Opinion 466',
  date: '24 Apr 2014',
  url: 'https://www.americanbar.org/news/abanews/aba-news-archives/2014/04/aba_issues_guidance.html',
  status: 'V',
};

const NYC_2012_2: SourcedPoint = {
  text: 'New York City: researching jurors is allowed only if the juror receives no communication, even an automatic one; juror misconduct must be reported to the court.',
  source: 'New York City Bar, Formal Opinion 2012-2',
  date: '2012',
  url: 'https://www.nycbar.org/ethics/ethics-opinions-local/2012opinions/1479-formal-opinion-2012-02',
  status: 'V',
};

const ASCR_DATE = 'Uniform Law 2015 (NSW and Vic from 1 Jul 2015, WA from 1 Jul 2022); Qld 2012';

const ASCR_22_5: SourcedPoint = {
  text: 'Australia: you must not communicate with the court about the substance of a matter while your opponent is absent, apart from narrow exceptions.',
  source: 'Australian Solicitors’ Conduct Rules, r 22.5',
  date: ASCR_DATE,
  url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Advocacy-and-litigation/Communication-with-opponents',
  status: 'V',
};

const CHARISTEAS: SourcedPoint = {
  text: 'Australia: the High Court heard an appeal on apprehended bias where the trial judge and one side’s counsel had private contact during the case that was not disclosed.',
  source: 'High Court of Australia, Charisteas v Charisteas (case P6/2021)',
  date: '2021',
  url: 'https://www.hcourt.gov.au/cases/case_p6-2021',
  status: 'V',
};

const NC_FEO_8_PENDING: SourcedPoint = {
  text: 'North Carolina: if you have a proceeding pending before a judge, the rules may require you to decline the judge’s invitation until it ends.',
  source:
    'North Carolina State Bar, 2014 Formal Ethics Opinion 8 (this part from a secondary source)',
  date: 'adopted 23 Jan 2015',
  url: 'https://www.ncbar.gov/for-lawyers/ethics/adopted-opinions/2014-formal-ethics-opinion-8/',
  status: 'V2',
};

export const RED_FLAGS: Record<RedFlag, RedFlagContent> = {
  'opposing-party': {
    id: 'opposing-party',
    reason: RED_FLAG_REASONS['opposing-party'],
    rule: 'If they have a lawyer in the matter, deal with them only through that lawyer or with the lawyer’s consent. Some rules say so even when they contact you first, and treat a connection request as a communication.',
    sources: [
      ABA_4_2,
      {
        text: 'San Diego: a friend request to an opposing party who has a lawyer is an indirect private communication, and is not allowed.',
        source:
          'San Diego County Bar Association, Ethics in Brief (former Cal. rule 2-100; Legal Ethics Op. 2011-2 reported to the same effect)',
        date: '2014',
        url: 'https://www.sdcba.org/index.cfm?pg=Ethics-in-Brief--10-27-2014',
        status: 'V2',
      },
      {
        text: 'Australia: you must not deal directly with another solicitor’s client, except in narrow cases such as with that solicitor’s consent.',
        source: 'Australian Solicitors’ Conduct Rules, r 33',
        date: ASCR_DATE,
        url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-solicitors',
        status: 'V',
      },
      ABA_4_3,
    ],
    noBodyRule:
      'We found no rule from your professional body on contact with the other side in a matter. Check its code of conduct, or ask its ethics helpline.',
    suggestion:
      'Ignore the invitation. Keep any contact about the matter to the proper channel: through their lawyer, if they have one.',
  },

  juror: {
    id: 'juror',
    reason: RED_FLAG_REASONS.juror,
    rule: 'In the US, asking a juror or possible juror to connect, yourself or through someone else, is a forbidden private communication; in New York even an automatic notice from the site may count.',
    sources: [ABA_466, NYC_2012_2, ABA_3_5],
    noBodyRule:
      'We found no rule from your professional body on contact with jurors. Check its code of conduct, or ask its ethics helpline, today.',
    court: {
      text: 'The court may need to be told. Decide today, with the lawyer responsible for the matter, whether to tell it: in New York, juror misconduct a lawyer discovers must be reported to the court.',
      sources: [NYC_2012_2],
    },
    suggestion: 'Treat any contact from a juror as off-limits: don’t accept, and don’t reply.',
  },

  witness: {
    id: 'witness',
    reason: RED_FLAG_REASONS.witness,
    rule: 'If you deal with a witness about the matter, be open about who you are and why, never connect through someone else or under a pretext, and give no advice beyond getting a lawyer if their interests may conflict with your client’s.',
    sources: [
      ABA_4_3,
      {
        text: 'Philadelphia: having a third party befriend a witness online while hiding the lawyer’s involvement is deceptive.',
        source:
          'Philadelphia Bar Association, Opinion 2009-02 (conclusion from a secondary source)',
        date: 'Mar 2009',
        status: 'V2',
      },
      {
        text: 'San Diego: a friend request even to a witness without a lawyer must say what it is for.',
        source: 'San Diego County Bar Association, Legal Ethics Opinion 2011-2 (secondary source)',
        date: '24 May 2011',
        status: 'V2',
      },
    ],
    noBodyRule:
      'We found no rule from your professional body on contact with witnesses. Check its code of conduct, or ask its ethics helpline.',
    suggestion:
      'Don’t connect until the matter is over, unless there is a clear professional reason you could defend openly.',
  },

  judge: {
    id: 'judge',
    reason: RED_FLAG_REASONS.judge,
    rule: 'Rules differ. Florida and Massachusetts judges may not connect with lawyers who may appear before them. North Carolina lets a lawyer accept a judge’s invitation. The rules we hold bar private contact with a judge about a case.',
    sources: [
      {
        text: 'Florida: a judge may not add lawyers who may appear before them as LinkedIn connections, or let such lawyers add the judge.',
        source: 'Florida Judicial Ethics Advisory Committee, Opinion 2012-12',
        date: '9 May 2012',
        status: 'V',
      },
      {
        text: 'Massachusetts: a judge must disconnect on LinkedIn from lawyers reasonably likely to appear before them.',
        source: 'Massachusetts SJC Committee on Judicial Ethics, Opinion CJE 2016-08',
        date: '6 Sept 2016',
        url: 'https://www.mass.gov/opinion/cje-opinion-no-2016-08',
        status: 'V',
      },
      {
        text: 'North Carolina: a lawyer may accept a judge’s invitation to connect, but may not accept a skill endorsement or a recommendation from a judge.',
        source: 'North Carolina State Bar, 2014 Formal Ethics Opinion 8',
        date: 'adopted 23 Jan 2015',
        url: 'https://www.ncbar.gov/for-lawyers/ethics/adopted-opinions/2014-formal-ethics-opinion-8/',
        status: 'V',
      },
      ABA_3_5,
      ASCR_22_5,
    ],
    noBodyRule:
      'We found no rule from your professional body on connecting with judges. Check its code of conduct, or ask its ethics helpline.',
    judge: {
      text: 'Don’t connect with a judge while a matter is pending before them, and never message a judge about any case.',
      sources: [NC_FEO_8_PENDING, ABA_3_5, ASCR_22_5, CHARISTEAS],
    },
    suggestion:
      'Treat an invitation from a judge you appear before like any other red flag: ignore it, and if you are unsure, ask your body’s ethics helpline.',
  },
};

/**
 * Whom to tell, and what to record, on every red-flag outcome (heading: OUTCOME_UI.whomToTell).
 * For body=none the reason line is REASONS.body.none and the rule OUTCOME_UI.noRuleUnregulated.
 * The firm's named contact comes from a firm file (firm-pack.md `escalate`): `firmContact`.
 */
export const ESCALATION = {
  /** A regulated reader (any body, or `other`). */
  supervisor:
    'Tell your supervising lawyer today. If you work in-house, tell your head of legal instead.',
  /** A reader who is not regulated (body=none): paralegals, marketing and business staff. */
  notRegulated:
    'Tell the lawyer running the matter today. If you don’t know who that is, ask your manager.',
  /** Added when a firm file names an `escalate` contact: its label, e.g. "the Risk team". */
  firmContact: (label: string) => `Tell ${label} as well: your firm asks to hear about this.`,
  helpline:
    'If anyone is unsure what the rules require, ask your professional body’s ethics helpline.',
  note: 'Make a short note on the file: who invited you, when, and what you did.',
  acceptedByMistake:
    'If you accepted by mistake, send no message, remove the connection, and record what happened.',
} as const;

/** The `dont-connect` outcome reached because the reader's rules restrict it (no matter). */
export const RESTRICTED = {
  reason: RESTRICTED_REASON,
  rule: 'Your professional body’s rules or guidance come first. Its guidance, and its helpline where we know one, are on this page.',
} as const;
