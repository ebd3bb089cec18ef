import { describe, expect, it } from 'vitest';
import { OUTCOME_CONTENT } from '../content/outcomes';
import { SITE } from '../content/site';
import { outcomeOf } from '../decision/machine';
import { pathOf, replay } from '../decision/replay';
import { summaryText } from './summary';

describe('summaryText', () => {
  it('gives the date, recommendation, reasons, next steps, answers, sources, firm, link and disclaimer as plain text', () => {
    const { context } = replay({ objectives: ['known-only'], matter: 'none' });
    const text = summaryText(
      'ignore',
      context.answers,
      'https://tool.example/#/decision?v=1&objectives=known-only&matter=none',
      {
        made: '2026-12-01',
        sources: [
          { source: 'SRA Code of Conduct, para 6.3', date: '2019', url: 'https://sra.example/' },
          { source: 'A bar opinion', date: '2014' },
        ],
        lastReviewed: '2026-12-06',
        firmLines: ['Acme LLP: your firm’s policy (reviewed by your firm on 1 December 2026):'],
      },
    );
    const content = OUTCOME_CONTENT.ignore;
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `Should I connect? ${content.title}.`,
      content.summary,
      'Decision made on 1 December 2026.',
    ]);
    const next = lines.indexOf('What to do next on LinkedIn:');
    expect(next).toBeGreaterThan(0);
    expect(lines.slice(next + 1, next + 1 + content.nextSteps.length)).toEqual(
      content.nextSteps.map((line, i) => `${i + 1}. ${line}`),
    );
    expect(lines).toContain('Why:');
    expect(lines).toContain('Your answers:');
    expect(lines).toContain(
      '- What you use LinkedIn for: I only connect with people I already know',
    );
    expect(lines).toContain('- SRA Code of Conduct, para 6.3, 2019: https://sra.example/');
    expect(lines).toContain('- A bar opinion, 2014');
    expect(lines).toContain('Guidance summaries last reviewed 2026-12-06.');
    expect(lines).toContain(
      'Acme LLP: your firm’s policy (reviewed by your firm on 1 December 2026):',
    );
    expect(lines).toContain(
      'Link to this decision: https://tool.example/#/decision?v=1&objectives=known-only&matter=none',
    );
    expect(lines.at(-1)).toBe(SITE.disclaimer);
    expect(text).not.toMatch(/<|>/);
  });

  it('for every outcome: the recommendation, one line per reason and per answer, the link; no markup', () => {
    const cases = [
      {
        objectives: ['clients', 'media'],
        body: 'nzls',
        rules: 'allowed',
        matter: 'none',
        invite: 'personal',
        profile: 'relevant',
      },
      {
        objectives: ['careers'],
        body: 'bsb',
        rules: 'allowed',
        matter: 'none',
        invite: 'standard',
        profile: 'unclear',
        reply: 'pending',
      },
      {
        objectives: ['community'],
        body: 'none',
        matter: 'none',
        invite: 'suspicious',
        spam: 'true-spam',
      },
      {
        objectives: ['clients'],
        body: 'aba',
        rules: 'unsure',
        matter: 'none',
        invite: 'standard',
        profile: 'relevant',
      },
      { objectives: ['clients'], body: 'aba', rules: 'allowed', matter: 'juror' },
    ] as const;
    for (const answers of cases) {
      const snapshot = replay(answers as never);
      const outcome = outcomeOf(snapshot);
      expect(outcome).toBeDefined();
      if (!outcome) continue;
      const text = summaryText(
        outcome,
        snapshot.context.answers,
        'https://tool.example/#/decision?v=1',
        { made: '2026-12-06' },
      );
      const lines = text.split('\n');
      expect(lines[0]).toBe(`Should I connect? ${OUTCOME_CONTENT[outcome].title}.`);
      expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(2 * pathOf(snapshot).length);
      expect(lines).toContain('Link to this decision: https://tool.example/#/decision?v=1');
      expect(lines.at(-1)).toBe(SITE.disclaimer);
      expect(text).not.toMatch(/<|>|undefined/);
    }
  });
});
