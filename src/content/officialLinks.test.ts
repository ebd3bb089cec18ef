import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_DOMAINS, isOfficialUrl } from './officialLinks';

// Every link in the content, read as text so that none is missed: body guidance, cautions,
// red flags, LinkedIn facts, and any file added later (the test files themselves excepted).
// A link is "http(s)://" followed by a host; prose such as "starts with https://." is not one.
const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
  (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
);
const links = files.flatMap((file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  return [...text.matchAll(/https?:\/\/[a-zA-Z0-9][^\s'"`)<>\]]*/g)].map((m) => ({
    file,
    url: m[0],
  }));
});

describe('official links', () => {
  it('finds the content files and their links', () => {
    expect(files).toContain(join('bodies', 'en', 'uk.ts'));
    expect(links.length).toBeGreaterThan(20);
  });

  it.each(links)('$file: $url is https on the official list', ({ url }) => {
    expect(url.startsWith('https://'), 'not https').toBe(true);
    expect(isOfficialUrl(url), 'host not on the list in officialLinks.ts').toBe(true);
  });

  it('says whose each listed domain is, once each', () => {
    const domains = OFFICIAL_DOMAINS.map((d) => d.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const d of OFFICIAL_DOMAINS) {
      expect(d.domain, d.domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(d.whose.trim(), d.domain).not.toBe('');
    }
  });

  it('accepts a subdomain, refuses http, look-alikes and unofficial hosts', () => {
    expect(isOfficialUrl('https://help.linkedin.com/app/answers')).toBe(true);
    expect(isOfficialUrl('https://new.dcbar.org/x')).toBe(true);
    expect(isOfficialUrl('http://www.sra.org.uk/')).toBe(false);
    expect(isOfficialUrl('https://notsra.org.uk/')).toBe(false);
    expect(isOfficialUrl('https://sra.org.uk.example.com/')).toBe(false);
    expect(isOfficialUrl('https://www.cba.org/')).toBe(false);
    expect(isOfficialUrl('https://lsj.com.au/articles/x')).toBe(false);
    expect(isOfficialUrl('not a url')).toBe(false);
  });
});
