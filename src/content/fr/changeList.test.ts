import { describe, expect, it } from 'vitest';
import { GUIDANCE_CHANGES as ENGLISH } from '../changeList';
import { changesAfter, changesSince, GUIDANCE_CHANGES } from './changeList';

describe('the dated changes in French', () => {
  it('says every change in French, with the English list’s dates', () => {
    expect(GUIDANCE_CHANGES.map((c) => c.date)).toEqual(ENGLISH.map((c) => c.date));
    GUIDANCE_CHANGES.forEach((c, i) => expect(c.text).not.toBe(ENGLISH[i]?.text));
  });

  it('picks the same changes as in English, from the French list', () => {
    const day = ENGLISH[0]?.date ?? '';
    expect(changesAfter(day).length).toBe(ENGLISH.filter((c) => c.date > day).length);
    expect(changesAfter(day).every((c) => GUIDANCE_CHANGES.includes(c))).toBe(true);
    expect(changesSince(undefined)).toEqual([...GUIDANCE_CHANGES]);
  });
});
