import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The languages the tool is built in: English at the root, each other one in its folder. */
export const LANGUAGES = { en: { tag: 'en' }, fr: { tag: 'fr-CA' } } as const;
export type Language = keyof typeof LANGUAGES;

/** `vite build --mode fr` builds the French pages; every other mode is English. */
export const languageOf = (mode: string): Language => (mode === 'fr' ? 'fr' : 'en');

const CONTENT = join(import.meta.dirname, '..', 'src', 'content');

/**
 * The catalogue for a language other than English: every import of `src/content/X.ts` is
 * answered with `src/content/<lang>/X.ts` where that file exists (docs/decisions/015). The
 * translated modules themselves import the English ones (for their types and for data that
 * does not change with the language), so imports from inside the language's folder are left
 * alone. Only the reader's language is ever in a build: nothing to choose at run time.
 */
export function languageCatalogue(language: Language): Plugin {
  const folder = join(CONTENT, language);
  return {
    name: 'language-catalogue',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (language === 'en' || !importer || importer.startsWith(folder + sep)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || dirname(resolved.id) !== CONTENT) return null;
      const translated = join(folder, relative(CONTENT, resolved.id));
      return existsSync(translated) ? translated : null;
    },
  };
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
