import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, top to bottom: each may import only from the folders below it, so the
 * layers run one way (shell → pages → shared parts → formats → content → the decision) and no
 * two folders reach each other. src/test holds helpers for the tests alone.
 */
const LAYERS = [
  'app',
  'screens',
  'map',
  'firm',
  'components',
  'embed',
  'share',
  'hooks',
  'content',
  'decision',
];

export default defineConfig([
  globalIgnores([
    'dist',
    '.tmp',
    'node_modules',
    'playwright-report',
    'test-results',
    'bench-results',
    'public/embed.js',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The app's own code; tests may reach across layers to set a scene.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**', 'src/test-setup.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: LAYERS.map((layer, i) => ({
            target: `./src/${layer}`,
            from: [...LAYERS.slice(0, i).map((above) => `./src/${above}`), './src/test'],
            message: `src/${layer} imports only from the folders below it (eslint.config.js, LAYERS).`,
          })),
        },
      ],
    },
  },
  {
    // French puts a no-break space before a colon, also in copy with slots.
    files: ['src/content/fr/**/*.ts'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
]);
