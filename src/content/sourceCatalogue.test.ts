import { describe, expect, it } from 'vitest';
import { REGULATOR_IDS } from '../decision/steps';
import { BODIES_EN } from './bodies/catalogue';
import * as guidance from './guidance';
import { LINKEDIN_FACTS } from './linkedin';
import { isOfficialUrl } from './officialLinks';
import { sourceCatalogue } from './sourceCatalogue';

/** Every object and string inside a value, however deep (functions left out). */
function* everything(value: unknown): Generator<unknown> {
  yield value;
  if (value && typeof value === 'object')
    for (const v of Object.values(value as Record<string, unknown>)) yield* everything(v);
}

const isSourced = (v: unknown): v is { text: string; source: string } =>
  typeof v === 'object' && v !== null && 'source' in v && 'text' in v && 'status' in v;

describe('sourceCatalogue', () => {
  it('lists every sourced statement and every link the cited guidance holds, wherever it sits', async () => {
    const sections = await sourceCatalogue();
    const entries = sections.flatMap((s) => s.groups.flatMap((g) => g.entries));
    const statements = new Set(entries.map((e) => `${e.source}|${e.text}`));
    const links = new Set([
      ...entries.flatMap((e) => (e.url ? [e.url] : [])),
      ...sections.flatMap((s) => s.pages.flatMap((p) => (p.url ? [p.url] : []))),
    ]);
    const bodies = await Promise.all(REGULATOR_IDS.map((id) => BODIES_EN[id]()));
    const content = [...everything({ ...guidance, LINKEDIN_FACTS, bodies })];
    const sourced = content.filter(isSourced);
    expect(sourced.length).toBeGreaterThan(100);
    for (const p of sourced) expect(statements, p.source).toContain(`${p.source}|${p.text}`);
    const urls = content.filter((v): v is string => typeof v === 'string' && /^https?:/.test(v));
    for (const url of urls) expect(links, url).toContain(url);
    for (const url of links) expect(isOfficialUrl(url), url).toBe(true);
  });

  it('has a section per regulator, in the step table’s order, and the general one last', async () => {
    const ids = (await sourceCatalogue()).map((s) => s.id);
    expect(ids).toEqual([...REGULATOR_IDS, 'general']);
  });

  it('gives every statement a date and a level, and says what a secondary source leaves open', async () => {
    for (const section of await sourceCatalogue())
      for (const e of section.groups.flatMap((g) => g.entries)) {
        expect(e.date.trim(), e.source).not.toBe('');
        expect(['V', 'V2']).toContain(e.level);
        if (e.level === 'V2') expect(e.notVerified, e.source).toBeDefined();
      }
  });
});
