import { LOAD_PROBLEMS as P } from '../content/firmNotice';
import { LANGUAGE } from '../content/language';
import { PACK_ID } from '../share/url';
import type { FirmFile, FirmSettings } from './settings';

/**
 * Fetches the firm file beside the page: `firm.json`, or `firms/<id>.json` for a page
 * opened with `?pack=<id>`. Same origin only, by a relative URL (so a deployment in a
 * sub-folder works), and never in the way: the page starts it as early as it can and reads
 * the promise when an outcome needs it.
 */

export type SettingsLoad =
  /** No `firm.json` beside the page: the tool runs as it always has, and says nothing. */
  | { kind: 'none' }
  | {
      kind: 'settings';
      /** In the page's language, for the parts that show it. */
      settings: FirmSettings;
      /** As written, both languages, for the builder to edit. */
      file: FirmFile;
      /** the `?pack=` id, to keep in share links */
      id?: string;
    }
  /** Settings were asked for but can't be used: the reader sees this, in plain words. */
  | { kind: 'notice'; problem: string; id?: string };

/** Far more than 6 contacts and 20 points of 300 characters can take. */
export const MAX_BYTES = 64 * 1024;
const TIMEOUT_MS = 15_000;

/**
 * Which file a page's query asks for: `firms/<id>.json` for `?pack=<id>`, `firm.json`
 * without one, or a notice (with nothing to fetch) for a `pack` that is not a valid name.
 */
export function settingsRequest(
  search: string,
): { ok: true; path: string; id?: string } | { ok: false; problem: string } {
  let ids: string[];
  try {
    ids = new URLSearchParams(search).getAll('pack');
  } catch {
    ids = [];
  }
  if (ids.length === 0) return { ok: true, path: 'firm.json' };
  const id = ids[0];
  if (ids.length > 1 || id === undefined || !PACK_ID.test(id))
    return { ok: false, problem: P.badSettingsName };
  return { ok: true, path: `firms/${id}.json`, id };
}

/**
 * Loads and reads the firm file for a page. Never rejects: every failure is a result.
 * `fetchImpl` is for tests.
 */
export async function loadFirmSettings(
  search: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<SettingsLoad> {
  const request = settingsRequest(search);
  if (!request.ok) return { kind: 'notice', problem: request.problem };
  const { path, id } = request;
  const notice = (problem: string): SettingsLoad =>
    id === undefined ? { kind: 'notice', problem } : { kind: 'notice', problem, id };

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let body: string | undefined;
  try {
    // A language's pages are a folder down; the firm's files are the site's, at its root.
    const response = await fetchImpl(`${LANGUAGE.root}${path}`, {
      // `same-origin` makes the browser refuse any other origin, redirects included.
      mode: 'same-origin',
      credentials: 'same-origin',
      // A firm that fixes its file should see the fix at once, without a stale copy.
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    // "No content" is a host's way to say "no such file" without the 404 browsers log
    // (scripts/serve.mjs, docs/deploying.md): none for the default file, missing for a requested file.
    if (response.status === 204)
      return id === undefined ? { kind: 'none' } : notice(P.notFound(path));
    if (!response.ok) {
      // No firm.json is the usual case, not a problem; a requested one missing is.
      if (response.status === 404 && id === undefined) return { kind: 'none' };
      return notice(
        response.status === 404 ? P.notFound(path) : P.httpError(path, response.status),
      );
    }
    // Hosts that answer every unknown path with the app's own page ("single-page app"
    // fallbacks) send HTML for a firm.json that isn't there.
    if (id === undefined && /text\/html/i.test(response.headers.get('content-type') ?? ''))
      return { kind: 'none' };
    body = await readUpTo(response, MAX_BYTES);
  } catch {
    return notice(P.network(path));
  } finally {
    clearTimeout(timer);
  }

  if (body === undefined) return notice(P.tooBig(MAX_BYTES / 1024));
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return notice(P.notJson);
  }
  // The schema is read only when there is a file to read: a page without one never loads it,
  // and the fetch above starts before it, with the page's own code.
  let read: ReturnType<typeof import('./settings').readFirmSettings>;
  let inLanguage: typeof import('./settings').inLanguage;
  try {
    const schema = await import('./settings');
    read = schema.readFirmSettings(json);
    inLanguage = schema.inLanguage;
  } catch {
    return notice(P.loadUnreadable);
  }
  if (!read.ok) return notice(read.problem);
  const loaded = {
    kind: 'settings',
    settings: inLanguage(read.settings),
    file: read.settings,
  } as const;
  return id === undefined ? loaded : { ...loaded, id };
}

/**
 * The response's text, or undefined when it is longer than `max` bytes: said by its length
 * before any of it is read, or found while reading, which then stops. A file that is small on
 * the wire and endless once unzipped (a gzip bomb) is refused after `max` bytes of it.
 */
async function readUpTo(response: Response, max: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > max) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

let started: Promise<SettingsLoad> | undefined;

/**
 * The page's firm file, fetched once: call it as early as the page starts (it returns at
 * once) and again wherever the result is needed.
 */
export function firmSettings(search: string = location.search): Promise<SettingsLoad> {
  started ??= loadFirmSettings(search);
  return started;
}

/**
 * The page's firm file if an entry has started loading it, else undefined: screens read it
 * without starting a fetch of their own (a screen rendered alone, as in a test, has none).
 */
export function startedSettings(): Promise<SettingsLoad> | undefined {
  return started;
}
