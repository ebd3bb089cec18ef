import { describe, expect, it } from 'vitest';
import { BODY_IDS, STEPS, type Objective, type RedFlag } from '../decision/steps';
import { BODY_NAMES } from './bodyNames';
import { isOfficialUrl } from './officialLinks';
import {
  MORE_BODIES,
  MORE_BODIES_LAST_REVIEWED,
  NEW_BODY_IDS,
  bodyCautionsFor,
  type NewBodyId,
} from './bodiesMore';
import type { BodyContent, SourcedPoint } from './types';

const bodies: BodyContent[] = Object.values(MORE_BODIES);
const redFlags = STEPS.matter.values.filter((m): m is RedFlag => m !== 'none');

/** The solicitation cautions: Texas 7.03, New York 7.3(a)(1), California 7.3. */
const SOLICITATION: Record<string, string> = {
  'us-tx': 'us-tx-solicitation',
  'us-ny': 'us-ny-solicitation',
  'us-ca': 'us-ca-solicitation',
};

/** Every sourced point of a body: its points, position, red flags and caution sources. */
function pointsOf(body: BodyContent): { where: string; point: SourcedPoint }[] {
  const out: { where: string; point: SourcedPoint }[] = [];
  body.points.forEach((point, i) => out.push({ where: `${body.id} point ${i}`, point }));
  if (body.position) out.push({ where: `${body.id} position`, point: body.position });
  for (const [flag, point] of Object.entries(body.redFlags)) {
    if (point) out.push({ where: `${body.id} redFlag ${flag}`, point });
  }
  for (const caution of body.cautions ?? []) {
    caution.sources.forEach((point, i) =>
      out.push({ where: `${body.id} caution ${caution.id} source ${i}`, point }),
    );
  }
  return out;
}
const allPoints = bodies.flatMap(pointsOf);

/** Every URL the new bodies give: points, guidance and helplines. */
const allUrls = [
  ...allPoints.flatMap(({ where, point }) => (point.url ? [{ where, url: point.url }] : [])),
  ...bodies.flatMap((b) => [
    ...(b.guidance ? [{ where: `${b.id} guidance`, url: b.guidance.url }] : []),
    ...(b.helpline?.url ? [{ where: `${b.id} helpline`, url: b.helpline.url }] : []),
  ]),
];

/** All the words a body shows: points, red flags, check-yourself line and cautions. */
function wordsOf(body: BodyContent): string {
  return [
    ...pointsOf(body).map(({ point }) => `${point.text} ${point.source}`),
    body.checkYourself ?? '',
    ...(body.cautions ?? []).map((c) => `${c.title} ${c.text}`),
  ].join('\n');
}

describe('MORE_BODIES', () => {
  it('covers exactly the ten new ids, each under its own id, all of them body ids', () => {
    expect(Object.keys(MORE_BODIES).sort()).toEqual([...NEW_BODY_IDS].sort());
    for (const [key, body] of Object.entries(MORE_BODIES)) expect(body.id).toBe(key);
    for (const id of NEW_BODY_IDS) expect(BODY_IDS).toContain(id);
  });

  it('lists the body ids in the spec’s order, with no existing id lost', () => {
    expect(BODY_IDS).toEqual([
      'sra',
      'bsb',
      'lss',
      'lsi',
      'nzls',
      'au-solicitors',
      'aba',
      'us-ca',
      'us-ny',
      'us-tx',
      'us-fl',
      'us-il',
      'ca-flsc',
      'barreau-qc',
      'lsni',
      'faculty-advocates',
      'cilex',
      'ipreg',
      'other',
      'none',
    ]);
  });

  it('takes each label, regulator and region from BODY_NAMES', () => {
    for (const body of bodies) {
      const name = BODY_NAMES[body.id];
      expect(body.label, body.id).toBe(name.label);
      expect(body.regulator, body.id).toBe(name.regulator);
      expect(body.region, body.id).toBe(name.region);
    }
    expect(MORE_BODIES['barreau-qc'].region).toBe('canada');
    expect(MORE_BODIES['us-ca'].region).toBe('us');
    expect(MORE_BODIES.lsni.region).toBe('uk');
  });

  it('records a last-reviewed date', () => {
    expect(MORE_BODIES_LAST_REVIEWED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives every body at least one point and a short check-yourself line', () => {
    for (const body of bodies) {
      expect(body.points.length, body.id).toBeGreaterThanOrEqual(1);
      expect(body.checkYourself?.trim(), body.id).toBeTruthy();
      expect(body.checkYourself!.length, body.id).toBeLessThanOrEqual(240);
    }
  });
});

describe('red-flag and check-rules outcomes: an official link for each new body', () => {
  const cases = NEW_BODY_IDS.flatMap((id) => redFlags.map((flag) => ({ id, flag })));

  it.each(cases)('$id, $flag: the rule behind it, or the guidance or helpline to ask', (c) => {
    const body = MORE_BODIES[c.id];
    const rule = body.redFlags[c.flag];
    const link = body.guidance?.url ?? body.helpline?.url;
    // Where the research has no rule, the outcome falls back on the body's own pages.
    expect(link, 'guidance or helpline link').toMatch(/^https:\/\//);
    if (rule) {
      expect(rule.text.trim()).not.toBe('');
      expect(rule.source.trim()).not.toBe('');
    } else {
      expect(body.checkYourself, 'says what is not known').toBeTruthy();
    }
  });

  it.each([...NEW_BODY_IDS])('%s, check-rules: guidance or helpline link present', (id) => {
    const body = MORE_BODIES[id];
    expect(body.guidance ?? body.helpline, id).toBeDefined();
    const urls = [body.guidance?.url, body.helpline?.url].filter(Boolean);
    expect(urls.length, id).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url, id).toMatch(/^https:\/\//);
      expect(isOfficialUrl(url!), id).toBe(true);
    }
  });

  it('has the rules the research verifies: NY, Texas and California on represented people and jurors; California jurors’ families; Florida and Illinois judges', () => {
    for (const id of ['us-ca', 'us-ny', 'us-tx'] as const) {
      expect(MORE_BODIES[id].redFlags['opposing-party'], id).toBeDefined();
      expect(MORE_BODIES[id].redFlags.juror, id).toBeDefined();
      expect(MORE_BODIES[id].redFlags.judge, id).toBeDefined();
    }
    expect(MORE_BODIES['us-ca'].redFlags.juror?.text).toMatch(/famil/);
    expect(MORE_BODIES['us-fl'].redFlags.judge?.text).toMatch(/LinkedIn/);
    expect(MORE_BODIES['us-il'].redFlags.judge).toBeDefined();
  });

  it('gives a helpline with a phone number for California, Texas, Illinois and Québec', () => {
    for (const id of ['us-ca', 'us-tx', 'us-il', 'barreau-qc'] as const) {
      expect(MORE_BODIES[id].helpline?.phone, id).toMatch(/\d{3}/);
    }
    expect(MORE_BODIES['barreau-qc'].helpline?.label).toMatch(/Info-Déonto/);
    expect(MORE_BODIES['us-il'].helpline?.label).toMatch(/ARDC/);
  });

  it('shows no phone number the research does not verify (Florida V2; NYSBA has none; LSNI, Faculty, CILEx, IPReg none found)', () => {
    for (const id of ['us-fl', 'us-ny', 'lsni', 'faculty-advocates', 'cilex', 'ipreg'] as const) {
      expect(MORE_BODIES[id].helpline?.phone, id).toBeUndefined();
    }
    // A helpline without a number says why.
    for (const id of ['us-fl', 'us-ny', 'cilex'] as const) {
      expect(MORE_BODIES[id].helpline?.note, id).toMatch(/phone|number/);
    }
    expect(MORE_BODIES['us-ca'].helpline?.note).toMatch(/older State Bar page/);
    for (const id of ['lsni', 'faculty-advocates', 'cilex', 'ipreg'] as const) {
      expect(wordsOf(MORE_BODIES[id]), id).not.toMatch(/\d{3}[ -]?\d{3,4}[ -]?\d{3,4}/);
    }
  });

  it('says plainly what is not known for LSNI, the Faculty of Advocates, CILEx and IPReg', () => {
    for (const id of ['lsni', 'faculty-advocates', 'cilex', 'ipreg'] as const) {
      expect(MORE_BODIES[id].checkYourself, id).toMatch(
        /could not confirm|could not read|found no/,
      );
      expect(MORE_BODIES[id].redFlags, id).toEqual({});
    }
  });
});

describe('body cautions', () => {
  const on = (
    id: NewBodyId,
    outcome: 'accept' | 'wait' | 'ignore' | 'check-rules',
    objectives: Objective[],
  ) => bodyCautionsFor(MORE_BODIES[id], outcome, objectives).map((c) => c.id);

  it.each(Object.entries(SOLICITATION))(
    '%s: the solicitation caution shows on accept and wait for winning work',
    (id, cautionId) => {
      const body = id as NewBodyId;
      expect(on(body, 'accept', ['clients'])).toContain(cautionId);
      expect(on(body, 'accept', ['media', 'clients'])).toContain(cautionId);
      expect(on(body, 'wait', ['clients'])).toContain(cautionId);
    },
  );

  it.each(Object.entries(SOLICITATION))(
    '%s: and only there: not for media alone, not on ignore or check-rules',
    (id, cautionId) => {
      const body = id as NewBodyId;
      expect(on(body, 'accept', ['media'])).not.toContain(cautionId);
      expect(on(body, 'accept', ['community', 'careers'])).not.toContain(cautionId);
      expect(on(body, 'ignore', ['clients'])).not.toContain(cautionId);
      expect(on(body, 'check-rules', ['clients'])).not.toContain(cautionId);
      expect(on(body, 'accept', [])).not.toContain(cautionId);
    },
  );

  it('the solicitation cautions say no pitch in LinkedIn messages or chat, as our suggestion', () => {
    for (const [id, cautionId] of Object.entries(SOLICITATION)) {
      const caution = MORE_BODIES[id as NewBodyId].cautions?.find((c) => c.id === cautionId);
      expect(caution, id).toBeDefined();
      expect(caution!.text, id).toMatch(
        /Our suggestion: don’t pitch them in LinkedIn messages or chat/,
      );
      expect(caution!.sources.length, id).toBeGreaterThan(0);
    }
    const california = MORE_BODIES['us-ca'].cautions?.find((c) => c.id === 'us-ca-solicitation');
    expect(california?.text).toMatch(/“Advertisement”/);
  });

  it('no other body has a solicitation caution', () => {
    for (const body of bodies) {
      const ids = (body.cautions ?? []).map((c) => c.id).filter((c) => /solicitation/.test(c));
      expect(ids, body.id).toEqual(SOLICITATION[body.id] ? [SOLICITATION[body.id]] : []);
    }
  });

  it('California: jurors’ families, on accept and wait whatever the objectives', () => {
    expect(on('us-ca', 'accept', ['community'])).toContain('us-ca-juror-family');
    expect(on('us-ca', 'wait', ['media'])).toContain('us-ca-juror-family');
    expect(on('us-ca', 'ignore', ['community'])).not.toContain('us-ca-juror-family');
  });

  it('Québec: recommendations on accept; a client in your contacts when winning work', () => {
    expect(on('barreau-qc', 'accept', ['community'])).toContain('barreau-qc-recommendations');
    expect(on('barreau-qc', 'ignore', ['clients'])).toEqual([]);
    expect(on('barreau-qc', 'accept', ['clients'])).toContain('barreau-qc-client-contact');
    expect(on('barreau-qc', 'accept', ['media'])).not.toContain('barreau-qc-client-contact');
  });

  it('keeps each caution short, titled, sourced and unique', () => {
    const ids = bodies.flatMap((b) => (b.cautions ?? []).map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const body of bodies) {
      for (const caution of body.cautions ?? []) {
        expect(caution.id.startsWith(`${body.id}-`), caution.id).toBe(true);
        expect(caution.title.trim(), caution.id).not.toBe('');
        expect(caution.text.length, caution.id).toBeLessThanOrEqual(240);
        expect(caution.outcomes.length, caution.id).toBeGreaterThan(0);
        expect(caution.outcomes, caution.id).not.toContain('ignore');
        expect(caution.sources.length, caution.id).toBeGreaterThan(0);
        expect(caution.sources.length, caution.id).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('Florida', () => {
  const fl = MORE_BODIES['us-fl'];

  it('words the networking-guidelines point on invitations as something to check', () => {
    const mentions = [
      ...pointsOf(fl).map(({ point }) => point.text),
      fl.checkYourself ?? '',
      ...(fl.cautions ?? []).map((c) => c.text),
    ].filter((t) => /invitation/i.test(t));
    expect(mentions.length).toBeGreaterThan(0);
    for (const text of mentions) expect(text).toMatch(/check/i);
    // Never as a present-tense fact.
    expect(wordsOf(fl)).not.toMatch(/invitations (are|count as|amount to) solicitation/i);
    const caution = fl.cautions?.find((c) => c.id === 'us-fl-invitations');
    expect(caution?.title).toMatch(/check/i);
    expect(caution?.objectives).toEqual(['clients']);
  });

  it('does not state the overtaken 2013 “no skills unless certified” position', () => {
    expect(wordsOf(fl)).not.toMatch(/skills?[^.]{0,60}certif|board-certified|2013/i);
  });
});

describe('sourced points', () => {
  it('has points to check', () => {
    expect(allPoints.length).toBeGreaterThan(40);
  });

  it.each(allPoints)('$where: V/V2, short text, source and date', ({ point }) => {
    expect(['V', 'V2']).toContain(point.status);
    expect(point.text.trim()).not.toBe('');
    expect(point.text.length).toBeLessThanOrEqual(240);
    expect(point.source.trim()).not.toBe('');
    expect(point.date.trim()).not.toBe('');
  });

  it.each(allUrls)('$where: $url is https, on the official list', ({ url }) => {
    expect(url).toMatch(/^https:\/\/[^\s/]+\.[a-z]{2,}\//);
    expect(isOfficialUrl(url), 'host not in officialLinks.ts').toBe(true);
  });

  it('keeps the research’s status words (UNVERIFIED) out of the copy', () => {
    for (const body of bodies) expect(wordsOf(body), body.id).not.toMatch(/UNVERIFIED/);
  });
});
