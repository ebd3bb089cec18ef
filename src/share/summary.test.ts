import { describe, expect, it } from 'vitest';
import { OUTCOME_CONTENT } from '../content/outcomes';
import { outcomeOf } from '../decision/machine';
import { pathOf, replay } from '../decision/replay';
import { summaryText } from './summary';

describe('summaryText', () => {
  it('gives the recommendation, the reasons, the answers and the link as plain text', () => {
    const { context } = replay({ objectives: ['known-only'] });
    const text = summaryText(
      'ignore',
      context.answers,
      'https://tool.example/#/decision?v=1&objectives=known-only',
    );
    expect(text).toBe(
      [
        'Should I connect? Ignore the invitation.',
        'There is no good reason to connect, and ignoring is quiet and polite.',
        '',
        'Why:',
        '- You only connect with people you already know, and you don’t know them.',
        '',
        'Your answers:',
        '- What you use LinkedIn for: I only connect with people I already know',
        '',
        'Link to this decision: https://tool.example/#/decision?v=1&objectives=known-only',
      ].join('\n'),
    );
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
      );
      const lines = text.split('\n');
      expect(lines[0]).toBe(`Should I connect? ${OUTCOME_CONTENT[outcome].title}.`);
      expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(2 * pathOf(snapshot).length);
      expect(lines.at(-1)).toBe('Link to this decision: https://tool.example/#/decision?v=1');
      expect(text).not.toMatch(/<|>|undefined/);
    }
  });
});
