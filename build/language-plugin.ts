import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The languages the tool is built in: English at the root, each other one in its folder. */
export const LANGUAGES = { en: { tag: 'en' }, fr: { tag: 'fr-CA' } } as const;
export type Language = keyof typeof LANGUAGES;

/** `vite build --mode fr` builds the French pages; every other mode is English. */
export const languageOf = (mode: string): Language => (mode === 'fr' ? 'fr' : 'en');

const CONTENT = join(import.meta.dirname, '..', 'src', 'content');

/**
 * The catalogue for a language other than English (docs/decisions/016): every import of
 * `src/content/X.ts` is answered with `src/content/<lang>/X.ts`, and every import of a file
 * in an `en/` folder under `src/content/` (the bodies, `bodies/en/uk.ts`) with the same path
 * in the language's folder (`bodies/fr/uk.ts`), where that file exists. The translated modules
 * themselves import the English ones (for their types and for data that does not change with
 * the language), so imports from inside a language's folder are left alone. Only the reader's
 * language is ever in a build: nothing to choose at run time.
 */
export function languageCatalogue(language: Language): Plugin {
  const inLanguage = (id: string) => id.split(sep).includes(language);
  return {
    name: 'language-catalogue',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (language === 'en' || !importer || inLanguage(relative(CONTENT, importer))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const translated = translationOf(resolved.id, language);
      return translated && existsSync(translated) ? translated : null;
    },
  };
}

/** Where a content module's translation lives, or undefined for a file that is not content. */
export function translationOf(file: string, language: Language): string | undefined {
  const path = relative(CONTENT, file);
  if (path.startsWith('..') || !path.endsWith('.ts')) return undefined;
  const parts = path.split(sep);
  if (parts.length === 1) return join(CONTENT, language, path);
  const en = parts.indexOf('en');
  if (en < 0) return undefined;
  parts[en] = language;
  return join(CONTENT, ...parts);
}

/**
 * The page's language and words in its HTML: `<html lang>`, the title and description, and
 * (the language's pages being one folder down) the public files of the root.
 */
export function languagePage(
  language: Language,
  head: (page: 'index' | 'embed') => Promise<{ title: string; description?: string }>,
): Plugin {
  return {
    name: 'language-page',
    apply: 'build',
    async transformIndexHtml(html, ctx) {
      if (language === 'en') return html;
      const page = ctx.filename.endsWith('embed.html') ? 'embed' : 'index';
      const words = await head(page);
      let out = html
        .replace('<html lang="en">', `<html lang="${LANGUAGES[language].tag}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escape(words.title)}</title>`)
        .replace(/href="\.\/(favicon\.svg|manifest\.webmanifest)"/g, 'href="../$1"')
        .replace('src="./boot.js"', 'src="../boot.js"');
      if (words.description)
        out = out.replace(
          /(<meta\s+name="description"\s+content=")[^"]*(")/,
          `$1${escape(words.description)}$2`,
        );
      return out;
    },
  };
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
