// ajv 6 (draft-07) comes with ESLint; the published schema keeps to keywords it knows.
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText } from '../embed/plainText';
import { copy } from './fixtures';
import { firmJsonSchema } from './jsonSchema';
import { readFirmSettings } from './settings';

/** Every object schema inside `node`, wherever it sits. */
function objectSchemas(node: unknown, found: Record<string, unknown>[] = []) {
  if (Array.isArray(node)) node.forEach((n) => objectSchemas(n, found));
  else if (typeof node === 'object' && node !== null) {
    const schema = node as Record<string, unknown>;
    if (schema.type === 'object') found.push(schema);
    Object.values(schema).forEach((n) => objectSchemas(n, found));
  }
  return found;
}

const validator = () => {
  const { $schema: _, ...schema } = firmJsonSchema();
  return new Ajv({ allErrors: true }).compile(schema);
};

describe('firm.schema.json', () => {
  it('is strict: every object refuses fields it does not list', () => {
    const objects = objectSchemas(firmJsonSchema());
    // The file, a contact, a point and its conditions, the firm's sign-off, and the firm's
    // name, a contact's label and a point's text in two languages.
    expect(objects.length).toBe(8);
    for (const o of objects) expect(o.additionalProperties).toBe(false);
  });

  it('requires what the app requires, and names itself', () => {
    const schema = firmJsonSchema();
    expect(schema.required).toEqual(['version', 'firm', 'revised']);
    expect(schema.title).toMatch(/firm settings/);
  });

  const edits: [string, (f: Record<string, unknown>) => void][] = [
    ['nothing', () => {}],
    ['an unknown field', (f) => (f.colour = 'red')],
    ['version 2', (f) => (f.version = 2)],
    ['no firm', (f) => delete f.firm],
    ['a firm with a line break', (f) => (f.firm = 'a\nb')],
    ['a blank firm', (f) => (f.firm = '  ')],
    ['a long firm', (f) => (f.firm = 'x'.repeat(81))],
    ['a revised date in another form', (f) => (f.revised = '01/12/2026')],
    ['an http policyUrl', (f) => (f.policyUrl = 'http://example.com/')],
    ['a javascript: policyUrl', (f) => (f.policyUrl = 'javascript:alert(1)')],
    [
      'a mailto with a query',
      (f) => ((f.contacts as { href: string }[])[0]!.href = 'mailto:a@b.co?cc=x'),
    ],
    ['a contact id with capitals', (f) => ((f.contacts as { id: string }[])[1]!.id = 'Comms')],
    [
      'seven contacts',
      (f) => (f.contacts = Array<object>(7).fill({ id: 'a', label: 'A', href: 'mailto:a@b.co' })),
    ],
    ['an unknown body', (f) => (f.body = 'xyz')],
    ['a point with an unknown field', (f) => ((f.points as object[])[0] = { text: 'x', y: 1 })],
    [
      'an unknown outcome in when',
      (f) => ((f.points as object[])[0] = { text: 'x', when: { outcome: ['maybe'] } }),
    ],
    [
      'an unknown key in when',
      (f) => ((f.points as object[])[0] = { text: 'x', when: { mood: ['good'] } }),
    ],
    [
      'an empty list in when',
      (f) => ((f.points as object[])[0] = { text: 'x', when: { body: [] } }),
    ],
    ['a point text too long', (f) => ((f.points as object[])[0] = { text: 'x'.repeat(301) })],
    ['a firm of one Hangul filler', (f) => (f.firm = '\u3164')],
    ['a firm of blank Braille', (f) => (f.firm = '\u2800\u2800')],
    ['a firm with a zero-width space', (f) => (f.firm = 'Hartley\u200bRowe')],
    ['a firm with stacked marks', (f) => (f.firm = 'Ha\u0301\u0302\u0303rtley')],
    ['a firm in Vietnamese', (f) => (f.firm = 'Công ty Luật Việt')],
    ['a firm with an emoji', (f) => (f.firm = 'Hartley 📞')],
    ['a firm in English and French', (f) => (f.firm = { en: 'Hartley', fr: 'Hartley' })],
    ['a firm in French only', (f) => (f.firm = { fr: 'Hartley' })],
    ['a firm of neither language', (f) => (f.firm = {})],
    ['a firm in a third language', (f) => (f.firm = { en: 'A', de: 'B' })],
    ['a firm with a blank French', (f) => (f.firm = { en: 'A', fr: ' ' })],
    [
      'a French point text too long',
      (f) => ((f.points as object[])[0] = { text: { fr: 'x'.repeat(301) } }),
    ],
    [
      'a French contact label with a zero-width space',
      (f) => ((f.contacts as { label: unknown }[])[0]!.label = { fr: 'Risques\u200b' }),
    ],
    [
      'a contact label with a bidi override',
      (f) => ((f.contacts as { label: string }[])[0]!.label = 'Risk\u202e'),
    ],
    [
      'a policyUrl with a zero-width space',
      (f) => (f.policyUrl = 'https://intranet.example.com/\u200bx'),
    ],
  ];

  it.each(edits)('agrees with readFirmSettings on a file with %s', (_, edit) => {
    const file = copy();
    edit(file);
    expect(validator()(file)).toBe(readFirmSettings(file).ok);
  });

  it('says what plain text is as the app does, for every character of the first plane, with or without Unicode regexes', () => {
    const { pattern } = (firmJsonSchema().$defs as Record<string, { pattern: string }>).plainText!;
    const engines = [new RegExp(pattern), new RegExp(pattern, 'u')];
    const bmp = fc.string({
      unit: fc.integer({ min: 0, max: 0xd7ff }).map((n) => String.fromCharCode(n)),
    });
    const upper = fc.string({
      unit: fc.integer({ min: 0xe000, max: 0xffff }).map((n) => String.fromCharCode(n)),
    });
    fc.assert(
      fc.property(
        fc.oneof(bmp, upper, fc.constantFrom('a\u0301\u0301', 'a\u0301\u0301\u0301')),
        (text) => {
          for (const engine of engines) expect(engine.test(text)).toBe(isPlainText(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
