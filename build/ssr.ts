import { createServer } from 'vite';

/**
 * Runs one of the app's modules in Node at build time (through a throw-away Vite server, so
 * TypeScript, JSX and aliases work as in the app) and hands its exports to `read`.
 */
export async function withAppModule<M, R>(path: string, read: (mod: M) => R): Promise<R> {
  const server = await createServer({
    configFile: false,
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
