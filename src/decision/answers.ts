// The answer ids are the public contract (share links, input values): see the spec.

export const STEPS = [
  'objectives',
  'body',
  'rules',
  'matter',
  'invite',
  'profile',
  'message',
  'spamCheck',
] as const;
export type StepId = (typeof STEPS)[number];

export const OBJECTIVES = ['clients', 'media', 'community', 'careers', 'known-only'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export const BODY_IDS = [
  'sra',
  'bsb',
  'lss',
  'lsi',
  'nzls',
  'au-solicitors',
  'aba',
  'us-ca',
  'us-ny',
  'us-tx',
  'us-fl',
  'us-il',
  'ca-flsc',
  'barreau-qc',
  'lsni',
  'faculty-advocates',
  'cilex',
  'ipreg',
  'other',
  'none',
] as const;
export type BodyId = (typeof BODY_IDS)[number];
/** Bodies whose guidance we describe (not `other` or `none`). */
export type RegulatorId = Exclude<BodyId, 'other' | 'none'>;

export const RULES = ['allowed', 'restricted', 'unsure'] as const;
export const MATTERS = ['none', 'opposing-party', 'juror', 'witness', 'judge'] as const;
export type Matter = (typeof MATTERS)[number];
export type RedFlag = Exclude<Matter, 'none'>;
export const INVITES = ['personal', 'standard', 'pitch', 'suspicious'] as const;
export const PROFILES = ['relevant', 'unclear', 'not-relevant', 'spam'] as const;
export const REPLIES = ['genuine', 'none', 'pitch', 'pending'] as const;
export const SPAM = ['true-spam', 'not-spam'] as const;

export interface Answers {
  objectives?: Objective[];
  body?: BodyId;
  rules?: (typeof RULES)[number];
  matter?: Matter;
  invite?: (typeof INVITES)[number];
  profile?: (typeof PROFILES)[number];
  reply?: (typeof REPLIES)[number];
  spam?: (typeof SPAM)[number];
}
export type AnswerKey = keyof Answers;

/** Which answer key each step records (step 7 records `reply`, step 8 `spam`). */
export const ANSWER_KEY: Record<StepId, AnswerKey> = {
  objectives: 'objectives',
  body: 'body',
  rules: 'rules',
  matter: 'matter',
  invite: 'invite',
  profile: 'profile',
  message: 'reply',
  spamCheck: 'spam',
};

/** The values each answer key accepts, in display order. */
export const ANSWER_VALUES: { [K in AnswerKey]-?: readonly string[] } = {
  objectives: OBJECTIVES,
  body: BODY_IDS,
  rules: RULES,
  matter: MATTERS,
  invite: INVITES,
  profile: PROFILES,
  reply: REPLIES,
  spam: SPAM,
};

export const OUTCOMES = [
  'accept',
  'ignore',
  'report-spam',
  'wait',
  'check-rules',
  'dont-connect',
] as const;
export type OutcomeId = (typeof OUTCOMES)[number];
