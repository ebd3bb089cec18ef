import { useMemo, useSyncExternalStore } from 'react';
import type { Answers } from '../../decision/steps';
import { readRemembered, rememberedQuery, subscribeRemembered } from '../../share/remembered';

/** What this device remembers about the reader, kept up to date; undefined when nothing. */
export function useRemembered(): Answers | undefined {
  const query = useSyncExternalStore(subscribeRemembered, rememberedQuery, () => '');
  return useMemo(() => readRemembered(query), [query]);
}
