import { useEffect, useState } from 'react';
import { startedPack, type PackLoad } from '../../firm/loadPack';

/**
 * The firm's settings file as the page loaded it (both entries start the fetch with the app's
 * code), or undefined until it has arrived, and always when no entry started one. Never holds
 * a screen up: what the firm adds shows once it is here.
 */
export function useFirm(): PackLoad | undefined {
  const [load, setLoad] = useState<PackLoad>();
  useEffect(() => {
    let live = true;
    void startedPack()?.then((l) => live && setLoad(l));
    return () => {
      live = false;
    };
  }, []);
  return load;
}
