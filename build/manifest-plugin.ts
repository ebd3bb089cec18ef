import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Vite's build manifest (`build.manifest`) names every chunk and what it imports: our own tools
 * read it (scripts/first-load.mjs, tests/e2e/map.spec.ts), readers never do. Vite writes it
 * into the build, where a host that serves dot-folders (nginx does) would publish it; this
 * writes it to `file`, outside the build, and leaves it out of `dist/`.
 */
export function manifestOutside(file: string): Plugin {
  return {
    name: 'manifest-outside',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['.vite/manifest.json'];
        if (asset?.type !== 'asset') return;
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, asset.source);
        delete bundle['.vite/manifest.json'];
      },
    },
  };
}
