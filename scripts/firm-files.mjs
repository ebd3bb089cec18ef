// Where the project's own server (scripts/serve.mjs) finds a deployment's firm settings:
// `firm.json` and `firms/<id>.json` (docs/firm-settings.md). They live outside the build, so
// that no build deletes or overwrites them (docs/deploying.md, "Your firm's settings").
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..');
/** The build's folder, which every build empties. */
export const DIST = join(REPO, 'dist');
/** Without FIRM_DIR: a folder beside dist/, ignored by git except for its README. */
export const DEFAULT_FIRM_DIR = join(REPO, 'firm-settings');

/** The URL paths of the firm files, as the app asks for them (src/firm/loadSettings.ts). */
const FIRM_PATH = /^\/(firm|firms\/[a-z0-9-]{1,40})\.json$/;

/**
 * The settings folder: FIRM_DIR (relative to the folder the server was started from) or the
 * default. Refused inside dist/, where the next build would delete it.
 */
export function firmDir(value) {
  const dir = value ? resolve(value) : DEFAULT_FIRM_DIR;
  if (isInside(dir, DIST))
    throw new Error(
      `FIRM_DIR is ${dir}, inside dist/, which every build empties: keep firm settings in a folder of their own (such as ${DEFAULT_FIRM_DIR}).`,
    );
  return dir;
}

export function isInside(path, folder) {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** `firm.json` or `firms/<id>.json` for the path of a request for one, else null. */
export function firmFileName(pathname) {
  const match = FIRM_PATH.exec(pathname);
  return match ? `${match[1]}.json` : null;
}

/**
 * A firm file as it is now, read afresh (a file edited while the server runs is sent whole and
 * new), or null when there is none.
 */
export async function readFirmFile(dir, name) {
  try {
    return await readFile(join(dir, name));
  } catch (error) {
    if (error && (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR'))
      return null;
    throw error;
  }
}
