import { describe, expect, it } from 'vitest';
import { createFrameHashHistory } from './history';

describe('the embed’s router history', () => {
  it('lives in the fragment, adds an entry for each step, and never walks the history itself', () => {
    window.history.replaceState(null, '', '/embed.html?theme=dark');
    const history = createFrameHashHistory(window);
    const before = window.history.length;
    const seen: string[] = [];
    const stop = history.listen(({ action, location }) =>
      seen.push(`${action} ${location.pathname}${location.search}`),
    );

    history.replace('/decision?v=1', null);
    history.push('/decision?v=1&objectives=clients', null);
    history.push('/decision?v=1&objectives=clients&body=sra', null);
    // Code in the frame can't take the reader back past its first entry, into the host page.
    history.go(-1);
    history.go(-5);

    // The reader's Back walks the steps: one entry each.
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?theme=dark');
    expect(window.location.hash).toBe('#/decision?v=1&objectives=clients&body=sra');
    expect(history.location.search).toBe('?v=1&objectives=clients&body=sra');
    expect(seen).toEqual([
      'REPLACE /decision?v=1',
      'PUSH /decision?v=1&objectives=clients',
      'PUSH /decision?v=1&objectives=clients&body=sra',
    ]);
    expect(history.createHref('/decision?v=1')).toBe('#/decision?v=1');
    stop();
  });
});
