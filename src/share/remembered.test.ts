import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetRemembered, readRemembered, rememberedQuery, saveRemembered } from './remembered';

const KEY = 'should-i-connect:about-you';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('remembering the reader on this device', () => {
  it('keeps only the reader’s own answers, as a link’s query, and forgets them', () => {
    expect(
      saveRemembered({
        objectives: ['media', 'clients'],
        body: 'sra',
        rules: 'allowed',
        matter: 'none',
        invite: 'personal',
        profile: 'relevant',
      }),
    ).toBe(true);
    expect(localStorage.getItem(KEY)).toBe('v=1&objectives=clients,media&body=sra&rules=allowed');
    expect(readRemembered()).toEqual({
      objectives: ['clients', 'media'],
      body: 'sra',
      rules: 'allowed',
    });
    expect(forgetRemembered()).toBe(true);
    expect(readRemembered()).toBeUndefined();
  });

  it('reads what is stored as a link is read: a damaged value is nothing', () => {
    localStorage.setItem(KEY, 'v=1&body=<img>');
    expect(rememberedQuery()).toBe('');
    localStorage.setItem(KEY, 'v=1&matter=juror');
    expect(rememberedQuery()).toBe('');
    localStorage.setItem(KEY, `v=1&objectives=clients${'&x'.repeat(200)}`);
    expect(rememberedQuery()).toBe('');
  });

  it('storage that is blocked or full: nothing throws, and a save says it failed', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveRemembered({ objectives: ['clients'] })).toBe(false);
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(rememberedQuery()).toBe('');
    expect(readRemembered()).toBeUndefined();
    expect(saveRemembered({ objectives: ['clients'] })).toBe(false);
    expect(forgetRemembered()).toBe(false);
  });
});
