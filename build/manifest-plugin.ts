import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const NAME = '.vite/manifest.json';

/**
 * Vite's build manifest (`build.manifest`) names every chunk and what it imports: our own tools
 * read it (scripts/first-load.mjs, tests/e2e/map.spec.ts), readers never do. Vite writes it
 * into the build, where a host that serves dot-folders (nginx does) would publish it; this
 * moves it to `file`, outside the build. Once the bundle is written: Vite's own plugins,
 * which run after every other, complete the manifest until then.
 */
export function manifestOutside(file: string): Plugin {
  return {
    name: 'manifest-outside',
    apply: 'build',
    enforce: 'post',
    writeBundle: {
      order: 'post',
      sequential: true,
      handler(options, bundle) {
        const asset = bundle[NAME];
        if (asset?.type !== 'asset' || !options.dir) return;
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, asset.source);
        rmSync(join(options.dir, dirname(NAME)), { recursive: true, force: true });
      },
    },
  };
}
