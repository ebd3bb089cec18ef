import type { ChunkingContext, ModuleInfo } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { chunkOf } from './chunks';

/*
 * A small module graph shaped like the app's: two pages' entries (the site and the embed),
 * the decision's route with its two screens behind dynamic imports, and a lazy page of
 * another kind (the builder). `importers` are static imports only, as Rolldown gives them.
 */
const SRC = '/app/src';
const graph: Record<string, { importers: string[]; isEntry?: boolean }> = {
  '/app/index.html': { importers: [], isEntry: true },
  '/app/embed.html': { importers: [], isEntry: true },
  [`${SRC}/app/main.tsx`]: { importers: ['/app/index.html'] },
  [`${SRC}/app/embed/main.tsx`]: { importers: ['/app/embed.html'] },
  '/app/node_modules/react/index.js': {
    importers: [`${SRC}/app/main.tsx`, `${SRC}/app/embed/main.tsx`, `${SRC}/x/Card.tsx`],
  },
  [`${SRC}/screens/start/StartScreen.tsx`]: { importers: [`${SRC}/app/main.tsx`] },
  [`${SRC}/decision/steps.ts`]: {
    importers: [`${SRC}/app/embed/main.tsx`, `${SRC}/decision/machine.ts`],
  },
  [`${SRC}/screens/question/DecisionRoute.tsx`]: { importers: [] },
  [`${SRC}/screens/question/QuestionScreen.tsx`]: { importers: [] },
  [`${SRC}/screens/outcome/OutcomeScreen.tsx`]: { importers: [] },
  [`${SRC}/screens/builder/EmbedBuilder.tsx`]: { importers: [] },
  [`${SRC}/decision/machine.ts`]: {
    importers: [
      `${SRC}/screens/question/DecisionRoute.tsx`,
      `${SRC}/screens/builder/EmbedBuilder.tsx`,
    ],
  },
  [`${SRC}/x/Card.tsx`]: {
    importers: [
      `${SRC}/screens/question/QuestionScreen.tsx`,
      `${SRC}/screens/outcome/OutcomeScreen.tsx`,
    ],
  },
  [`${SRC}/x/Hint.tsx`]: { importers: [`${SRC}/screens/question/QuestionScreen.tsx`] },
  [`${SRC}/x/Share.tsx`]: {
    importers: [
      `${SRC}/screens/outcome/OutcomeScreen.tsx`,
      `${SRC}/screens/builder/EmbedBuilder.tsx`,
    ],
  },
  [`${SRC}/x/Preview.tsx`]: { importers: [`${SRC}/screens/builder/EmbedBuilder.tsx`] },
};

const ctx: ChunkingContext = {
  getModuleInfo: (id) =>
    graph[id] ? ({ id, isEntry: false, ...graph[id] } as unknown as ModuleInfo) : null,
};
const chunk = (path: string) => chunkOf(`${SRC}/${path}`, ctx);

describe('which chunk a module goes to', () => {
  it('what only one screen uses goes with that screen', () => {
    expect(chunk('x/Hint.tsx')).toBe('question');
    expect(chunk('x/Share.tsx')).toBe('outcome');
    expect(chunk('screens/outcome/OutcomeScreen.tsx')).toBe('outcome');
  });

  it('what both screens use, or the route, goes with the decision', () => {
    expect(chunk('x/Card.tsx')).toBe('decision');
    expect(chunk('decision/machine.ts')).toBe('decision');
    expect(chunk('screens/question/DecisionRoute.tsx')).toBe('decision');
  });

  it('what both pages load first is one chunk, with what one of them shares with the decision', () => {
    expect(chunkOf('/app/node_modules/react/index.js', ctx)).toBe('app');
    expect(chunk('decision/steps.ts')).toBe('app');
  });

  it('leaves to Rolldown what only one entry, or no screen of the decision, reaches', () => {
    expect(chunk('screens/start/StartScreen.tsx')).toBeNull();
    expect(chunk('x/Preview.tsx')).toBeNull();
    expect(chunk('screens/builder/EmbedBuilder.tsx')).toBeNull();
  });
});
