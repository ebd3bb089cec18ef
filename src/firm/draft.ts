import { ADVICE_AS_OF } from '../content/changes';
import { FIRM_FORM } from '../content/firmForm';
import { OUTCOME_CONTENT } from '../content/outcomes';
import { answerLabel, questionFor } from '../content/questions';
import { ANSWER_KEYS, OUTCOMES, STEPS, stepFor, type BodyId } from '../decision/steps';
import { checkPack, PACK_VERSION, type FirmPack, type FirmWhen } from './pack';

/**
 * The builder's form as data: what the form holds while someone types (every field a
 * string, contacts referred to by a row key so that renaming an id keeps the points that
 * name it), and the file it makes. The file is then checked by the same `checkPack` the
 * app reads it with, so the form can never offer a file the app would refuse.
 */

export type WhenKey = keyof FirmWhen;
export const WHEN_KEYS: readonly WhenKey[] = ['outcome', ...ANSWER_KEYS];

export interface ContactDraft {
  /** Stable while the form is open; never written to the file. */
  key: number;
  id: string;
  label: string;
  href: string;
}

export interface PointDraft {
  key: number;
  text: string;
  /** A contact's row key, or '' for none. */
  contact: number | '';
  when: Partial<Record<WhenKey, string[]>>;
}

export interface Draft {
  firm: string;
  revised: string;
  policyUrl: string;
  contacts: ContactDraft[];
  escalate: number | '';
  body: BodyId | '';
  points: PointDraft[];
  /** The firm's sign-off: who approved the tool and when ('' for none). */
  approvedBy: string;
  approvedOn: string;
}

let nextKey = 1;
export const newKey = () => nextKey++;

/** Today as YYYY-MM-DD, in the editor's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyDraft(revised = today()): Draft {
  return {
    firm: '',
    revised,
    policyUrl: '',
    contacts: [],
    escalate: '',
    body: '',
    points: [],
    approvedBy: '',
    approvedOn: '',
  };
}

/** A new contact, with an id no other contact has. */
export function newContact(contacts: ContactDraft[]): ContactDraft {
  const taken = new Set(contacts.map((c) => c.id));
  let n = contacts.length + 1;
  while (taken.has(`contact-${n}`)) n++;
  return { key: newKey(), id: `contact-${n}`, label: '', href: '' };
}

export function newPoint(): PointDraft {
  return { key: newKey(), text: '', contact: '', when: {} };
}

/** A file to edit: the form starts from it. */
export function draftFrom(pack: FirmPack): Draft {
  const contacts = (pack.contacts ?? []).map((c) => ({ key: newKey(), ...c }));
  const keyOf = (id: string | undefined) => contacts.find((c) => c.id === id)?.key ?? '';
  return {
    firm: pack.firm,
    revised: pack.revised,
    policyUrl: pack.policyUrl ?? '',
    contacts,
    escalate: keyOf(pack.escalate),
    body: pack.body ?? '',
    points: (pack.points ?? []).map((p) => ({
      key: newKey(),
      text: p.text,
      contact: keyOf(p.contact),
      when: { ...p.when },
    })),
    approvedBy: pack.approved?.by ?? '',
    // A sign-off of an older version of the advice is not one of today's: the date is asked
    // again, so that saving the file records a review of the advice as it is now.
    approvedOn: pack.approved?.advice === ADVICE_AS_OF ? pack.approved.on : '',
  };
}

/** The file the form makes, field by field in the spec's order; empty options left out. */
export function draftToJson(draft: Draft): Record<string, unknown> {
  const idOf = (key: number | '') => draft.contacts.find((c) => c.key === key)?.id;
  const file: Record<string, unknown> = {
    version: PACK_VERSION,
    firm: draft.firm,
    revised: draft.revised,
  };
  if (draft.policyUrl) file.policyUrl = draft.policyUrl;
  if (draft.contacts.length > 0)
    file.contacts = draft.contacts.map(({ id, label, href }) => ({ id, label, href }));
  const escalate = idOf(draft.escalate);
  if (escalate !== undefined) file.escalate = escalate;
  if (draft.body) file.body = draft.body;
  if (draft.points.length > 0)
    file.points = draft.points.map((p) => {
      const point: Record<string, unknown> = { text: p.text };
      const when = Object.fromEntries(
        WHEN_KEYS.flatMap((k) => {
          const chosen = p.when[k];
          return chosen && chosen.length > 0 ? [[k, chosen]] : [];
        }),
      );
      if (Object.keys(when).length > 0) point.when = when;
      const contact = idOf(p.contact);
      if (contact !== undefined) point.contact = contact;
      return point;
    });
  // The version reviewed is the one the tool gives today (the sources page shows it).
  if (draft.approvedBy || draft.approvedOn)
    file.approved = { by: draft.approvedBy, on: draft.approvedOn, advice: ADVICE_AS_OF };
  return file;
}

/** A field of the form, named by its path in the file: "points.2.text". */
export const fieldKey = (path: readonly (string | number)[]) => path.join('.');

/**
 * The file the form makes, and each field's problem: the first problem found at or
 * under each of the form's fields (a wrong id in a point's conditions belongs to that
 * point's conditions).
 */
export function checkDraft(
  draft: Draft,
  fields: (key: string) => boolean,
): { json: Record<string, unknown>; pack?: FirmPack; errors: Map<string, string> } {
  const json = draftToJson(draft);
  const checked = checkPack(json);
  const errors = new Map<string, string>();
  if (checked.ok) return { json, pack: checked.pack, errors };
  for (const problem of checked.problems) {
    let path = problem.path;
    while (path.length > 0 && !fields(fieldKey(path))) path = path.slice(0, -1);
    const key = fieldKey(path);
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
      legend: FIRM_FORM.points.outcome,
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
