import { createContext, useContext } from 'react';
import type { Answers } from '../decision/steps';

/** How the app is being shown: the full site, or framed in someone else's page. */
export interface AppMode {
  embed: boolean;
  /** Answers fixed by the page (an embedding firm's professional body). */
  fixed: Answers;
}

export const FULL_SITE: AppMode = { embed: false, fixed: {} };
export const ModeContext = createContext<AppMode>(FULL_SITE);
export const useMode = () => useContext(ModeContext);
