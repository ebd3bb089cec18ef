import { describe, expect, it } from 'vitest';
import { createReplaceOnlyHashHistory } from './history';

describe('the embed’s router history', () => {
  it('lives in the fragment and never adds a history entry', () => {
    window.history.replaceState(null, '', '/embed.html?theme=dark');
    const history = createReplaceOnlyHashHistory(window);
    const before = window.history.length;
    const seen: string[] = [];
    const stop = history.listen(({ action, location }) =>
      seen.push(`${action} ${location.pathname}${location.search}`),
    );

    history.push('/decision?v=1');
    history.push('/decision?v=1&objectives=clients');
    history.replace('/decision?v=1&objectives=media');
    history.go(-1);

    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?theme=dark');
    expect(window.location.hash).toBe('#/decision?v=1&objectives=media');
    expect(history.location.search).toBe('?v=1&objectives=media');
    expect(seen).toEqual([
      'REPLACE /decision?v=1',
      'REPLACE /decision?v=1&objectives=clients',
      'REPLACE /decision?v=1&objectives=media',
    ]);
    expect(history.createHref('/decision?v=1')).toBe('#/decision?v=1');
    stop();
  });
});
