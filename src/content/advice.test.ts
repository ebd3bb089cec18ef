import { describe, it, expect } from 'vitest';
import { STEPS, type RedFlag } from '../decision/steps';
import { CAUTIONS } from './cautions';
import { LINKEDIN_FACTS, LINKEDIN_FACT_FOR, linkedInFact } from './linkedin';
import { MESSAGE_TEMPLATES } from './message';
import { isOfficialUrl } from './officialLinks';
import { CHECK_RULES_THEN, OUTCOME_CONTENT, REASONS, RED_FLAG_REASONS } from './outcomes';
import { QUESTIONS } from './questions';
import { ESCALATION, LOOK_UP, RED_FLAGS, RESTRICTED } from './redFlags';
import { OUTCOME_UI } from './site';
import type { SourcedPoint } from './types';

const FLAGS = STEPS.matter.values.filter((m): m is RedFlag => m !== 'none');

/** Every sourced point beside the bodies' own: cautions and red-flag rules. */
function allPoints(): { where: string; point: SourcedPoint }[] {
  const out: { where: string; point: SourcedPoint }[] = [];
  for (const caution of Object.values(CAUTIONS)) {
    caution.sources.forEach((point, i) => out.push({ where: `${caution.id} source ${i}`, point }));
  }
  for (const flag of Object.values(RED_FLAGS)) {
    for (const group of flag.elsewhere)
      group.points.forEach((point, i) =>
        out.push({ where: `${flag.id} elsewhere ${group.where} ${i}`, point }),
      );
  }
  [...LOOK_UP.views, LOOK_UP.linkedIn].forEach((point, i) =>
    out.push({ where: `look up ${i}`, point }),
  );
  return out;
}

describe('sourced points (red flags, cautions)', () => {
  const points = allPoints();

  it.each(points)('$where: official link if any, V/V2, short text, source, date', ({ point }) => {
    if (point.url !== undefined) expect(isOfficialUrl(point.url), point.url).toBe(true);
    expect(['V', 'V2']).toContain(point.status);
    expect(point.text.trim()).not.toBe('');
    expect(point.text.length).toBeLessThanOrEqual(240);
    expect(point.source.trim()).not.toBe('');
    expect(point.date.trim()).not.toBe('');
  });
});

describe('red flags', () => {
  it.each(FLAGS)(
    '%s has a reason, rules elsewhere, our suggestion and a not-reviewed line',
    (flag) => {
      const f = RED_FLAGS[flag];
      expect(f.id).toBe(flag);
      expect(f.reason).toBe(RED_FLAG_REASONS[flag]);
      expect(f.elsewhere.length).toBeGreaterThan(0);
      for (const g of f.elsewhere) expect(g.where.trim(), flag).not.toBe('');
      expect(f.notReviewed).toMatch(/^We haven’t reviewed your professional body’s rules/);
      for (const text of [f.reason, f.notReviewed, f.suggestion]) {
        expect(text.trim(), flag).not.toBe('');
        expect(text.length, flag).toBeLessThanOrEqual(260);
      }
    },
  );

  it('never says “we found no rule”, which reads as “there is none”', () => {
    const all = JSON.stringify({ RED_FLAGS, OUTCOME_UI, ESCALATION });
    expect(all).not.toMatch(/found no rule/i);
  });

  it('a juror: the reason says the court may need to know; the lawyer running the trial decides', () => {
    expect(RED_FLAG_REASONS.juror).toMatch(/court/);
    expect(ESCALATION.courtDecides).toMatch(/lawyer running the trial decides/);
    expect(ESCALATION.supervisorJuror).toMatch(/now, before the court next sits/);
    expect(ESCALATION.courtConsider).toMatch(/^Consider/);
    expect(ESCALATION.courtConsider).toMatch(/we haven’t reviewed your body’s rules on that duty/);
  });

  it('a judge: not while a matter is pending, never a message about a case, as our suggestion only', () => {
    expect(RED_FLAGS.judge.suggestion).toMatch(/pending/);
    expect(RED_FLAGS.judge.suggestion).toMatch(/never message a judge/);
    const rules = RED_FLAGS.judge.elsewhere.flatMap((g) => g.points.map((p) => p.text)).join();
    expect(rules).not.toMatch(/never message/i);
  });

  it('the opposing-party rule from San Diego speaks of sending a request, as its source does', () => {
    const sd = RED_FLAGS['opposing-party'].elsewhere.find((g) => /San Diego/.test(g.where));
    expect(sd?.points[0]?.text).toMatch(/^Sending a friend request/);
  });

  it('the New York juror duty rests on Rule 3.5(d), as the NYC Bar and NYCLA cite it', () => {
    const ny = RED_FLAGS.juror.elsewhere.find((g) => g.where === 'New York');
    expect(ny?.points[0]?.source).toMatch(
      /r 3\.5\(d\), as cited in NYC Bar Formal Opinion 2012-2 and NYCLA/,
    );
  });

  it('don’t look them up: both views, the NYC Bar’s and the ABA’s, and LinkedIn’s help with its date', () => {
    expect(LOOK_UP.text).toMatch(/Don’t open their profile/);
    expect(LOOK_UP.views.map((p) => p.source)).toEqual([
      'New York City Bar, Formal Opinion 2012-2',
      'ABA Formal Opinion 466 (this point as reported by secondary sources)',
    ]);
    expect(LOOK_UP.views[0]?.text).toMatch(/prohibited communication/);
    expect(LOOK_UP.views[1]?.text).toMatch(/not a communication by the lawyer/);
    expect(LOOK_UP.linkedIn.date).toMatch(/2015/);
    expect(LOOK_UP.linkedIn.url).toMatch(/^https:\/\/help\.linkedin\.com\//);
    expect(QUESTIONS.matter.hint).toMatch(/Don’t open their profile/);
  });

  it('evidence first, then tell now, only then Ignore, with the copy on the file', () => {
    const order = [
      ESCALATION.keepCopy,
      ESCALATION.supervisor,
      ESCALATION.ignoreThen,
      ESCALATION.note,
    ];
    expect(order[0]).toMatch(/^First, keep a copy: a dated screenshot of the invitation/);
    expect(order[0]).toMatch(/name and headline/);
    expect(order[2]).toMatch(/^Only then choose Ignore/);
    expect(order[3]).toMatch(/Put the copy on the file/);
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

describe('words that never suggest the tool receives anything', () => {
  it('asks nobody to tell us, send us or let us know', () => {
    const all = JSON.stringify({
      OUTCOME_CONTENT,
      CHECK_RULES_THEN,
      QUESTIONS,
      ESCALATION,
      OUTCOME_UI,
    });
    expect(all).not.toMatch(/tell us|send (it )?(to )?us|let us know|share with us/i);
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
