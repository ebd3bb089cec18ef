import { describe, it, expect } from 'vitest';
import { BODY_IDS } from '../decision/steps';
import { BODIES, BODIES_LAST_REVIEWED } from './bodies';
import { CAUTIONS } from './cautions';
import type { SourcedPoint } from './types';

const bodies = Object.values(BODIES);
const regulatorIds = BODY_IDS.filter((id) => id !== 'other' && id !== 'none');

/** Every sourced point in the content: body points, red flags and caution sources. */
function allPoints(): { where: string; point: SourcedPoint }[] {
  const out: { where: string; point: SourcedPoint }[] = [];
  for (const body of bodies) {
    body.points.forEach((point, i) => out.push({ where: `${body.id} point ${i}`, point }));
    for (const [flag, point] of Object.entries(body.redFlags)) {
      if (point) out.push({ where: `${body.id} redFlag ${flag}`, point });
    }
  }
  for (const caution of Object.values(CAUTIONS)) {
    caution.sources.forEach((point, i) => out.push({ where: `${caution.id} source ${i}`, point }));
  }
  return out;
}

const isHttpUrl = (url: string) => url.startsWith('https://') || url.startsWith('http://');

describe('BODIES', () => {
  it('covers exactly the regulator ids, each under its own id', () => {
    expect(Object.keys(BODIES).sort()).toEqual([...regulatorIds].sort());
    for (const [key, body] of Object.entries(BODIES)) expect(body.id).toBe(key);
  });

  it('records a last-reviewed date', () => {
    expect(BODIES_LAST_REVIEWED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives every body at least one point', () => {
    for (const body of bodies) expect(body.points.length, body.id).toBeGreaterThanOrEqual(1);
  });

  it('gives every body a unique, non-empty label', () => {
    const labels = bodies.map((b) => b.label);
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('links every guidance page and helpline with an http(s) URL', () => {
    for (const body of bodies) {
      if (body.guidance) expect(isHttpUrl(body.guidance.url), body.id).toBe(true);
      if (body.helpline) expect(isHttpUrl(body.helpline.url), body.id).toBe(true);
    }
  });

  it('keeps checkYourself to one short line where given', () => {
    for (const body of bodies) {
      if (body.checkYourself === undefined) continue;
      expect(body.checkYourself.trim(), body.id).not.toBe('');
      expect(body.checkYourself.length, body.id).toBeLessThanOrEqual(240);
    }
  });
});

describe('sourced points (bodies, red flags, cautions)', () => {
  const points = allPoints();

  it('has points to check', () => {
    expect(points.length).toBeGreaterThan(0);
  });

  it.each(points)('$where: http(s) url, V/V2 status, short non-empty text', ({ point }) => {
    expect(isHttpUrl(point.url)).toBe(true);
    expect(['V', 'V2']).toContain(point.status);
    expect(point.text.trim()).not.toBe('');
    expect(point.text.length).toBeLessThanOrEqual(240);
    expect(point.source.trim()).not.toBe('');
    expect(point.date.trim()).not.toBe('');
  });
});

describe('CAUTIONS', () => {
  it('keeps each caution short, titled and under its own id', () => {
    for (const [key, caution] of Object.entries(CAUTIONS)) {
      expect(caution.id).toBe(key);
      expect(caution.title.trim()).not.toBe('');
      expect(caution.text.trim()).not.toBe('');
      expect(caution.text.length, key).toBeLessThanOrEqual(240);
      expect(caution.sources.length, key).toBeLessThanOrEqual(3);
    }
  });
});
