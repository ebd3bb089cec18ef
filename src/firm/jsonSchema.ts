import * as z from 'zod/mini';
import { isPlainCharacter, MARK, MAX_MARKS_IN_A_ROW } from '../embed/plainText';
import { settingsSchema, PLAIN_TEXT, SOME_LANGUAGE } from './settings';

/**
 * The firm file's JSON Schema, published as `firm.schema.json` by
 * build/firm-schema-plugin.ts so that an editor checks a file as it is typed. Generated from
 * the schema the app reads files with; what JSON Schema cannot say (contact ids that must be
 * unique and defined, real calendar dates that have come, the finer checks on links) is
 * checked by the app.
 */
export function firmJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(settingsSchema(), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (PLAIN_TEXT.has(zodSchema))
        jsonSchema.allOf = [...(jsonSchema.allOf ?? []), { $ref: '#/$defs/plainText' }];
      if (SOME_LANGUAGE.has(zodSchema)) jsonSchema.minProperties = 1;
    },
  });
  return {
    ...schema,
    title: 'Should I connect? firm settings (firm.json)',
    description:
      'A firm’s own policy points, contacts and policy link, shown on each recommendation. See docs/firm-settings.md.',
    $defs: { ...schema.$defs, plainText: plainTextSchema() },
  };
}

/**
 * The plain-text rule (embed/plainText.ts) as a pattern that reads the same with or without
 * a regex engine's Unicode mode, in JavaScript as in other languages: made from the app's own
 * test of each character, for the Basic Multilingual Plane. Beyond it (emoji, the tag
 * characters, the private-use planes) the patterns would differ from engine to engine, so
 * the schema leaves those characters to the app.
 */
function plainTextSchema() {
  const hidden = bmpClass((ch) => !isPlainCharacter(ch));
  const marks = bmpClass((ch) => MARK.test(ch));
  return {
    type: 'string',
    description: `Plain text: no line breaks, tabs or other control characters, no invisible or unassigned characters (format marks, tag characters, private use, blank fillers such as U+3164 and U+2800), and at most ${MAX_MARKS_IN_A_ROW} combining marks in a row.`,
    pattern: `^(?![\\s\\S]*[${marks}]{${MAX_MARKS_IN_A_ROW + 1}})[^${hidden}]*$`,
  };
}

/** The characters of the Basic Multilingual Plane that pass `test`, surrogates aside. */
function bmpClass(test: (ch: string) => boolean): string {
  const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
  const parts: string[] = [];
  let start = -1;
  for (let cp = 0; cp <= 0x10000; cp++) {
    const inSet = cp < 0x10000 && (cp < 0xd800 || cp > 0xdfff) && test(String.fromCharCode(cp));
    if (inSet && start < 0) start = cp;
    if (!inSet && start >= 0) {
      const end = cp - 1;
      parts.push(end === start ? hex(start) : `${hex(start)}-${hex(end)}`);
      start = -1;
    }
  }
  return parts.join('');
}
