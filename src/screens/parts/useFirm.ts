import { useEffect, useState } from 'react';
import { firmPack, type PackLoad } from '../../firm/loadPack';

/**
 * The firm's settings file as the page loaded it (both entries start the fetch with the app's
 * code), or undefined until it has arrived. Never holds a screen up: what the firm adds shows
 * once it is here.
 */
export function useFirm(): PackLoad | undefined {
  const [load, setLoad] = useState<PackLoad>();
  useEffect(() => {
    let live = true;
    void firmPack().then((l) => live && setLoad(l));
    return () => {
      live = false;
    };
  }, []);
  return load;
}
