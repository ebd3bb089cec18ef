import { MAP_GUARD_LABELS, MAP_NODE_NAMES, MAP_UI } from '../content/map';
import { answerLabel } from '../content/questions';
import { ANSWER_KEYS, type AnswerKey } from '../decision/steps';
import type { GuardInfo, MapEdge } from './graph';

/** `rulesRestrictIt` → "Rules restrict it": a readable name for anything without copy. */
export function humanize(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function nodeName(id: string): string {
  return MAP_NODE_NAMES[id] ?? humanize(id);
}

const isAnswerKey = (key: unknown): key is AnswerKey =>
  typeof key === 'string' && (ANSWER_KEYS as string[]).includes(key);

/** `answerIs` with no values: any answer to the step (or any not taken before). */
function isAnyAnswer(guard: GuardInfo): boolean {
  if (guard.type !== 'answerIs' || !('params' in guard)) return false;
  const { values } = (guard.params ?? {}) as { values?: unknown[] };
  return !values || values.length === 0;
}

/** "Not sure of your rules" read after "Yes, they fit, and": lower case, but never "I". */
function midSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second === second.toLowerCase() && second !== ' '
    ? first.toLowerCase() + label.slice(1)
    : label;
}

function guardLabel(guard: GuardInfo): string {
  if ('guards' in guard) {
    if (guard.type === 'not') return MAP_UI.not(guard.guards.map(guardLabel).join(MAP_UI.and));
    const parts = guard.guards.filter((g) => !isAnyAnswer(g)).map(guardLabel);
    return parts
      .map((p, i) => (i === 0 ? p : midSentence(p)))
      .join(guard.type === 'or' ? MAP_UI.or : MAP_UI.and);
  }
  if (guard.type === 'answerIs' && 'params' in guard) {
    const { key, values } = (guard.params ?? {}) as { key?: unknown; values?: unknown[] };
    if (isAnswerKey(key) && values && values.length > 0)
      return values.map((v) => answerLabel(key, String(v))).join(MAP_UI.or);
  }
  return MAP_GUARD_LABELS[guard.type] ?? humanize(guard.type);
}

/**
 * An edge in words. Answer checks read as the options the user sees ("Yes, they fit");
 * named conditions as their copy ("Your rules restrict it"); a check that takes any answer
 * reads "Any answer", or "Any other answer" when conditions before it take some.
 */
export function edgeLabel(edge: MapEdge): string {
  const { guard } = edge;
  if (!guard) return edge.index === 0 ? MAP_UI.always : MAP_UI.otherwise;
  const label = isAnyAnswer(guard) ? '' : guardLabel(guard);
  if (label) return label;
  return edge.index === 0 ? MAP_UI.anyAnswer : MAP_UI.otherwise;
}
