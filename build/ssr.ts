import { createServer } from 'vite';
import { languageCatalogue, type Language } from './language-plugin.ts';

/**
 * Runs one of the app's modules in Node at build time (through a throw-away Vite server, so
 * TypeScript, JSX and aliases work as in the app) and hands its exports to `read`. In
 * `language`'s words: the catalogue is chosen as in the build (build/language-plugin.ts).
 */
export async function withAppModule<M, R>(
  path: string,
  read: (mod: M) => R,
  language: Language = 'en',
): Promise<R> {
  const server = await createServer({
    configFile: false,
    plugins: [languageCatalogue(language)],
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return read((await server.ssrLoadModule(path)) as M);
  } finally {
    await server.close();
  }
}
