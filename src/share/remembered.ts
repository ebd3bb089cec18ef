import { aboutYou } from '../decision/aboutYou';
import type { Answers } from '../decision/steps';
import { formatLink, parseLink } from './link';
import { REMEMBERED_KEY as KEY } from './rememberedKey';

/**
 * "Remember about me on this device": the reader's own three answers (what they use LinkedIn
 * for, who regulates them, what their rules allow), kept in the browser's storage only when
 * they ask, written as a decision link's query so that they are read back as any link is.
 * Nothing about the people who invite them is ever stored. Storage may be blocked (a
 * SecurityError on merely touching it) or full (QuotaExceededError): every use is guarded, and
 * each change says whether it took, so the screen can say so to a reader who asked.
 */

const MAX_STORED = 300;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** The remembered answers as a canonical query (`v=1&objectives=…`), or '' when none. */
export function rememberedQuery(): string {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return '';
  }
  if (raw === null || raw.length > MAX_STORED) return '';
  const link = parseLink(raw);
  if (!link.ok) return '';
  const kept = aboutYou(link.answers);
  return Object.keys(kept).length > 0 ? formatLink(kept) : '';
}

/** The remembered answers, or undefined when none (or none can be read). */
export function readRemembered(query = rememberedQuery()): Answers | undefined {
  if (!query) return undefined;
  const link = parseLink(query);
  return link.ok ? link.answers : undefined;
}

/** Keeps the reader's own answers from these; false when the browser would not. */
export function saveRemembered(answers: Answers): boolean {
  const kept = aboutYou(answers);
  if (Object.keys(kept).length === 0) return false;
  try {
    window.localStorage.setItem(KEY, formatLink(kept));
    return true;
  } catch {
    return false;
  } finally {
    notify();
  }
}

/** Clears what this device remembers; false when the browser would not let us. */
export function forgetRemembered(): boolean {
  try {
    window.localStorage.removeItem(KEY);
    return true;
  } catch {
    return false;
  } finally {
    notify();
  }
}

/** For useSyncExternalStore: changes made here, and in the reader's other tabs. */
export function subscribeRemembered(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY || e.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}
