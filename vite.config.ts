import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { decisionMapAtBuild } from './build/decision-map-plugin.ts';
import { preloadFirstScreen } from './build/preload-plugin.ts';
import { prerenderStartPage } from './build/prerender-plugin.ts';

const DECISION_CORE =
  /\/node_modules\/(xstate|@xstate|use-sync-external-store|use-isomorphic-layout-effect|zod)\/|\/src\/(decision\/(?!.*test|reasons|whatIf)|share\/(link|url|schemas)|content\/(questions|bodyNames|loadGuidance)|screens\/(DecisionRoute|loadScreens|parts\/(BodyGuidance|SourceList|SpamSigns|HelpList|loadMessageNote))|app\/(useStepFocus|preloadable|mode|keepLast)|components\/(CopyButton|TitledSection))/;

export default defineConfig(({ command }) => ({
  // Relative asset URLs: the build works from any folder of any static host.
  base: './',
  resolve: {
    // @xstate/react imports the shim for React < 18; React 19 has the hook built in.
    alias: [
      {
        find: /^use-sync-external-store\/shim\/with-selector$/,
        replacement: 'use-sync-external-store/with-selector',
      },
      { find: /^use-sync-external-store\/shim$/, replacement: 'use-sync-external-store' },
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
    react(),
    tailwindcss(),
    prerenderStartPage(),
    preloadFirstScreen(),
    decisionMapAtBuild(),
    import('./build/firm-schema-plugin.ts').then((m) => m.firmSchemaAtBuild()),
  ],
  build: {
    target: 'es2022',
    // Keep every stylesheet and script as a file: the app runs under a strict CSP.
    assetsInlineLimit: 0,
    // Read by scripts/first-load.mjs to measure what each page loads first.
    manifest: true,
    // Every browser we support has modulepreload: the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        // The wizard alone, for other sites' iframes (docs/embedding.md).
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
      output: {
        // What every decision screen needs (the machine, XState, the questions' and
        // outcomes' copy, the link parser) as one chunk: split by importer, it came as a
        // dozen small files that compress worse and cost a request each.
        codeSplitting: {
          groups: [
            // Laid out at build time (build/decision-map-plugin.ts); named, as a file whose
            // name starts with "_" is hidden by some static hosts.
            { name: 'decision-map', test: /virtual:decision-map/ },
            { name: 'decision', test: DECISION_CORE, includeDependenciesRecursively: false },
            // What every entry needs besides React: the stylesheet (first, so the embed's
            // own rules come after it), Vite's preload helper, afterShown. One file, not
            // a request each.
            {
              name: 'shared',
              test: /\/src\/styles\.css|vite\/preload-helper|\/src\/app\/afterShown\.ts/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // A time limit is not a speed test (the bench measures speed). The tests that walk every
    // path take about a second alone and over five when CI's two cores are shared with other
    // work, which Vitest's default of 5 s failed.
    testTimeout: 30_000,
  },
}));
