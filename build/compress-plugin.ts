import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files; images such as PNG are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.webmanifest',
  '.txt',
]);

/** Gzip at level 9 and Brotli at quality 11, as a host's `gzip_static` / `brotli_static` sends them. */
export function compressed(body: Buffer): { gz: Buffer; br: Buffer } {
  return {
    gz: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  };
}

/**
 * Writes `file.gz` and `file.br` beside each text file of the build, once, at build time:
 * compressing at the highest levels takes too long to do per request (the React chunk took
 * ~20 ms at gzip level 9, added to its first byte), and a production host serves such files
 * as they are (nginx's `gzip_static` and `brotli_static`, `scripts/serve.mjs`). A compressed
 * copy that would be no smaller (a tiny robots.txt) is not written, so the original is sent.
 * Runs after every other plugin has written its files (the prerendered HTML included).
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          // Dot-folders (Vite's manifest) are never served.
          if (name.split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
          if (!COMPRESSIBLE.has(extname(name))) continue;
          const file = join(outDir, name);
          const body = readFileSync(file);
          const { gz, br } = compressed(body);
          if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
          if (br.length < body.length) writeFileSync(`${file}.br`, br);
        }
      },
    },
  };
}
