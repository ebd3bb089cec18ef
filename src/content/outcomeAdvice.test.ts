import { describe, expect, it } from 'vitest';
import { REGULATOR_IDS, STEPS, type Answers, type BodyId, type RedFlag } from '../decision/steps';
import { ALL_BODIES } from '../test/bodies';
import { GUIDANCE_CHANGES } from './changeList';
import { ADVICE_AS_OF } from './changes';
import { outcomeRecord, redFlagAdvice } from './outcomeAdvice';
import { ACCEPT_TIPS, redFlagSteps } from './outcomes';
import { cautionsFor, outcomeWords } from './reasons';
import { ESCALATION, LOOK_UP } from './redFlags';
import { OUTCOME_UI } from './site';
import type { SourcedPoint } from './types';

const FLAGS = STEPS.matter.values.filter((m): m is RedFlag => m !== 'none');
/** Every reader: each regulated body, another body, not regulated, and never asked. */
const READERS: (BodyId | undefined)[] = [...REGULATOR_IDS, 'other', 'none', undefined];
const CASES = READERS.flatMap((body) => FLAGS.map((flag) => ({ body, flag })));

const answersFor = (body: BodyId | undefined, flag: RedFlag): Answers =>
  body === undefined
    ? { objectives: ['known-only'], matter: flag }
    : { objectives: ['clients'], body, matter: flag };
const contentOf = (body: BodyId | undefined) =>
  body && body !== 'other' && body !== 'none' ? ALL_BODIES[body] : undefined;
const key = (p: SourcedPoint) => `${p.source}|${p.text}`;

describe.each(CASES)('$body × $flag', ({ body, flag }) => {
  const answers = answersFor(body, flag);
  const content = contentOf(body);
  const advice = redFlagAdvice(flag, answers, content, false);
  const texts = advice.tell.map((l) => l.text);

  it('keeps a copy first, tells now, and only then ignores, with the copy on the file', () => {
    expect(texts[0]).toMatch(/^First, keep a copy/);
    const tell = texts.findIndex((t) =>
      /^Tell (your supervising lawyer|the lawyer running)/.test(t),
    );
    const ignore = texts.indexOf(ESCALATION.ignoreThen);
    expect(tell).toBe(1);
    expect(ignore).toBeGreaterThan(tell);
    expect(texts.at(-1)).toBe(ESCALATION.note);
    const steps = outcomeWords('dont-connect', answers).nextSteps;
    expect(steps[0]).toMatch(/^Keep a copy first/);
    expect(steps[1]).toMatch(/^Tell .* now/);
    expect(steps[2]).toMatch(/^Only then choose Ignore/);
  });

  it('a juror: now, before the court next sits; the lawyer running the trial decides; a duty only where verified', () => {
    if (flag !== 'juror') return;
    expect(texts[1]).toMatch(/now, before the court next sits/);
    expect(outcomeWords('dont-connect', answers).nextSteps[1]).toMatch(
      /before the court next sits/,
    );
    expect(texts).toContain(ESCALATION.courtDecides);
    expect(texts.includes(ESCALATION.courtMust)).toBe(body === 'us-ny');
    const consider = texts.includes(ESCALATION.courtConsider);
    expect(consider).toBe(body !== 'us-ny' && body !== 'none');
  });

  it('a juror or a witness: don’t open their profile, in the copy line and the steps', () => {
    const lookUp = flag === 'juror' || flag === 'witness';
    expect(advice.lookUp).toBe(lookUp);
    expect(/Don’t open their profile/.test(texts[0] ?? '')).toBe(lookUp);
    expect((outcomeWords('dont-connect', answers).nextSteps[0] ?? '').includes('Don’t open')).toBe(
      lookUp,
    );
  });

  it('names only the reader’s own rules unfolded, and never a point twice', () => {
    const own = [
      ...advice.own,
      ...advice.tell.flatMap((l) => l.points ?? []),
      ...(advice.lookUp ? [...LOOK_UP.views, LOOK_UP.linkedIn] : []),
    ];
    const elsewhere = advice.elsewhere.flatMap((g) => g.points);
    const all = [...own, ...elsewhere].map(key);
    expect(new Set(all).size).toBe(all.length);
    for (const g of advice.elsewhere) expect(g.points.length, g.where).toBeGreaterThan(0);
    // Another state's duty never appears unfolded: New York's only for a New York reader.
    const unfolded = JSON.stringify({ tell: advice.tell, own: advice.own });
    if (body !== 'us-ny') expect(unfolded).not.toMatch(/New York/);
  });

  it('says what is not known as not reviewed, never as “no rule”', () => {
    if (advice.own.length > 0) return;
    expect(advice.ownNote).toEqual(
      body === 'none'
        ? OUTCOME_UI.noRuleUnregulated
        : body === undefined
          ? OUTCOME_UI.noBodyAsked
          : expect.stringMatching(/^We haven’t reviewed your professional body’s rules/),
    );
  });

  it('the record holds whom to tell now, the rule behind it and our suggestion, and only the sources it shows', () => {
    const record = outcomeRecord(
      'dont-connect',
      answers,
      content,
      'Tell your firm’s named contact now: Risk',
    );
    const titles = record.sections.map((s) => s.title);
    expect(titles[0]).toBe(OUTCOME_UI.whomToTell);
    expect(titles).toContain(OUTCOME_UI.ruleBehind);
    expect(titles.includes(LOOK_UP.title)).toBe(advice.lookUp);
    const tell = record.sections[0]?.lines ?? [];
    expect(tell[0]).toMatch(/^First, keep a copy/);
    expect(tell).toContain('Tell your firm’s named contact now: Risk');
    expect(tell.indexOf(ESCALATION.ignoreThen)).toBeGreaterThan(1);
    const rule = record.sections.find((s) => s.title === OUTCOME_UI.ruleBehind)?.lines ?? [];
    expect(rule.at(-1)).toBe(`${OUTCOME_UI.ourSuggestion}: ${advice.suggestion}`);
    for (const h of content?.helplines ?? [])
      expect(tell.join('\n')).toContain(h.phone ?? h.email ?? h.label);
    const shown = new Set(
      [
        ...advice.own,
        ...advice.tell.flatMap((l) => l.points ?? []),
        ...(advice.lookUp ? [...LOOK_UP.views, LOOK_UP.linkedIn] : []),
      ].map(key),
    );
    expect(new Set(record.sources.map(key))).toEqual(shown);
  });
});

describe('other outcomes’ records', () => {
  it('check-rules: what we would then recommend, whom to ask with every helpline, and the body’s guidance', () => {
    const answers: Answers = {
      objectives: ['clients'],
      body: 'au-solicitors',
      rules: 'unsure',
      matter: 'none',
      invite: 'personal',
      profile: 'relevant',
    };
    const record = outcomeRecord('check-rules', answers, ALL_BODIES['au-solicitors']);
    const text = record.sections.map((s) => [s.title, ...s.lines].join('\n')).join('\n');
    expect(text).toMatch(/Once your rules allow it: accept/);
    expect(text).toMatch(/03 9607 9336/);
    expect(text).toMatch(/ethics@qls\.com\.au/);
    expect(text).toMatch(/Law Society of NSW Ethics Unit/);
  });

  it('lists no source for an outcome that shows none (no body rules on a plain ignore)', () => {
    const record = outcomeRecord(
      'ignore',
      { objectives: ['known-only'], matter: 'none' },
      undefined,
    );
    expect(record.sources).toEqual([]);
    expect(record.sections.map((s) => s.title)).toEqual(['Will they know I ignored them?']);
  });
});

describe('accept tips', () => {
  it.each(['us-tx', 'us-ny', 'us-ca'] as const)(
    '%s, winning work: no “offer it later” beside the no-pitch caution',
    (body) => {
      const answers: Answers = { objectives: ['clients'], body, rules: 'allowed', matter: 'none' };
      const tips = outcomeRecord('accept', answers, ALL_BODIES[body]).sections[0]?.lines ?? [];
      expect(tips.join()).not.toMatch(/offer it later/);
      expect(tips.join()).toMatch(/let any talk of work come from them/);
    },
  );

  it('elsewhere the winning-work tip is unchanged', () => {
    const answers: Answers = {
      objectives: ['clients'],
      body: 'sra',
      rules: 'allowed',
      matter: 'none',
    };
    expect(outcomeRecord('accept', answers, ALL_BODIES.sra).sections[0]?.lines).toEqual([
      ACCEPT_TIPS.clients,
    ]);
  });
});

describe('cautions', () => {
  it('shows the legal-question caution to staff who are not regulated too', () => {
    expect(cautionsFor('accept', { objectives: ['clients'], body: 'none' })).toContain(
      'legal-questions',
    );
  });
});

describe('the steps of a red flag', () => {
  it('for someone not regulated: the lawyer running the matter, or the trial', () => {
    expect(redFlagSteps('witness', false)[1]).toMatch(/^Tell the lawyer running the matter now/);
    expect(redFlagSteps('juror', false)[1]).toMatch(
      /^Tell the lawyer running the trial now, before the court next sits/,
    );
  });
});

describe('the dated changes', () => {
  it('tell readers of old links what changed on 2026-12-07', () => {
    const latest = GUIDANCE_CHANGES.filter((c) => c.date === '2026-12-07').map((c) => c.text);
    expect(latest.join()).toMatch(/keep a copy of the invitation first/);
    expect(latest.join()).toMatch(/haven’t reviewed/);
    expect(latest.join()).toMatch(/1 April 2022/);
  });

  it('date the advice by its latest change: the version a firm signs off', () => {
    const dates = GUIDANCE_CHANGES.map((c) => c.date).sort();
    expect(ADVICE_AS_OF).toBe(dates.at(-1));
  });
});
