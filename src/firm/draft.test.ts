import { describe, expect, it } from 'vitest';
import { BODY_IDS, OUTCOMES } from '../decision/steps';
import {
  checkDraft,
  draftFrom,
  draftToJson,
  emptyDraft,
  newContact,
  newPoint,
  removeContact,
  WHEN_KEYS,
  whenChoices,
} from './draft';
import { today } from '../share/dates';
import { VALID } from './fixtures';

describe('draft', () => {
  it('leaves empty options out of the file', () => {
    const draft = { ...emptyDraft('2026-12-01'), firm: 'Acme' };
    draft.points = [{ ...newPoint(), text: 'Be kind.', when: { outcome: [] } }];
    expect(draftToJson(draft)).toEqual({
      version: 1,
      firm: 'Acme',
      revised: '2026-12-01',
      points: [{ text: 'Be kind.' }],
    });
  });

  it('a file becomes a draft and back unchanged', () => {
    expect(draftToJson(draftFrom(VALID))).toEqual(VALID);
  });

  it('a text in two languages becomes the text and its French, and back unchanged', () => {
    const file = {
      ...VALID,
      firm: { en: 'Hartley & Rowe LLP', fr: 'Hartley & Rowe S.E.N.C.R.L.' },
      contacts: [{ id: 'risk', label: { fr: 'Risques' }, href: 'mailto:risk@example.com' }],
      points: [{ text: { en: 'Be kind.', fr: 'Soyez courtois.' }, contact: 'risk' }],
    };
    const draft = draftFrom(file);
    expect(draft).toMatchObject({
      firm: 'Hartley & Rowe LLP',
      firmOther: 'Hartley & Rowe S.E.N.C.R.L.',
      contacts: [{ label: undefined, labelOther: 'Risques' }],
      points: [{ text: 'Be kind.', textOther: 'Soyez courtois.' }],
    });
    expect(draftToJson(draft)).toEqual(file);
  });

  it('writes one text while the French is empty, both once it is filled', () => {
    const draft = { ...emptyDraft('2026-12-01'), firm: 'Acme', firmOther: '' };
    expect(draftToJson(draft).firm).toBe('Acme');
    expect(draftToJson({ ...draft, firmOther: 'Acmé' }).firm).toEqual({ en: 'Acme', fr: 'Acmé' });
    expect(draftToJson({ ...draft, firm: '', firmOther: 'Acmé' }).firm).toEqual({ fr: 'Acmé' });
  });

  it('puts a problem with the French text beside the French field', () => {
    const draft = draftFrom(VALID);
    draft.firmOther = 'Hartley\nRowe';
    draft.points![0]!.textOther = 'x'.repeat(301);
    const { errors } = checkDraft(draft);
    expect(errors.get('firmOther')).toMatch(/^It contains a line break/);
    expect(errors.get('points.0.textOther')).toBe('It is longer than 300 characters.');
    expect(errors.has('firm')).toBe(false);
  });

  it('previews the file in the page’s language', () => {
    const draft = { ...draftFrom(VALID), firmOther: 'Hartley & Rowe S.E.N.C.R.L.' };
    expect(checkDraft(draft).settings?.firm).toBe('Hartley & Rowe LLP');
  });

  it('new contacts get ids no other contact has', () => {
    const a = newContact([]);
    const b = newContact([a]);
    const c = newContact([{ ...a, id: 'contact-2' }, b]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
  });

  it('names each problem by where it is in the file', () => {
    const draft = draftFrom(VALID);
    draft.firm = '';
    draft.points![1]!.when = { outcome: ['maybe'] };
    const { settings, errors } = checkDraft(draft);
    expect(settings).toBeUndefined();
    expect(errors.get('firm')).toBe('It is empty.');
    expect(errors.get('points.1.when.outcome.0')).toMatch(/^It should be one of: accept/);
  });

  it('writes the file in the schema’s order, whatever order it was typed in', () => {
    const draft = { revised: '2026-12-01', body: 'sra', firm: 'Acme', version: 1 } as const;
    expect(Object.keys(draftToJson({ ...draft, policyUrl: '' }))).toEqual([
      'version',
      'firm',
      'revised',
      'body',
    ]);
  });

  it('a removed contact is no longer named by the red flag or a point', () => {
    const draft = removeContact(draftFrom(VALID), 0);
    expect(draftToJson(draft)).toEqual({
      ...VALID,
      contacts: [VALID.contacts![1]],
      escalate: undefined,
      points: VALID.points!.map(({ contact, ...p }) =>
        contact === 'risk' ? p : { ...p, contact },
      ),
    });
  });

  it('offers every outcome and every answer id as a condition, with the words readers see', () => {
    expect(WHEN_KEYS).toEqual([
      'outcome',
      'objectives',
      'body',
      'rules',
      'matter',
      'invite',
      'profile',
      'reply',
      'spam',
    ]);
    expect(whenChoices('outcome').options.map((o) => o.value)).toEqual(OUTCOMES);
    expect(whenChoices('body').options.map((o) => o.value)).toEqual(BODY_IDS);
    expect(whenChoices('matter').options.find((o) => o.value === 'juror')?.label).toBe(
      'They are a juror or a possible juror',
    );
  });

  it('a new file is dated today, in the file’s form', () => {
    expect(emptyDraft().revised).toBe(today());
    expect(emptyDraft().revised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
