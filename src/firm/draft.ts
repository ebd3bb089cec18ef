import { ADVICE_AS_OF } from '../content/changes';
import { FIRM_FORM } from '../content/firmForm';
import { LANGUAGE } from '../content/language';
import { OUTCOME_CONTENT } from '../content/outcomes';
import { answerLabel, questionFor } from '../content/questions';
import { ANSWER_KEYS, OUTCOMES, STEPS, stepFor } from '../decision/steps';
import { today } from '../share/dates';
import type * as z from 'zod/mini';
import { getIn, isObject, rowKey, withRowKeys } from '../components/form/path';
import {
  checkFirmSettings,
  inLanguage,
  settingsSchema,
  PACK_VERSION,
  TEXT_LANGUAGES,
  type FirmContact,
  type FirmFile,
  type FirmSettings,
  type FirmPoint,
  type FirmWhen,
  type TextInLanguages,
} from './settings';

/**
 * The builder's form as data: the file itself while someone types (any text may be blank or
 * wrong), with a key on each row so that the points and the red-flag contact can name a
 * contact by its row, and keep naming it while its id is renamed. The file it makes is then
 * checked by the same `checkFirmSettings` the app reads it with, so the form can never offer a file
 * the app would refuse. Nothing here names an ordinary setting: a new one needs only the
 * schema, its words and its line of form.
 */

export type WhenKey = keyof FirmWhen;
export const WHEN_KEYS: readonly WhenKey[] = ['outcome', ...ANSWER_KEYS];

/** The file's shape with every field optional and every text any string. */
type Editing<T> = T extends string
  ? string
  : T extends readonly (infer E)[]
    ? Editing<E>[]
    : T extends object
      ? { -readonly [K in keyof T]?: Editing<T[K]> }
      : T;

/** A contact named by its row: `String(rowKey(contact))`, or '' for none. */
type ContactRef = string;

export type Draft = Omit<Editing<FirmSettings>, 'escalate' | 'contacts' | 'points'> & {
  firmOther?: string;
  escalate?: ContactRef;
  contacts?: (Editing<FirmContact> & { labelOther?: string })[];
  points?: (Omit<Editing<FirmPoint>, 'contact'> & { contact?: ContactRef; textOther?: string })[];
};

/** The fields whose text may be in two languages, and where the form holds the other one. */
const OTHER = { firm: 'firmOther', label: 'labelOther', text: 'textOther' } as const;

/** A file's text as the form's two fields: this page's language, and the other one. */
function split(text: TextInLanguages | undefined): [string | undefined, string | undefined] {
  if (typeof text !== 'object') return [text, undefined];
  return [text[LANGUAGE.code], text[LANGUAGE.other.code]];
}

/** The form's two fields as the file's text: one text, or one per language when both given. */
function joined(main: string | undefined, other: string | undefined): unknown {
  if (!other) return main;
  const by: Record<string, string | undefined> = {
    [LANGUAGE.code]: main || undefined,
    [LANGUAGE.other.code]: other,
  };
  return Object.fromEntries(
    TEXT_LANGUAGES.flatMap((l) => (by[l] === undefined ? [] : [[l, by[l]]])),
  );
}

/** Where the form holds what a problem's path names in the file ("firm.fr" → "firmOther"). */
function formPath(path: (string | number)[]): string {
  const [field, language] = path.slice(-2);
  if (
    typeof field === 'string' &&
    Object.hasOwn(OTHER, field) &&
    TEXT_LANGUAGES.includes(language as never)
  )
    return [
      ...path.slice(0, -2),
      language === LANGUAGE.code ? field : OTHER[field as keyof typeof OTHER],
    ].join('.');
  return path.join('.');
}

export function emptyDraft(revised = today()): Draft {
  return { version: PACK_VERSION, firm: '', revised };
}

/** A new contact, with an id no other contact has. */
export function newContact(contacts: readonly unknown[]): FirmContact {
  const taken = new Set(contacts.map((c) => getIn(c, 'id')));
  let n = contacts.length + 1;
  while (taken.has(`contact-${n}`)) n++;
  return { id: `contact-${n}`, label: '', href: '' };
}

export const newPoint = () => ({ text: '' });

const refTo = (draft: Draft, id: string | undefined) => {
  const found = draft.contacts?.find((c) => c.id === id);
  return found ? String(rowKey(found)) : undefined;
};
const idOf = (draft: Draft, ref: ContactRef | undefined) =>
  draft.contacts?.find((c) => ref && String(rowKey(c)) === ref)?.id;

/** A file to edit: the form starts from it. */
export function draftFrom(settings: FirmFile): Draft {
  const keyed = withRowKeys(settings);
  const [firm, firmOther] = split(settings.firm);
  const draft: Draft = {
    ...keyed,
    firm,
    firmOther,
    contacts: keyed.contacts?.map((c) => {
      const [label, labelOther] = split(c.label);
      return { ...c, label, labelOther };
    }),
    points: keyed.points?.map((p) => {
      const [text, textOther] = split(p.text);
      return { ...p, text, textOther };
    }),
  };
  return {
    ...draft,
    escalate: refTo(draft, settings.escalate),
    points: draft.points?.map((p) => ({ ...p, contact: refTo(draft, p.contact) })),
    // A sign-off of an older version of the advice is not one of today's: its date is asked
    // again, so that saving the file records a review of the advice as it is now.
    approved: settings.approved && {
      by: settings.approved.by,
      on: settings.approved.advice === ADVICE_AS_OF ? settings.approved.on : '',
    },
  };
}

/** The draft without contact `i`: nothing may name a contact that is no longer there. */
export function removeContact(draft: Draft, i: number): Draft {
  const gone = String(rowKey(draft.contacts?.[i]));
  const unless = (ref: ContactRef | undefined) => (ref === gone ? undefined : ref);
  return {
    ...draft,
    contacts: draft.contacts?.filter((_, j) => j !== i),
    escalate: unless(draft.escalate),
    points: draft.points?.map((p) => ({ ...p, contact: unless(p.contact) })),
  };
}

/** The file the form makes: in the schema's order, empty options left out. */
export function draftToJson(draft: Draft): Record<string, unknown> {
  const { firmOther, ...rest } = draft;
  const file = {
    ...rest,
    firm: joined(draft.firm, firmOther),
    contacts: draft.contacts?.map(({ labelOther, ...c }) => ({
      ...c,
      label: joined(c.label, labelOther),
    })),
    escalate: idOf(draft, draft.escalate),
    points: draft.points?.map(({ textOther, ...p }) => ({
      ...p,
      text: joined(p.text, textOther),
      contact: idOf(draft, p.contact),
    })),
    // An approval is of the advice as it is now: the builder writes its version.
    approved:
      draft.approved?.by || draft.approved?.on
        ? { ...draft.approved, advice: ADVICE_AS_OF }
        : undefined,
  };
  return prune(file, settingsSchema()) as Record<string, unknown>;
}

/** Nothing typed or chosen: no text, no item, an option that is off, or only such things. */
const isBlank = (v: unknown): boolean =>
  v === undefined ||
  v === '' ||
  v === false ||
  (Array.isArray(v) ? v.length === 0 : isObject(v) && Object.values(v).every(isBlank));

/**
 * A value laid out as the schema lays it out: its keys in the schema's order, an optional
 * field that is blank left out; a field the schema does not know stays, for the check to name.
 */
function prune(value: unknown, schema: z.core.$ZodType): unknown {
  const def = schema._zod.def;
  if (def.type === 'optional') return prune(value, (def as z.core.$ZodOptionalDef).innerType);
  if (def.type === 'array' && Array.isArray(value)) {
    const element = (def as z.core.$ZodArrayDef).element;
    return value.map((v: unknown) => prune(v, element));
  }
  if (def.type !== 'object' || !isObject(value) || Array.isArray(value)) return value;
  const shape = (def as z.core.$ZodObjectDef).shape;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const v = prune(value[key], field);
    if (!(field._zod.optin === 'optional' && isBlank(v))) out[key] = v;
  }
  for (const key of Object.keys(value)) if (!(key in shape)) out[key] = value[key];
  return out;
}

/** The file the form makes, and each problem by the path in the file where it was found. */
export function checkDraft(draft: Draft): {
  json: Record<string, unknown>;
  settings?: FirmSettings;
  errors: Map<string, string>;
} {
  const json = draftToJson(draft);
  const checked = checkFirmSettings(json);
  const errors = new Map<string, string>();
  // The preview shows the file as a reader of this page would see it.
  if (checked.ok) return { json, settings: inLanguage(checked.settings), errors };
  for (const problem of checked.problems) {
    const key = formPath(problem.path);
    if (!errors.has(key)) errors.set(key, sentence(problem.reason));
  }
  return { json, errors };
}

const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;

/** The choices for one key of a point's conditions, with the words the reader saw. */
export function whenChoices(key: WhenKey): {
  legend: string;
  options: { value: string; label: string }[];
} {
  if (key === 'outcome')
    return {
      legend: FIRM_FORM.points.when.outcome,
      options: OUTCOMES.map((o) => ({ value: o, label: OUTCOME_CONTENT[o].title })),
    };
  return {
    legend: questionFor(key).summaryLabel,
    options: STEPS[stepFor(key)].values.map((value) => ({
      value,
      label: answerLabel(key, value),
    })),
  };
}
