// ajv 6 (draft-07) comes with ESLint; the published schema keeps to keywords it knows.
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { copy } from './fixtures';
import { firmJsonSchema } from './jsonSchema';
import { readPack } from './pack';

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
    // The file, a contact, a point and its conditions, the firm's sign-off.
    expect(objects.length).toBe(5);
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
  ];

  it.each(edits)('agrees with readPack on a file with %s', (_, edit) => {
    const file = copy();
    edit(file);
    expect(validator()(file)).toBe(readPack(file).ok);
  });
});
