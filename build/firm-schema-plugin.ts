import type { Plugin } from 'vite';
import { withAppModule } from './ssr.ts';

const FILE = 'firm.schema.json';
const SOURCE = '/src/firm/jsonSchema.ts';

type Source = { firmJsonSchema: () => unknown };

/** The schema as published: read from the same module the app validates firm files with. */
const schemaText = () =>
  withAppModule(SOURCE, (m: Source) => `${JSON.stringify(m.firmJsonSchema(), null, 2)}\n`);

/**
 * Publishes the firm file's JSON Schema at the app's root as `firm.schema.json`, so a
 * firm's editor can check `firm.json` as it is typed. Generated from the schema in
 * src/firm/settings.ts at every build, so the two cannot drift. The dev server serves it too.
 */
export function firmSchemaAtBuild(): Plugin {
  return {
    name: 'firm-schema',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: await schemaText() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${FILE}`) return next();
        server
          .ssrLoadModule(SOURCE)
          .then((m) => {
            res.setHeader('Content-Type', 'application/schema+json; charset=utf-8');
            res.end(`${JSON.stringify((m as Source).firmJsonSchema(), null, 2)}\n`);
          })
          .catch(next);
      });
    },
  };
}
