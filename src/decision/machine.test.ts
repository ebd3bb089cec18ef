import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { decisionMachine, placeOf } from './machine';
import { answerInOrder, pathOf, replay } from './replay';
import { REGULATOR_IDS, type Answers } from './steps';

/** Where a set of answers lands: an outcome id or the step asked next. */
const land = (answers: Answers, fixed?: Answers) => placeOf(replay(answers, fixed));

const regulated: Answers = {
  objectives: ['clients'],
  body: 'sra',
  rules: 'allowed',
  matter: 'none',
};

describe('transition table (one test per row of the spec)', () => {
  it('start → objectives', () => {
    expect(land({})).toBe('objectives');
  });
  it('objectives: known-only → matter (a red flag is asked of everyone)', () => {
    expect(land({ objectives: ['known-only'] })).toBe('matter');
  });
  it('objectives: otherwise → body', () => {
    expect(land({ objectives: ['clients', 'media'] })).toBe('body');
  });
  it('body: none → matter', () => {
    expect(land({ objectives: ['careers'], body: 'none' })).toBe('matter');
  });
  it.each([...REGULATOR_IDS, 'other' as const])('body: %s → rules', (body) => {
    expect(land({ objectives: ['careers'], body })).toBe('rules');
  });
  it.each(['allowed', 'restricted', 'unsure'] as const)('rules: %s → matter', (rules) => {
    expect(land({ objectives: ['media'], body: 'aba', rules })).toBe('matter');
  });
  it.each(['opposing-party', 'juror', 'witness', 'judge'] as const)(
    'matter: %s → dont-connect (whatever the rules say)',
    (matter) => {
      expect(land({ ...regulated, matter })).toBe('dont-connect');
      expect(land({ objectives: ['clients'], body: 'none', matter })).toBe('dont-connect');
    },
  );
  it('matter: none, objectives known-only → ignore', () => {
    expect(land({ objectives: ['known-only'], matter: 'none' })).toBe('ignore');
  });
  it.each(['opposing-party', 'juror', 'witness', 'judge'] as const)(
    'matter: %s, objectives known-only → dont-connect',
    (matter) => {
      expect(land({ objectives: ['known-only'], matter })).toBe('dont-connect');
    },
  );
  it('matter: none, rules restricted → dont-connect', () => {
    expect(land({ ...regulated, rules: 'restricted' })).toBe('dont-connect');
  });
  it('matter: none, rules unsure → invite (not sure is not a dead end)', () => {
    expect(land({ ...regulated, rules: 'unsure' })).toBe('invite');
  });
  it('matter: none, rules allowed → invite', () => {
    expect(land(regulated)).toBe('invite');
  });
  it('matter: none, rules skipped → invite', () => {
    expect(land({ objectives: ['clients'], body: 'none', matter: 'none' })).toBe('invite');
  });
  it.each([
    ['relevant', 'check-rules'],
    ['unclear', 'check-rules'],
    ['not-relevant', 'ignore'],
    ['spam', 'spamCheck'],
  ] as const)('profile: %s, rules unsure → %s', (profile, to) => {
    expect(land({ ...regulated, rules: 'unsure', invite: 'standard', profile })).toBe(to);
  });
  it.each([
    ['true-spam', 'report-spam'],
    ['not-spam', 'ignore'],
  ] as const)('rules unsure, spamCheck: %s → %s (no permission needed)', (spam, to) => {
    expect(land({ ...regulated, rules: 'unsure', invite: 'suspicious', spam })).toBe(to);
  });
  it('invite: suspicious → spamCheck', () => {
    expect(land({ ...regulated, invite: 'suspicious' })).toBe('spamCheck');
  });
  it.each(['personal', 'standard', 'pitch'] as const)('invite: %s → profile', (invite) => {
    expect(land({ ...regulated, invite })).toBe('profile');
  });
  it.each([
    ['relevant', 'accept'],
    ['unclear', 'message'],
    ['not-relevant', 'ignore'],
    ['spam', 'spamCheck'],
  ] as const)('profile: %s → %s', (profile, to) => {
    expect(land({ ...regulated, invite: 'standard', profile })).toBe(to);
  });
  it.each([
    ['genuine', 'accept'],
    ['none', 'ignore'],
    ['pitch', 'ignore'],
    ['pending', 'wait'],
  ] as const)('message: %s → %s', (reply, to) => {
    expect(land({ ...regulated, invite: 'personal', profile: 'unclear', reply })).toBe(to);
  });
  it.each([
    ['true-spam', 'report-spam'],
    ['not-spam', 'ignore'],
  ] as const)('spamCheck: %s → %s', (spam, to) => {
    expect(land({ ...regulated, invite: 'standard', profile: 'spam', spam })).toBe(to);
  });
});

describe('rules only count when the rules step was on the path', () => {
  it('a "restricted" answer is ignored once "not regulated" skips the rules step', () => {
    expect(land({ ...regulated, body: 'none', rules: 'restricted' })).toBe('invite');
  });
});

describe('links that stopped at the old outcomes resume at the next question', () => {
  it.each([
    [{ objectives: ['known-only'] }, 'matter'],
    [{ objectives: ['careers'], body: 'sra', rules: 'unsure', matter: 'none' }, 'invite'],
    [{ objectives: ['clients'], body: 'aba', rules: 'unsure', matter: 'none' }, 'invite'],
  ] as [Answers, string][])('%j → %s', (answers, next) => {
    const snapshot = replay(answers);
    expect(snapshot.value).toBe(next);
    // Every answer in the old link is kept: nothing the reader said is lost.
    expect(snapshot.context.answers).toEqual(answers);
  });
});

describe('replay: a link’s answers sent in order', () => {
  it('drops answers that are not on the replayed path', () => {
    const snapshot = replay({
      ...regulated,
      invite: 'standard',
      profile: 'relevant',
      reply: 'none',
      spam: 'true-spam',
    });
    expect(snapshot.value).toBe('accept');
    expect(snapshot.context.answers).toEqual({
      ...regulated,
      invite: 'standard',
      profile: 'relevant',
    });
    expect(pathOf(snapshot)).toEqual([
      'objectives',
      'body',
      'rules',
      'matter',
      'invite',
      'profile',
    ]);
  });
  it('stops at the first unanswered step', () => {
    expect(land({ objectives: ['clients'], matter: 'none' })).toBe('body');
  });
  it('always gives the answers the page fixed (an embedding firm’s body), over the link’s', () => {
    expect(land({ objectives: ['media'] }, { body: 'nzls' })).toBe('rules');
    expect(
      replay({ objectives: ['media'], body: 'none' }, { body: 'bsb' }).context.answers.body,
    ).toBe('bsb');
  });
  it('stops where a step refuses an answer, and sends nothing after it', () => {
    const actor = createActor(decisionMachine).start();
    const answers = { objectives: ['clients'], body: 'mars' } as unknown as Answers;
    expect(answerInOrder(actor, answers).value).toBe('body');
    actor.send({ type: 'ANSWER', key: 'body', value: 'sra' });
    expect(actor.getSnapshot().value).toBe('rules');
  });
});
