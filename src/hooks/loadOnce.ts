import { useEffect, useState } from 'react';

interface Load<T> {
  promise: Promise<T>;
  value?: T;
  failed?: boolean;
}

/**
 * The one way this app loads a chunk it does not need for a first screen (the cited guidance,
 * a body's rules, the firm's parts): once per key for the page's life, started by the first
 * screen that asks for it, after that screen has been drawn. `use(key)` gives the value, or
 * undefined until it has arrived (and always for no key); a chunk that can't be fetched is
 * thrown for LoadErrorBoundary to say so. Components are loaded with React.lazy instead.
 */
export function loadOnce<K, T>(start: (key: K) => Promise<T>) {
  const loads = new Map<K, Load<T>>();

  function load(key: K): Promise<T> {
    let started = loads.get(key);
    if (!started) {
      const fresh: Load<T> = { promise: start(key) };
      fresh.promise.then(
        (value) => (fresh.value = value),
        () => (fresh.failed = true),
      );
      loads.set(key, fresh);
      started = fresh;
    }
    return started.promise;
  }

  function use(key: K | undefined): T | undefined {
    const known = key === undefined ? undefined : loads.get(key);
    const [, arrived] = useState(0);
    useEffect(() => {
      if (key === undefined || known?.value !== undefined) return;
      let live = true;
      const rerender = () => live && arrived((n) => n + 1);
      // Also when it arrived between the render and this effect: `then` runs all the same.
      void load(key).then(rerender, rerender);
      return () => {
        live = false;
      };
    }, [key, known]);
    if (known?.failed) throw new Error('Part of this page could not be fetched.');
    return known?.value;
  }

  return { load, use };
}
