import { describe, expect, it } from 'vitest';
import { replay } from '../decision/replay';
import { summaryText } from './summary';

describe('summaryText', () => {
  it('gives the recommendation, the reasons, the answers and the link as plain text', () => {
    const { context } = replay({
      answers: { objectives: ['known-only'] },
    });
    const text = summaryText(
      'ignore',
      context,
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
});
