/**
 * Each step of the decision, declared once: its answer key (the share link's key and the
 * inputs' `name`), the answer ids it accepts (the link's values and the inputs' `value`), and
 * whether several may be chosen (and which ids exclude the others). These ids are the public contract
 * (shared/spec/decision-tree.md). Everything else derives from this table: the answer types,
 * the link's schema, the machine's events, the tests. The words for each step and answer are
 * in src/content/questions.ts; where each answer leads is in machine.ts.
 */
export const STEPS = {
  objectives: {
    key: 'objectives',
    values: ['clients', 'media', 'community', 'careers', 'known-only'],
    multiple: true,
    /** Chosen only on its own: it excludes every other reason. */
    alone: ['known-only'],
  },
  body: {
    key: 'body',
    values: [
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
    ],
    multiple: false,
  },
  rules: { key: 'rules', values: ['allowed', 'restricted', 'unsure'], multiple: false },
  matter: {
    key: 'matter',
    values: ['none', 'opposing-party', 'juror', 'witness', 'judge'],
    multiple: false,
  },
  invite: {
    key: 'invite',
    values: ['personal', 'standard', 'pitch', 'suspicious'],
    multiple: false,
  },
  profile: {
    key: 'profile',
    values: ['relevant', 'unclear', 'not-relevant', 'spam'],
    multiple: false,
  },
  message: { key: 'reply', values: ['genuine', 'pitch', 'none', 'pending'], multiple: false },
  spamCheck: { key: 'spam', values: ['true-spam', 'not-spam'], multiple: false },
} as const;

export type StepId = keyof typeof STEPS;
type Step = (typeof STEPS)[StepId];
export type AnswerKey = Step['key'];
type StepWithKey<K extends AnswerKey> = Extract<Step, { key: K }>;
/** One answer id of a key. */
export type AnswerId<K extends AnswerKey> = StepWithKey<K>['values'][number];

/** The answers given so far: a list where a step takes several, one id otherwise. */
export type Answers = {
  [K in AnswerKey]?: StepWithKey<K>['multiple'] extends true ? AnswerId<K>[] : AnswerId<K>;
};

/** The steps in the order they are asked. */
export const STEP_IDS = Object.keys(STEPS) as StepId[];
/** The answer keys in the same order (a share link lists its answers in it). */
export const ANSWER_KEYS = STEP_IDS.map((step) => STEPS[step].key);

/** The answer ids of a step that exclude every other (none, for most steps). */
export const aloneIn = (step: StepId): readonly string[] =>
  (STEPS[step] as { alone?: readonly string[] }).alone ?? [];

export const stepFor = (key: AnswerKey): StepId =>
  STEP_IDS.find((step) => STEPS[step].key === key) ?? 'objectives';

export const OUTCOMES = [
  'accept',
  'ignore',
  'report-spam',
  'wait',
  'check-rules',
  'dont-connect',
] as const;
export type OutcomeId = (typeof OUTCOMES)[number];

export type Objective = AnswerId<'objectives'>;
export type BodyId = AnswerId<'body'>;
/** Bodies whose guidance we describe (not `other` or `none`). */
export type RegulatorId = Exclude<BodyId, 'other' | 'none'>;
export type Matter = AnswerId<'matter'>;
export type RedFlag = Exclude<Matter, 'none'>;

/** The body whose guidance we describe, if the reader named one (not `other` or `none`). */
export function regulatorOf(answers: Answers): RegulatorId | undefined {
  const { body } = answers;
  return body === undefined || body === 'other' || body === 'none' ? undefined : body;
}

/** The matter the contact is linked to, if any: a red flag (not `none`). */
export function redFlagOf(answers: Answers): RedFlag | undefined {
  const { matter } = answers;
  return matter === undefined || matter === 'none' ? undefined : matter;
}

export const BODY_IDS = STEPS.body.values;
export const REGULATOR_IDS = BODY_IDS.filter(
  (id): id is RegulatorId => regulatorOf({ body: id }) !== undefined,
);
