import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from './answers';
import { decisionMachine, outcomeOf, type AnswerEvent } from './machine';
import { pathAnswers, replay } from './replay';

const start = (input = {}) => createActor(decisionMachine, { input }).start();
const answer = (e: Omit<AnswerEvent, 'type'>) => ({ type: 'ANSWER', ...e }) as AnswerEvent;

/** Where a set of answers lands: an outcome id or the step asked next. */
const land = (answers: Answers) => String(replay({ answers }).value);

const regulated: Answers = {
  objectives: ['clients'],
  body: 'sra',
  rules: 'allowed',
  matter: 'none',
};

describe('transition table (one test per row of the spec)', () => {
  it('start → objectives', () => {
    expect(start().getSnapshot().value).toBe('objectives');
  });
  it('objectives: known-only → ignore', () => {
    expect(land({ objectives: ['known-only'] })).toBe('ignore');
  });
  it('objectives: otherwise → body', () => {
    expect(land({ objectives: ['clients', 'media'] })).toBe('body');
  });
  it('body: none → matter', () => {
    expect(land({ objectives: ['careers'], body: 'none' })).toBe('matter');
  });
  it.each([
    'sra',
    'bsb',
    'lss',
    'lsi',
    'nzls',
    'au-solicitors',
    'aba',
    'ca-flsc',
    'other',
  ] as const)('body: %s → rules', (body) => {
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
  it('matter: none, rules restricted → dont-connect', () => {
    expect(land({ ...regulated, rules: 'restricted' })).toBe('dont-connect');
  });
  it('matter: none, rules unsure → check-rules', () => {
    expect(land({ ...regulated, rules: 'unsure' })).toBe('check-rules');
  });
  it('matter: none, rules allowed → invite', () => {
    expect(land(regulated)).toBe('invite');
  });
  it('matter: none, rules skipped → invite', () => {
    expect(land({ objectives: ['clients'], body: 'none', matter: 'none' })).toBe('invite');
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
  it('an old "restricted" answer is ignored after choosing "not regulated"', () => {
    const actor = start();
    actor.send(answer({ key: 'objectives', value: ['clients'] }));
    actor.send(answer({ key: 'body', value: 'sra' }));
    actor.send(answer({ key: 'rules', value: 'restricted' }));
    actor.send({ type: 'GO_TO', step: 'body' });
    actor.send(answer({ key: 'body', value: 'none' }));
    actor.send(answer({ key: 'matter', value: 'none' }));
    expect(actor.getSnapshot().value).toBe('invite');
  });
});

describe('Back', () => {
  it('returns along the path taken and keeps every answer', () => {
    const actor = start();
    actor.send(answer({ key: 'objectives', value: ['clients'] }));
    actor.send(answer({ key: 'body', value: 'none' }));
    expect(actor.getSnapshot().value).toBe('matter');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('body');
    expect(actor.getSnapshot().context.answers.body).toBe('none');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('objectives');
    expect(actor.getSnapshot().context.answers.objectives).toEqual(['clients']);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('objectives');
  });
  it('from an outcome goes to the last question', () => {
    const actor = start({ answers: { ...regulated, invite: 'standard', profile: 'relevant' } });
    expect(outcomeOf(actor.getSnapshot())).toBe('accept');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('profile');
  });
  it('skips a step fixed by the page', () => {
    const actor = start({ fixed: { body: 'nzls' } });
    actor.send(answer({ key: 'objectives', value: ['media'] }));
    expect(actor.getSnapshot().value).toBe('rules');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('objectives');
  });
});

describe('Change (GO_TO)', () => {
  const full: Answers = { ...regulated, invite: 'standard', profile: 'relevant' };

  it('returns to the outcome when the later answers still apply', () => {
    const actor = start({ answers: full });
    actor.send({ type: 'GO_TO', step: 'invite' });
    expect(actor.getSnapshot().value).toBe('invite');
    actor.send(answer({ key: 'invite', value: 'personal' }));
    expect(actor.getSnapshot().value).toBe('accept');
    expect(actor.getSnapshot().context.dropped).toEqual([]);
  });
  it('stops at the first new question and keeps later answers that apply', () => {
    const actor = start({ answers: full });
    actor.send({ type: 'GO_TO', step: 'profile' });
    actor.send(answer({ key: 'profile', value: 'unclear' }));
    expect(actor.getSnapshot().value).toBe('message');
    actor.send(answer({ key: 'reply', value: 'pending' }));
    expect(actor.getSnapshot().value).toBe('wait');
  });
  it('says which answers no longer apply after a change (and only then)', () => {
    expect(
      replay({ answers: { objectives: ['known-only'], body: 'sra' } }).context.dropped,
    ).toEqual([]);
    const actor = start({ answers: full });
    actor.send({ type: 'GO_TO', step: 'objectives' });
    actor.send(answer({ key: 'objectives', value: ['known-only'] }));
    expect(actor.getSnapshot().value).toBe('ignore');
    expect(actor.getSnapshot().context.dropped).toEqual([
      'body',
      'rules',
      'matter',
      'invite',
      'profile',
    ]);
  });
  it('cannot jump to a step that was never answered', () => {
    const actor = start();
    actor.send({ type: 'GO_TO', step: 'profile' });
    expect(actor.getSnapshot().value).toBe('objectives');
  });
});

describe('Restart', () => {
  it('forgets every answer but keeps what the page fixed', () => {
    const actor = start({ answers: { objectives: ['clients'] }, fixed: { body: 'bsb' } });
    expect(actor.getSnapshot().value).toBe('rules');
    actor.send({ type: 'RESTART' });
    expect(actor.getSnapshot().value).toBe('objectives');
    expect(actor.getSnapshot().context.answers).toEqual({ body: 'bsb' });
  });
});

describe('replay', () => {
  it('drops answers that are not on the replayed path', () => {
    const snapshot = replay({
      answers: {
        ...regulated,
        invite: 'standard',
        profile: 'relevant',
        reply: 'none',
        spam: 'true-spam',
      },
    });
    expect(snapshot.value).toBe('accept');
    expect(pathAnswers(snapshot)).toEqual({
      ...regulated,
      invite: 'standard',
      profile: 'relevant',
    });
  });
  it('stops at the first unanswered step', () => {
    expect(land({ objectives: ['clients'], matter: 'none' })).toBe('body');
  });
});

describe('remembered answers (after the browser Back button)', () => {
  it('are pre-filled where the replay stops, but never replayed', () => {
    const actor = start({
      answers: { objectives: ['clients'] },
      remembered: { objectives: ['clients'], body: 'sra', rules: 'allowed' },
    });
    expect(actor.getSnapshot().value).toBe('body');
    expect(actor.getSnapshot().context.answers).toMatchObject({ body: 'sra', rules: 'allowed' });
    actor.send(answer({ key: 'body', value: 'sra' }));
    expect(actor.getSnapshot().value).toBe('rules');
  });
  it('never override what the link says', () => {
    const actor = start({
      answers: { objectives: ['media'] },
      remembered: { objectives: ['clients'] },
    });
    expect(actor.getSnapshot().context.answers.objectives).toEqual(['media']);
  });
});
