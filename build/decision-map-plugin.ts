import type { Plugin } from 'vite';
import type { Language } from './language-plugin.ts';
import { withAppModule } from './ssr.ts';

const ID = 'virtual:decision-map';
const RESOLVED = `\0${ID}`;
const SOURCE = '/src/map/decisionMap.ts';

interface Source {
  DECISION_GRAPH: unknown;
  DECISION_MAP: {
    layout: unknown;
    nodeLines: Map<string, string[]>;
    edgeLines: Map<string, string[]>;
  };
}

/**
 * `virtual:decision-map`: the whole decision map, read from the machine's definition and
 * laid out (by dagre, a dev dependency: src/map/layout.ts). In the build that happens once,
 * here, and the app gets the result as data, without the layout's code; in dev and tests the
 * module is imported as it is, so a change to the machine shows at once.
 */
export function decisionMapAtBuild(language: Language): Plugin {
  let build = false;
  return {
    name: 'decision-map',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return `export { DECISION_GRAPH, DECISION_MAP } from '${SOURCE}';`;
      return withAppModule(
        SOURCE,
        ({ DECISION_GRAPH, DECISION_MAP }: Source) => {
          const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
          return [
            `export const DECISION_GRAPH = ${json(DECISION_GRAPH)};`,
            'export const DECISION_MAP = {',
            '  graph: DECISION_GRAPH,',
            `  layout: ${json(DECISION_MAP.layout)},`,
            `  nodeLines: new Map(${json([...DECISION_MAP.nodeLines])}),`,
            `  edgeLines: new Map(${json([...DECISION_MAP.edgeLines])}),`,
            '};',
          ].join('\n');
        },
        language,
      );
    },
  };
}
