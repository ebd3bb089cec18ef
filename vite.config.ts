import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { chunkOf } from './build/chunks.ts';
import { precompress } from './build/compress-plugin.ts';
import { decisionMapAtBuild } from './build/decision-map-plugin.ts';
import { firmSchemaAtBuild } from './build/firm-schema-plugin.ts';
import { languageCatalogue, languageOf, languagePage } from './build/language-plugin.ts';
import { prerenderStartPage } from './build/prerender-plugin.ts';
import { withAppModule } from './build/ssr.ts';

type Heads = typeof import('./src/content/page.ts').PAGE_HEAD;

export default defineConfig(({ command, mode }) => {
  // English at the root; `--mode fr` builds the French pages into fr/ (decision 016).
  const language = languageOf(mode);
  const french = language !== 'en';
  return {
    // Relative asset URLs: the build works from any folder of any static host.
    base: './',
    resolve: {
      alias: [
        // React Router's package points every import at its development build, whose only
        // difference is that its warnings are switched on: the code that checks for them would
        // ship and run. Its production build is in the same package; the dev server and the
        // tests keep the warnings.
        ...(command === 'build'
          ? [
              {
                find: /^react-router$/,
                replacement: resolve(
                  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
                  'dist/production/index.mjs',
                ),
              },
            ]
          : []),
      ],
    },
    plugins: [
      languageCatalogue(language),
      languagePage(language, (page) =>
        withAppModule(
          '/src/content/page.ts',
          (m: { PAGE_HEAD: Heads }) => m.PAGE_HEAD[page],
          language,
        ),
      ),
      react(),
      tailwindcss(),
      prerenderStartPage(language),
      decisionMapAtBuild(language),
      // The firm file's JSON Schema, from the schema the app validates with (docs/firm-settings.md):
      // one, at the root, whatever the language.
      ...(french ? [] : [firmSchemaAtBuild()]),
      // Last: compresses what the others wrote.
      precompress(),
    ],
    // The root's public files (boot.js, the icon, the loader) serve every language.
    ...(french ? { publicDir: false as const } : {}),
    build: {
      ...(french ? { outDir: `dist/${language}` } : {}),
      target: 'es2022',
      // Keep every stylesheet and script as a file: the app runs under a strict CSP.
      assetsInlineLimit: 0,
      // Every browser we support has modulepreload: the polyfill would be dead weight.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: {
          main: resolve(import.meta.dirname, 'index.html'),
          // The wizard alone, for other sites' iframes (docs/embedding.md).
          embed: resolve(import.meta.dirname, 'embed.html'),
        },
        output: {
          codeSplitting: {
            groups: [
              // Named, as a file whose name starts with "_" is hidden by some static hosts.
              { name: 'decision-map', test: /virtual:decision-map/, priority: 2 },
              // chunkOf places every module itself: Rolldown's default would also pull each
              // module's imports (React among them) into the chunk of the first to reach it.
              { name: chunkOf, priority: 1, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test-setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts', 'tests/server/**/*.test.ts'],
      // A time limit is not a speed test (the bench measures speed). The tests that walk every
      // path take about a second alone and over five when CI's two cores are shared with other
      // work, which Vitest's default of 5 s failed.
      testTimeout: 30_000,
    },
  };
});
