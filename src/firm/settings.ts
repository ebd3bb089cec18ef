import * as z from 'zod/mini';
import { FIRM_PROBLEMS as P } from '../content/firm';
import { LANGUAGE } from '../content/language';
import { BODY_IDS, OUTCOMES, STEPS } from '../decision/steps';
import { isPlainCharacter, isPlainText, MAX_NAME } from '../embed/plainText';
import { MAX_LINK, safeLink } from '../embed/safeLink';
import { isPastDate } from '../share/dates';

export { MAX_LINK, MAX_NAME };

/**
 * The firm file (`firm.json`, `../shared/spec/firm-pack.md`): one schema, used by the app
 * to read a file and by the build to publish `firm.schema.json`. The file is untrusted and
 * all or nothing: the first thing wrong refuses the whole file, with a message that names
 * the field. What passes is plain data: plain text (embed/plainText.ts, the same rule as the
 * embed's own options), ids from our own lists, past dates, and links under the one rule for
 * links (embed/safeLink.ts): `https:` pages or bare `mailto:` addresses.
 */

export const PACK_VERSION = 1;
export const MAX_TEXT = 300;
export const MAX_CONTACTS = 6;
export const MAX_POINTS = 20;

// Issue messages are codes, turned into words by `describe` below. A message from zod's
// own checks is never shown: their wording is not ours.
const CODE = {
  blank: 'blank',
  plain: 'plain',
  id: 'id',
  date: 'date',
  link: 'link',
  https: 'https',
  mailtoQuery: 'mailtoQuery',
  duplicateId: 'duplicateId',
  noContact: 'noContact',
  repeated: 'repeated',
} as const;
type Code = keyof typeof CODE;

const SOMETHING = /\S/;
const ID = /^[a-z0-9-]{1,20}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// The shape of both kinds of link, for the published schema; safeLink has the last word.
const LINK = /^(https:\/\/[^\s\\]+|mailto:[A-Za-z0-9._+'-]+@[^\s@/?#%&:\\]+\.[^\s@/?#%&:\\]+)$/;
const HTTPS = /^https:\/\/[^\s\\]+$/;

/**
 * The schemas that hold plain text: firm.schema.json spells the rule out as a pattern for each
 * (jsonSchema.ts), where the app runs `isPlainText`.
 */
export const PLAIN_TEXT = z.registry();
const plain = (schema: z.ZodMiniString<string>) =>
  schema.check(z.refine(isPlainText, CODE.plain)).register(PLAIN_TEXT, {});

const text = (max: number) =>
  plain(z.string().check(z.minLength(1), z.maxLength(max), z.regex(SOMETHING, CODE.blank)));

/** The languages a firm's text may be written in (decision-tree.md "Languages"). */
export const TEXT_LANGUAGES = ['en', 'fr'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** The objects of languages: firm.schema.json asks for one language at least (jsonSchema.ts). */
export const SOME_LANGUAGE = z.registry();

/**
 * A text the reader sees (`firm`, a contact's `label`, a point's `text`): one text for every
 * page, or `{ "en": …, "fr": … }` with either or both, each under the same rules.
 */
const inLanguages = (max: number) =>
  z.union([
    text(max),
    z
      .strictObject({ en: z.optional(text(max)), fr: z.optional(text(max)) })
      // An object with neither language has no text in it.
      .check(z.refine((t) => t.en !== undefined || t.fr !== undefined, CODE.blank))
      .register(SOME_LANGUAGE, {}),
  ]);

/**
 * Built when a file is first read, not when the page loads: making a schema costs more than
 * using one, and most pages have no firm file to read.
 */
function buildSchema() {
  const link = z
    .string()
    .check(
      z.maxLength(MAX_LINK),
      // Said first and alone: the likeliest mistake, and a reason the generic one hides.
      z.refine((s) => !(s.startsWith('mailto:') && /[?#&%]/.test(s)), {
        message: CODE.mailtoQuery,
        abort: true,
      }),
      z.refine(isPlainText, { message: CODE.plain, abort: true }),
      z.regex(LINK, CODE.link),
      z.refine((s) => !LINK.test(s) || safeLink(s) !== undefined, CODE.link),
    )
    .register(PLAIN_TEXT, {});

  const httpsLink = z
    .string()
    .check(
      z.maxLength(MAX_LINK),
      z.refine(isPlainText, { message: CODE.plain, abort: true }),
      z.regex(HTTPS, CODE.https),
      z.refine((s) => !HTTPS.test(s) || safeLink(s)?.kind === 'web', CODE.https),
    )
    .register(PLAIN_TEXT, {});

  // A day the firm has reached: a review dated in the future is a mistake or a pretence.
  const date = z.string().check(
    z.regex(DATE, CODE.date),
    z.refine((s) => !DATE.test(s) || isPastDate(s), CODE.date),
  );

  const contactId = z.string().check(z.regex(ID, CODE.id));

  /** A list of ids from one of our lists: at least one, none twice. */
  const ids = <const T extends readonly [string, ...string[]]>(values: T) =>
    z.array(z.enum(values)).check(
      z.minLength(1),
      z.refine((list) => new Set(list).size === list.length, CODE.repeated),
    );

  const contact = z.strictObject({
    id: contactId,
    label: inLanguages(MAX_NAME),
    href: link,
  });

  // The keys are the spec's answer keys plus `outcome`; the values come from the decision's
  // own lists, so a body added there is accepted here with no change.
  const when = z.strictObject({
    outcome: z.optional(ids(OUTCOMES)),
    objectives: z.optional(ids(STEPS.objectives.values)),
    body: z.optional(ids(STEPS.body.values)),
    rules: z.optional(ids(STEPS.rules.values)),
    matter: z.optional(ids(STEPS.matter.values)),
    invite: z.optional(ids(STEPS.invite.values)),
    profile: z.optional(ids(STEPS.profile.values)),
    reply: z.optional(ids(STEPS.message.values)),
    spam: z.optional(ids(STEPS.spamCheck.values)),
  });

  const point = z.strictObject({
    text: inLanguages(MAX_TEXT),
    when: z.optional(when),
    contact: z.optional(contactId),
    // To do before anything else: the first of the outcome's next steps where it applies.
    first: z.optional(z.boolean()),
  });

  return z
    .strictObject({
      // Where an editor finds firm.schema.json to check the file as it is typed; not used.
      $schema: z.optional(plain(z.string().check(z.maxLength(MAX_LINK)))),
      version: z.literal(PACK_VERSION),
      firm: inLanguages(MAX_NAME),
      revised: date,
      policyUrl: z.optional(httpsLink),
      contacts: z.optional(z.array(contact).check(z.minLength(1), z.maxLength(MAX_CONTACTS))),
      escalate: z.optional(contactId),
      body: z.optional(z.enum(BODY_IDS)),
      points: z.optional(z.array(point).check(z.minLength(1), z.maxLength(MAX_POINTS))),
      // The firm's sign-off: who approved the tool's advice, when, and the version reviewed.
      approved: z.optional(z.strictObject({ by: text(MAX_NAME), on: date, advice: date })),
    })
    .check(
      // What JSON Schema cannot say: ids that must be unique, and ids that must be defined.
      z.superRefine((settings, ctx) => {
        const defined = new Set<string>();
        (settings.contacts ?? []).forEach((c, i) => {
          if (defined.has(c.id))
            ctx.addIssue({
              code: 'custom',
              message: CODE.duplicateId,
              path: ['contacts', i, 'id'],
            });
          defined.add(c.id);
        });
        if (settings.escalate !== undefined && !defined.has(settings.escalate))
          ctx.addIssue({ code: 'custom', message: CODE.noContact, path: ['escalate'] });
        (settings.points ?? []).forEach((p, i) => {
          if (p.contact !== undefined && !defined.has(p.contact))
            ctx.addIssue({
              code: 'custom',
              message: CODE.noContact,
              path: ['points', i, 'contact'],
            });
        });
      }),
    );
}

let built: ReturnType<typeof buildSchema> | undefined;

/** The firm file's schema: the app reads files with it, firm.schema.json is made from it. */
export function settingsSchema() {
  built ??= buildSchema();
  return built;
}

/** The file as written: a text may be in one or both languages. */
export type FirmFile = z.infer<ReturnType<typeof buildSchema>>;
type FileContact = NonNullable<FirmFile['contacts']>[number];
type FilePoint = NonNullable<FirmFile['points']>[number];
/** A text as the file may hold it: one for every page, or one per language. */
export type TextInLanguages = FirmFile['firm'];

/** The file as a page shows it: each text in the page's language (`inLanguage`). */
export type FirmContact = Omit<FileContact, 'label'> & { label: string };
export type FirmPoint = Omit<FilePoint, 'text'> & { text: string };
export type FirmSettings = Omit<FirmFile, 'firm' | 'contacts' | 'points'> & {
  firm: string;
  contacts?: FirmContact[];
  points?: FirmPoint[];
};
export type FirmWhen = NonNullable<FirmPoint['when']>;

/** A text in `language`, else in the other one: a firm may write only one of them. */
export function textIn(text: TextInLanguages, language: TextLanguage = LANGUAGE.code): string {
  if (typeof text === 'string') return text;
  const other = language === 'en' ? text.fr : text.en;
  return text[language] ?? other ?? '';
}

/** A valid file's texts in `language` (the page's): what every part that shows it reads. */
export function inLanguage(file: FirmFile, language: TextLanguage = LANGUAGE.code): FirmSettings {
  const { firm, contacts, points, ...rest } = file;
  return {
    ...rest,
    firm: textIn(firm, language),
    ...(contacts && {
      contacts: contacts.map((c) => ({ ...c, label: textIn(c.label, language) })),
    }),
    ...(points && { points: points.map((p) => ({ ...p, text: textIn(p.text, language) })) }),
  };
}

/** One thing wrong with a file: where (the path in the file) and the words for it. */
export interface SettingsProblem {
  path: (string | number)[];
  /** The whole sentence, naming the field: "The firm file’s firm: it is empty." */
  message: string;
  /** What is wrong, for beside the field: "it is empty". */
  reason: string;
}

export type ReadFirmSettings = { ok: true; settings: FirmFile } | { ok: false; problem: string };

/** Reads a parsed firm file. Never throws: anything unexpected refuses the file. */
export function readFirmSettings(json: unknown): ReadFirmSettings {
  const checked = checkFirmSettings(json);
  return checked.ok
    ? checked
    : { ok: false, problem: checked.problems[0]?.message ?? P.problem('', P.unreadable) };
}

/** Like `readFirmSettings`, with every problem found (the builder shows each beside its field). */
export function checkFirmSettings(
  json: unknown,
): { ok: true; settings: FirmFile } | { ok: false; problems: SettingsProblem[] } {
  try {
    const result = settingsSchema().safeParse(json, { reportInput: true });
    if (result.success) return { ok: true, settings: result.data };
    // The first problem of each field only: one field's checks often fail together.
    const problems = new Map<string, SettingsProblem>();
    for (const issue of result.error.issues) {
      const path = issue.path.filter(
        (k): k is string | number => typeof k === 'string' || typeof k === 'number',
      );
      const key = JSON.stringify(path);
      const reason = describe(issue);
      if (!problems.has(key))
        problems.set(key, { path, message: P.problem(where(path), reason), reason });
    }
    return { ok: false, problems: [...problems.values()] };
  } catch {
    return {
      ok: false,
      problems: [{ path: [], message: P.problem('', P.unreadable), reason: P.unreadable }],
    };
  }
}

/** "points, number 3, text": the path as the file's editor would look for it. */
function where(path: (string | number)[]): string {
  return path.map((k) => (typeof k === 'number' ? P.item(k + 1) : shown(k))).join(', ');
}

/** A name from the file, safe and short enough to quote in a message. */
function shown(name: string): string {
  const clean = [...name].filter(isPlainCharacter).join('');
  const chars = [...clean];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : clean;
}

type Issue = z.core.$ZodIssue;

function describe(issue: Issue): string {
  if (
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_value' ||
      issue.code === 'invalid_union') &&
    issue.input === undefined
  )
    return P.missing;
  switch (issue.code) {
    // A text that is neither text nor an object of languages.
    case 'invalid_union':
      return P.notText;
    case 'invalid_type':
      if (issue.expected === 'object') return P.notObject;
      if (issue.expected === 'array') return P.notList;
      if (issue.expected === 'string') return P.notText;
      if (issue.expected === 'number') return P.notNumber;
      return P.wrongType;
    case 'invalid_value':
      if (issue.values.length === 1 && issue.values[0] === PACK_VERSION) return P.version;
      return issue.values.length <= 9 ? P.oneOf(issue.values.map(String)) : P.unknownId;
    case 'too_big':
      return issue.origin === 'array'
        ? P.tooMany(Number(issue.maximum))
        : P.tooLong(Number(issue.maximum));
    case 'too_small':
      return issue.origin === 'array' ? P.emptyList : P.empty;
    case 'unrecognized_keys':
      return P.unknownField(shown(issue.keys[0] ?? ''));
    case 'invalid_format':
    case 'custom': {
      const code = issue.message as Code;
      return Object.hasOwn(CODE, code) ? P[code] : P.unreadable;
    }
    default:
      return P.unreadable;
  }
}
