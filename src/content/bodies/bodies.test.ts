import { describe, expect, it } from 'vitest';
import {
  BODY_IDS,
  REGULATOR_IDS,
  STEPS,
  type RedFlag,
  type RegulatorId,
} from '../../decision/steps';
import { applies } from '../../decision/when';
import { ALL_BODIES } from '../../test/bodies';
import { BODY_NAMES } from '../bodyNames';
import { BODY_REGIONS } from '../bodyRegions';
import { isOfficialUrl } from '../officialLinks';
import type { BodyContent, SourcedPoint } from '../types';
import { BODIES_EN, BODIES_LAST_REVIEWED } from './catalogue';

const bodies: BodyContent[] = REGULATOR_IDS.map((id) => ALL_BODIES[id]);
const FLAGS = STEPS.matter.values.filter((m): m is RedFlag => m !== 'none');

/** The solicitation cautions: Texas 7.03, New York 7.3(a)(1), California 7.3. */
const SOLICITATION: Partial<Record<RegulatorId, string>> = {
  'us-tx': 'us-tx-solicitation',
  'us-ny': 'us-ny-solicitation',
  'us-ca': 'us-ca-solicitation',
};

/** Every sourced point of a body: its points, position, red flags and caution sources. */
function pointsOf(body: BodyContent): { where: string; point: SourcedPoint }[] {
  const out: { where: string; point: SourcedPoint }[] = [];
  body.points.forEach((point, i) => out.push({ where: `${body.id} point ${i}`, point }));
  if (body.position) out.push({ where: `${body.id} position`, point: body.position });
  for (const [flag, points] of Object.entries(body.redFlags)) {
    points?.forEach((point, i) => out.push({ where: `${body.id} redFlag ${flag} ${i}`, point }));
  }
  body.court?.sources.forEach((point, i) => out.push({ where: `${body.id} court ${i}`, point }));
  for (const caution of body.cautions ?? []) {
    caution.sources.forEach((point, i) =>
      out.push({ where: `${body.id} caution ${caution.id} source ${i}`, point }),
    );
  }
  return out;
}
const allPoints = bodies.flatMap(pointsOf);

const helplinesOf = (b: BodyContent) => b.helplines;

/** Every URL the bodies give: points, guidance and helplines. */
const allUrls = [
  ...allPoints.flatMap(({ where, point }) => (point.url ? [{ where, url: point.url }] : [])),
  ...bodies.flatMap((b) => [
    ...(b.guidance ? [{ where: `${b.id} guidance`, url: b.guidance.url }] : []),
    ...helplinesOf(b).flatMap((h) => (h.url ? [{ where: `${b.id} helpline`, url: h.url }] : [])),
  ]),
];

/** All the words a body shows: points, red flags, check-yourself line and cautions. */
function wordsOf(body: BodyContent): string {
  return [
    ...pointsOf(body).map(({ point }) => `${point.text} ${point.source}`),
    body.checkYourself ?? '',
    ...(body.cautions ?? []).map((c) => `${c.title} ${c.rule} ${c.suggestion ?? ''}`),
  ].join('\n');
}

describe('the catalogue', () => {
  it.each([...REGULATOR_IDS])('%s: its loader fetches its own file’s content', async (id) => {
    expect(await BODIES_EN[id]()).toBe(ALL_BODIES[id]);
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

  it('records the last-reviewed date', () => {
    expect(BODIES_LAST_REVIEWED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(BODIES_LAST_REVIEWED >= '2026-12-06').toBe(true);
  });

  it('gives every body a unique, non-empty label', () => {
    const labels = Object.values(BODY_NAMES).map((b) => b.label);
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(new Set(labels).size).toBe(labels.length);
    expect(BODY_NAMES.aba.label).toBe('Lawyers, another US state');
    expect(BODY_NAMES['ca-flsc'].label).toBe('Lawyers, Canada (outside Québec)');
  });
});

describe.each(bodies)('$id', (body) => {
  it('is under its own id, with its names from BODY_NAMES', () => {
    const name = BODY_NAMES[body.id];
    expect(body.label).toBe(name.label);
    expect(body.regulator).toBe(name.regulator);
  });

  it('has at least one point, and a short check-yourself line where given', () => {
    expect(body.points.length).toBeGreaterThanOrEqual(1);
    if (body.checkYourself !== undefined) {
      expect(body.checkYourself.trim()).not.toBe('');
      expect(body.checkYourself.length).toBeLessThanOrEqual(240);
    }
  });

  it('has an official guidance page or helpline to turn to on a red flag or check-rules', () => {
    const urls = [body.guidance?.url, ...helplinesOf(body).map((h) => h.url)].filter(Boolean);
    expect(urls.length).toBeGreaterThan(0);
  });

  it.each(FLAGS)('%s: the body’s own rules, or a line that says what is not known', (flag) => {
    const rules = body.redFlags[flag] ?? [];
    for (const rule of rules) expect(rule.source.trim()).not.toBe('');
    if (rules.length === 0) expect(body.checkYourself ?? body.guidance).toBeTruthy();
  });

  it('a US state shows the ABA’s model rule beside its own on every red flag', () => {
    if (BODY_REGIONS[body.id] !== 'us') return;
    for (const flag of FLAGS) {
      const sources = (body.redFlags[flag] ?? []).map((p) => p.source);
      expect(
        sources.some((s) => /^ABA Model Rules|^ABA Formal Opinion/.test(s)),
        flag,
      ).toBe(true);
    }
  });

  it('says a juror must be reported to the court only where the research verifies it (New York)', () => {
    expect(body.court?.must ?? false).toBe(body.id === 'us-ny');
    if (body.court?.must)
      expect(body.court.sources.map((p) => p.source).join()).toMatch(/3\.5\(d\)/);
  });

  it('keeps its cautions short, titled, sourced, under its own prefix, rule and suggestion apart', () => {
    for (const caution of body.cautions ?? []) {
      expect(caution.id.startsWith(`${body.id}-`), caution.id).toBe(true);
      expect(caution.title.trim(), caution.id).not.toBe('');
      expect(caution.rule.length, caution.id).toBeLessThanOrEqual(240);
      expect(caution.rule, caution.id).not.toMatch(/Our suggestion/);
      expect(caution.when.outcome?.length, caution.id).toBeGreaterThan(0);
      expect(caution.when.outcome, caution.id).not.toContain('ignore');
      expect(caution.sources.length, caution.id).toBeGreaterThan(0);
      expect(caution.sources.length, caution.id).toBeLessThanOrEqual(3);
    }
  });

  it('has a solicitation caution only where its rules ban live or interactive selling', () => {
    const ids = (body.cautions ?? []).map((c) => c.id).filter((c) => /solicitation/.test(c));
    const expected = SOLICITATION[body.id];
    expect(ids).toEqual(expected ? [expected] : []);
  });

  it('keeps the research’s status words (UNVERIFIED) out of the copy', () => {
    expect(wordsOf(body)).not.toMatch(/UNVERIFIED/);
  });
});

describe('sourced points', () => {
  it('has points to check', () => {
    expect(allPoints.length).toBeGreaterThan(60);
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
});

describe('helplines', () => {
  it('keeps the helplines the research knows, with official links', () => {
    for (const id of ['sra', 'bsb', 'lss', 'nzls', 'au-solicitors', 'ca-flsc'] as const) {
      const helpline = ALL_BODIES[id].helplines[0];
      expect(helpline?.label.trim(), id).toBeTruthy();
      expect(helpline?.url && isOfficialUrl(helpline.url), id).toBe(true);
    }
  });

  it('gives a phone number for California, Texas, Illinois and Québec', () => {
    for (const id of ['us-ca', 'us-tx', 'us-il', 'barreau-qc'] as const) {
      expect(ALL_BODIES[id].helplines[0]?.phone, id).toMatch(/\d{3}/);
    }
    expect(ALL_BODIES['barreau-qc'].helplines[0]?.label).toMatch(/Info-Déonto/);
    expect(ALL_BODIES['us-il'].helplines[0]?.label).toMatch(/ARDC/);
  });

  it('shows no phone number the research does not verify (Florida V2; NYSBA has none; LSNI, Faculty, CILEx, IPReg none found)', () => {
    for (const id of ['us-fl', 'us-ny', 'lsni', 'faculty-advocates', 'cilex', 'ipreg'] as const) {
      for (const h of ALL_BODIES[id].helplines) expect(h.phone, id).toBeUndefined();
    }
    for (const id of ['us-fl', 'us-ny', 'cilex'] as const) {
      expect(ALL_BODIES[id].helplines[0]?.note, id).toMatch(/phone|number/);
    }
    expect(ALL_BODIES['us-ca'].helplines[0]?.note).toMatch(/older State Bar page/);
    for (const id of ['lsni', 'faculty-advocates', 'cilex', 'ipreg'] as const) {
      expect(wordsOf(ALL_BODIES[id]), id).not.toMatch(/\d{3}[ -]?\d{3,4}[ -]?\d{3,4}/);
    }
  });
});

describe('what the research changed', () => {
  it('applies the 2026-12-06 changes', () => {
    const text = JSON.stringify(ALL_BODIES);
    // Ireland: the 2020 LSRA regime, not the revoked 2002 Regulations' practice note.
    expect(text).toContain('S.I. 644/2020');
    expect(JSON.stringify(ALL_BODIES.lsi)).not.toContain('2002');
    // Western Australia joined the Uniform Law on 1 July 2022, not 2015.
    expect(text).not.toContain('WA 2015');
    expect(JSON.stringify(ALL_BODIES['au-solicitors'])).toContain('1 Jul 2022');
    // Ontario: the lawyers' helpline page, not the paralegals'.
    expect(ALL_BODIES['ca-flsc'].helplines[0]?.url).toContain('/lawyers/');
    // Victoria: the LIV ethics line.
    expect(JSON.stringify(helplinesOf(ALL_BODIES['au-solicitors']))).toContain('03 9607 9336');
  });

  it('has the rules the research verifies: NY, Texas and California on represented people and jurors; California jurors’ families; Florida and Illinois judges', () => {
    for (const id of ['us-ca', 'us-ny', 'us-tx'] as const) {
      expect(ALL_BODIES[id].redFlags['opposing-party'], id).toBeDefined();
      expect(ALL_BODIES[id].redFlags.juror, id).toBeDefined();
      expect(ALL_BODIES[id].redFlags.judge, id).toBeDefined();
    }
    expect(ALL_BODIES['us-ca'].redFlags.juror?.[0]?.text).toMatch(/famil/);
    expect(ALL_BODIES['us-fl'].redFlags.judge?.[0]?.text).toMatch(/LinkedIn/);
    expect(ALL_BODIES['us-il'].redFlags.judge).toBeDefined();
  });

  it('says plainly what is not known for LSNI, the Faculty of Advocates, CILEx and IPReg', () => {
    for (const id of ['lsni', 'faculty-advocates', 'cilex', 'ipreg'] as const) {
      expect(ALL_BODIES[id].checkYourself, id).toMatch(/could not confirm|could not read|found no/);
    }
  });
});

describe('what the research changed on 2026-12-07', () => {
  it('cites the amended Australian rules: from 1 Apr 2022, in Queensland from 27 Sep 2024, r 33.1 reworded', () => {
    const au = JSON.stringify(ALL_BODIES['au-solicitors']);
    expect(au).toMatch(/1 April 2022|1 Apr 2022/);
    expect(au).toMatch(/27 September 2024|27 Sep 2024/);
    const r33 = ALL_BODIES['au-solicitors'].redFlags['opposing-party']?.[0];
    expect(r33?.source).toMatch(/r 33\.1/);
    expect(r33?.text).toMatch(/communicate about the matter/);
    expect(au).not.toMatch(/Qld 2012|deal directly with another solicitor/);
  });

  it('shows every helpline it holds: three Australian services, the Victorian line and the QLS address among them', () => {
    const au = ALL_BODIES['au-solicitors'].helplines;
    expect(au).toHaveLength(3);
    expect(au.map((h) => h.phone ?? h.email).join()).toMatch(/03 9607 9336.*ethics@qls\.com\.au/);
  });

  it('says the SRA’s publicity paragraphs apply only to those serving the public', () => {
    const sra = ALL_BODIES.sra.points.map((p) => p.text).join('\n');
    expect(sra).toMatch(/8\.1 to 8\.11\) apply only when you provide your services to the public/);
    const approach = ALL_BODIES.sra.points.find((p) => /8\.9/.test(p.source));
    expect(approach?.text).toMatch(/^If you serve the public/);
  });

  it('gives England and Wales, New Zealand and Australia the facts of their own on a juror, as “consider”', () => {
    for (const id of ['sra', 'bsb', 'cilex', 'nzls', 'au-solicitors'] as const) {
      expect(ALL_BODIES[id].court?.must, id).toBe(false);
      expect(ALL_BODIES[id].court?.sources.length, id).toBeGreaterThan(0);
    }
    expect(ALL_BODIES['us-il'].court?.sources.map((p) => p.source).join()).toMatch(
      /83\.53\.5\(g\)/,
    );
  });
});

describe('body cautions, where they apply', () => {
  const on = (
    id: RegulatorId,
    outcome: 'accept' | 'wait' | 'ignore' | 'check-rules',
    objectives: ('clients' | 'media' | 'community' | 'careers')[],
  ) =>
    (ALL_BODIES[id].cautions ?? [])
      .filter((c) => applies(c.when, { objectives, body: id }, outcome))
      .map((c) => c.id);

  it.each(Object.entries(SOLICITATION))(
    '%s: the solicitation caution on accept and wait for winning work, and only there',
    (id, cautionId) => {
      const body = id as RegulatorId;
      expect(on(body, 'accept', ['clients'])).toContain(cautionId);
      expect(on(body, 'accept', ['media', 'clients'])).toContain(cautionId);
      expect(on(body, 'wait', ['clients'])).toContain(cautionId);
      expect(on(body, 'accept', ['media'])).not.toContain(cautionId);
      expect(on(body, 'accept', ['community', 'careers'])).not.toContain(cautionId);
      expect(on(body, 'ignore', ['clients'])).not.toContain(cautionId);
      expect(on(body, 'check-rules', ['clients'])).not.toContain(cautionId);
      expect(on(body, 'accept', [])).not.toContain(cautionId);
    },
  );

  it('the solicitation cautions say no pitch in LinkedIn messages or chat, as our suggestion', () => {
    for (const [id, cautionId] of Object.entries(SOLICITATION)) {
      const caution = ALL_BODIES[id as RegulatorId].cautions?.find((c) => c.id === cautionId);
      expect(caution?.suggestion, id).toBe('Don’t pitch them in LinkedIn messages or chat.');
    }
    const california = ALL_BODIES['us-ca'].cautions?.find((c) => c.id === 'us-ca-solicitation');
    expect(california?.rule).toMatch(/“Advertisement”/);
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
});

describe('Florida', () => {
  const fl = ALL_BODIES['us-fl'];

  it('words the networking-guidelines point on invitations as something to check', () => {
    const mentions = [
      ...pointsOf(fl).map(({ point }) => point.text),
      fl.checkYourself ?? '',
      ...(fl.cautions ?? []).map((c) => `${c.rule} ${c.suggestion ?? ''}`),
    ].filter((t) => /invitation/i.test(t));
    expect(mentions.length).toBeGreaterThan(0);
    for (const text of mentions) expect(text).toMatch(/check|could not confirm/i);
    expect(wordsOf(fl)).not.toMatch(/invitations (are|count as|amount to) solicitation/i);
    const caution = fl.cautions?.find((c) => c.id === 'us-fl-invitations');
    expect(caution?.title).toMatch(/check/i);
    expect(caution?.when.objectives).toEqual(['clients']);
  });

  it('does not state the overtaken 2013 “no skills unless certified” position', () => {
    expect(wordsOf(fl)).not.toMatch(/skills?[^.]{0,60}certif|board-certified|2013/i);
  });
});
