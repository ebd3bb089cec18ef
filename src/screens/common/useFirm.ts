import { useEffect, useState } from 'react';
import { startedSettings, type SettingsLoad } from '../../firm/loadSettings';

/**
 * The firm's settings file as the page loaded it (both entries start the fetch with the app's
 * code), or undefined until it has arrived, and always when no entry started one. Never holds
 * a screen up: what the firm adds shows once it is here.
 */
export function useFirm(): SettingsLoad | undefined {
  const [load, setLoad] = useState<SettingsLoad>();
  useEffect(() => {
    let live = true;
    void startedSettings()?.then((l) => live && setLoad(l));
    return () => {
      live = false;
    };
  }, []);
  return load;
}
