import * as z from 'zod/mini';
import { packSchema } from './pack';

/**
 * The firm file's JSON Schema, published as `firm.schema.json` by
 * build/firm-schema-plugin.ts so that an editor checks a file as it is typed. Generated from
 * the schema the app reads files with; what JSON Schema cannot say (contact ids that must be
 * unique and defined, real calendar dates, the finer checks on links) is checked by the app.
 */
export function firmJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(packSchema(), {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
    }),
    title: 'Should I connect? firm settings (firm.json)',
    description:
      'A firm’s own policy points, contacts and policy link, shown on each recommendation. See docs/firm-settings.md.',
  };
}
