import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../decision/steps';
import { listInWords } from './reasons';
import { MAP_NODE_NAMES } from './map';
import {
  ACCEPT_AFTER_REPLY_SUMMARY,
  CHECK_RULES_THEN,
  DONT_CONNECT_RESTRICTED,
  OUTCOME_CONTENT,
  outcomeContent,
} from './outcomes';
import { QUESTIONS } from './questions';
import { reasonsFor } from './reasons';
import { WHAT_WOULD_CHANGE } from './whatWouldChange';

const outcomeWords = [
  ...Object.values(OUTCOME_CONTENT),
  ...Object.values(CHECK_RULES_THEN),
  DONT_CONNECT_RESTRICTED,
].flatMap((c) => [c.title, c.summary, ...c.nextSteps]);

describe('words that match the page', () => {
  it('outcomes never point up or down the page: what sits where changes with the screen', () => {
    for (const line of outcomeWords) expect(line).not.toMatch(/\b(below|above)\b/i);
    for (const q of Object.values(QUESTIONS)) expect(q.hint).not.toMatch(/\b(below|above)\b/i);
  });

  it('lists read as people write them', () => {
    expect(listInWords(['winning work'])).toBe('winning work');
    expect(listInWords(['winning work', 'recruitment', 'taking part in your sector'])).toBe(
      'winning work, recruitment and taking part in your sector',
    );
    expect(reasonsFor({ objectives: ['clients', 'careers', 'community'] })[0]).toBe(
      'You use LinkedIn for winning work, recruitment and taking part in your sector.',
    );
    expect(WHAT_WOULD_CHANGE.whatIf('Their reply', ['No', 'Not yet', 'Maybe'], 'Ignore')).toBe(
      'If “Their reply” were “No”, “Not yet” or “Maybe”: ignore.',
    );
  });
});

describe('reasons built from the answers given', () => {
  it('an accept reached through a genuine reply does not say their profile fits', () => {
    const answers = {
      objectives: ['clients' as const],
      body: 'none' as const,
      matter: 'none' as const,
      invite: 'standard' as const,
      profile: 'unclear' as const,
      reply: 'genuine' as const,
    };
    const { summary } = outcomeContent('accept', answers);
    expect(summary).toBe(ACCEPT_AFTER_REPLY_SUMMARY);
    expect(summary).not.toMatch(/fit/);
    expect(
      outcomeContent('accept', { ...answers, profile: 'relevant', reply: undefined }).summary,
    ).toBe(OUTCOME_CONTENT.accept.summary);
  });
});

describe('one name per question', () => {
  it('the map names a step by its screen title wherever the title is short enough to fit', () => {
    for (const step of STEP_IDS) {
      const { title } = QUESTIONS[step];
      if (title.length <= 40) expect(MAP_NODE_NAMES[step], step).toBe(title);
    }
    expect(MAP_NODE_NAMES.spamCheck).toBe(QUESTIONS.spamCheck.title);
  });
});
