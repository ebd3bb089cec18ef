import { describe, it, expect } from 'vitest';
import { BODY_IDS, STEPS, type RedFlag } from '../decision/steps';
import { BODIES, BODIES_LAST_REVIEWED } from './bodies';
import { BODY_NAMES } from './bodyNames';
import { CAUTIONS } from './cautions';
import { LINKEDIN_FACTS, LINKEDIN_FACT_FOR, linkedInFact } from './linkedin';
import { MESSAGE_TEMPLATES } from './message';
import { isOfficialUrl } from './officialLinks';
import { CHECK_RULES_THEN, OUTCOME_CONTENT, REASONS, RED_FLAG_REASONS } from './outcomes';
import { QUESTIONS } from './questions';
import { ESCALATION, RED_FLAGS, RESTRICTED } from './redFlags';
import { OUTCOME_UI } from './site';
import type { RegulatorId } from '../decision/steps';
import type { SourcedPoint } from './types';

// Only the ten bodies this module covers; the others live in bodiesMore.ts with tests of their own.
const OUR_IDS = [
  'sra',
  'bsb',
  'lss',
  'lsi',
  'nzls',
  'au-solicitors',
  'aba',
  'ca-flsc',
] as const satisfies readonly RegulatorId[];
const bodies = OUR_IDS.map((id) => BODIES[id]);
const FLAGS = STEPS.matter.values.filter((m): m is RedFlag => m !== 'none');

/**
 * Where rules.md (section 3, and its per-jurisdiction tables) knows an official helpline or
 * guidance page for a body: the content must keep it.
 */
const KNOWN_HELPLINE: RegulatorId[] = ['sra', 'bsb', 'lss', 'nzls', 'au-solicitors', 'ca-flsc'];
const KNOWN_GUIDANCE: RegulatorId[] = [...OUR_IDS];

/** Every sourced point in the content: body points, red flags, cautions, red-flag rules. */
function allPoints(): { where: string; point: SourcedPoint }[] {
  const out: { where: string; point: SourcedPoint }[] = [];
  for (const body of bodies) {
    body.points.forEach((point, i) => out.push({ where: `${body.id} point ${i}`, point }));
    if (body.position) out.push({ where: `${body.id} position`, point: body.position });
    for (const [flag, point] of Object.entries(body.redFlags)) {
      if (point) out.push({ where: `${body.id} redFlag ${flag}`, point });
    }
  }
  for (const caution of Object.values(CAUTIONS)) {
    caution.sources.forEach((point, i) => out.push({ where: `${caution.id} source ${i}`, point }));
  }
  for (const flag of Object.values(RED_FLAGS)) {
    flag.sources.forEach((point, i) => out.push({ where: `${flag.id} rule ${i}`, point }));
    flag.court?.sources.forEach((point, i) => out.push({ where: `${flag.id} court ${i}`, point }));
    flag.judge?.sources.forEach((point, i) => out.push({ where: `${flag.id} judge ${i}`, point }));
  }
  return out;
}

describe('BODIES', () => {
  it('covers every regulator id, each under its own id', () => {
    const regulatorIds = BODY_IDS.filter((id) => id !== 'other' && id !== 'none');
    for (const id of OUR_IDS) expect(regulatorIds).toContain(id);
    for (const [key, body] of Object.entries(BODIES)) expect(body.id).toBe(key);
  });

  it('records the last-reviewed date of the 2026-12-06 review', () => {
    expect(BODIES_LAST_REVIEWED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(BODIES_LAST_REVIEWED >= '2026-12-06').toBe(true);
  });

  it('gives every body at least one point, a region and its names', () => {
    for (const body of bodies) {
      expect(body.points.length, body.id).toBeGreaterThanOrEqual(1);
      expect(body.region, body.id).toBe(BODY_NAMES[body.id].region);
      expect(body.label, body.id).toBe(BODY_NAMES[body.id].label);
    }
  });

  it('names the US and Canadian bodies as the spec does', () => {
    expect(BODY_NAMES.aba.label).toBe('Lawyers, another US state');
    expect(BODY_NAMES['ca-flsc'].label).toBe('Lawyers, Canada (outside Québec)');
  });

  it('gives every body a unique, non-empty label', () => {
    const labels = Object.values(BODY_NAMES).map((b) => b.label);
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(KNOWN_GUIDANCE)('%s keeps its official guidance page', (id) => {
    const guidance = BODIES[id].guidance;
    expect(guidance, id).toBeDefined();
    expect(isOfficialUrl(guidance!.url), guidance!.url).toBe(true);
  });

  it.each(KNOWN_HELPLINE)('%s keeps its helpline, with an official link', (id) => {
    const helpline = BODIES[id].helpline;
    expect(helpline, id).toBeDefined();
    expect(helpline!.label.trim()).not.toBe('');
    expect(helpline!.url && isOfficialUrl(helpline!.url), id).toBe(true);
  });

  it('links every helpline it names to an official page, where it links one', () => {
    for (const body of bodies) {
      for (const h of [body.helpline, ...(body.moreHelplines ?? [])]) {
        if (h?.url) expect(isOfficialUrl(h.url), `${body.id}: ${h.url}`).toBe(true);
      }
    }
  });

  it('keeps checkYourself to one short line where given', () => {
    for (const body of bodies) {
      if (body.checkYourself === undefined) continue;
      expect(body.checkYourself.trim(), body.id).not.toBe('');
      expect(body.checkYourself.length, body.id).toBeLessThanOrEqual(240);
    }
  });

  it('applies the 2026-12-06 changes', () => {
    const text = JSON.stringify(BODIES);
    // Ireland: the 2020 LSRA regime, not the revoked 2002 Regulations' practice note.
    expect(text).toContain('S.I. 644/2020');
    expect(JSON.stringify(BODIES.lsi)).not.toContain('2002');
    // Western Australia joined the Uniform Law on 1 July 2022, not 2015.
    expect(text).not.toContain('WA 2015');
    expect(JSON.stringify(BODIES['au-solicitors'])).toContain('1 Jul 2022');
    // Ontario: the lawyers' helpline page, not the paralegals'.
    expect(BODIES['ca-flsc'].helpline?.url).toContain('/lawyers/');
    // Victoria: the LIV ethics line.
    expect(JSON.stringify(BODIES['au-solicitors'].moreHelplines)).toContain('03 9607 9336');
  });
});

describe('sourced points (bodies, red flags, cautions)', () => {
  const points = allPoints();

  it('has points to check', () => {
    expect(points.length).toBeGreaterThan(0);
  });

  it.each(points)('$where: official link if any, V/V2, short text, source, date', ({ point }) => {
    if (point.url !== undefined) expect(isOfficialUrl(point.url), point.url).toBe(true);
    expect(['V', 'V2']).toContain(point.status);
    expect(point.text.trim()).not.toBe('');
    expect(point.text.length).toBeLessThanOrEqual(240);
    expect(point.source.trim()).not.toBe('');
    expect(point.date.trim()).not.toBe('');
  });
});

describe('red flags: every body × red flag escalates', () => {
  const cases = OUR_IDS.flatMap((id) => FLAGS.map((flag) => ({ id, flag })));

  it.each(cases)(
    '$id × $flag: a rule (the body’s or the general one) and whom to tell',
    ({ id, flag }) => {
      const own = BODIES[id].redFlags[flag];
      const general = RED_FLAGS[flag];
      // The body's own rule, or the general rule with its sources and the "check your body" line.
      expect(own !== undefined || (general.sources.length > 0 && general.noBodyRule !== '')).toBe(
        true,
      );
      expect(general.sources.length, flag).toBeGreaterThan(0);
      // Whom to tell, a note on the file, and the body's helpline or guidance to turn to.
      expect(ESCALATION.supervisor).toMatch(/supervising lawyer/);
      expect(ESCALATION.supervisor).toMatch(/head of legal/);
      expect(ESCALATION.note).toMatch(/note on the file/);
      expect(BODIES[id].helpline ?? BODIES[id].guidance, id).toBeDefined();
    },
  );

  it.each(FLAGS)('%s has a reason, a rule, our suggestion and a no-body-rule line', (flag) => {
    const f = RED_FLAGS[flag];
    expect(f.id).toBe(flag);
    expect(f.reason).toBe(RED_FLAG_REASONS[flag]);
    for (const text of [f.reason, f.rule, f.noBodyRule, f.suggestion]) {
      expect(text.trim(), flag).not.toBe('');
      expect(text.length, flag).toBeLessThanOrEqual(260);
    }
  });

  it('tells someone about a juror, and says the court may need to know, with a source', () => {
    const court = RED_FLAGS.juror.court;
    expect(court?.text).toMatch(/court/);
    expect(court?.sources.length).toBeGreaterThan(0);
    expect(RED_FLAG_REASONS.juror).toMatch(/court/);
  });

  it('for a judge: not while a matter is pending, never a message about a case, with sources', () => {
    const judge = RED_FLAGS.judge.judge;
    expect(judge?.text).toMatch(/pending/);
    expect(judge?.text).toMatch(/never message/);
    expect(judge?.sources.length).toBeGreaterThan(0);
  });

  it('says the other side’s lawyers are not a red flag in themselves', () => {
    expect(QUESTIONS.matter.hint).toMatch(/other side’s lawyers are not a red flag/);
    const option = QUESTIONS.matter.options['opposing-party'];
    expect(option?.hint).toMatch(/Not the other side’s lawyers/);
  });

  it('asks about matters you or your firm handle, and judges you may appear before', () => {
    expect(QUESTIONS.matter.title).toBe(
      'Is this person connected to a matter you or your firm handle, or a judge or tribunal member you appear or may appear before?',
    );
  });

  it('makes no unsourced overstatement, and never tells anyone that no rules apply', () => {
    const all = JSON.stringify({ RED_FLAG_REASONS, REASONS, OUTCOME_UI, CAUTIONS, RED_FLAGS });
    expect(all).not.toMatch(/forbidden in most places/);
    expect(all).not.toMatch(/no (professional )?(conduct )?rules apply/i);
    expect(REASONS.body.none).toMatch(/firm’s rules and policy/);
    expect(OUTCOME_UI.noRuleUnregulated).toMatch(/firm’s rules and policy/);
    expect(OUTCOME_UI.noRuleUnregulated).toMatch(/lawyer running/);
  });

  it('speaks of the rules, not of a matter, when the rules restrict it', () => {
    expect(RESTRICTED.reason).not.toMatch(/matter/);
    expect(RESTRICTED.rule).not.toMatch(/matter/);
  });

  it('never asks an in-house lawyer for a supervising partner', () => {
    const all = JSON.stringify({ OUTCOME_CONTENT, ESCALATION, CHECK_RULES_THEN });
    expect(all).not.toMatch(/supervising partner/);
  });
});

describe('CAUTIONS', () => {
  it('keeps each caution short, titled, under its own id, rule and suggestion apart', () => {
    for (const [key, caution] of Object.entries(CAUTIONS)) {
      expect(caution.id).toBe(key);
      expect(caution.title.trim()).not.toBe('');
      expect(caution.rule ?? caution.suggestion, key).toBeDefined();
      if (caution.rule) {
        expect(caution.rule.length, key).toBeLessThanOrEqual(260);
        expect(caution.sources.length, `${key}: a rule needs its sources`).toBeGreaterThan(0);
      }
      if (caution.suggestion) expect(caution.suggestion.length, key).toBeLessThanOrEqual(240);
      expect(caution.sources.length, key).toBeLessThanOrEqual(4);
    }
  });

  it('keeps our own suggestions out of the rule text', () => {
    for (const caution of Object.values(CAUTIONS)) {
      expect(caution.rule ?? '').not.toMatch(/conflicts check|hid(e|ing) your connection/i);
    }
  });
});

describe('the note to a stranger', () => {
  it.each(Object.entries(MESSAGE_TEMPLATES))(
    '%s asks why, and invites no legal question',
    (_, text) => {
      expect(text).toMatch(/\?/);
      expect(text).not.toMatch(/help with|could help|legal (question|problem|issue)|advice/i);
    },
  );
});

describe('LinkedIn facts', () => {
  it('has a checked fact behind every piece of copy that rests on one', () => {
    for (const id of Object.values(LINKEDIN_FACT_FOR)) expect(linkedInFact(id), id).toBeDefined();
  });

  it('states no note length as LinkedIn’s, and no promise that an invitation stays pending', () => {
    const copy = JSON.stringify({ OUTCOME_CONTENT, CHECK_RULES_THEN, QUESTIONS });
    expect(copy).not.toMatch(/limit LinkedIn sets|stays pending|won’t be told/);
  });

  it.each(LINKEDIN_FACTS)('$id: a LinkedIn help page and the date checked', (fact) => {
    expect(isOfficialUrl(fact.url)).toBe(true);
    expect(new URL(fact.url).hostname.endsWith('linkedin.com')).toBe(true);
    expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fact.text.trim()).not.toBe('');
    expect(fact.seen.trim()).not.toBe('');
  });
});
