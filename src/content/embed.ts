import { SITE } from './site';

/**
 * Copy for the embedded tool (embed.html). The builder page's copy is in embedBuilder.ts,
 * and the footer's link to the builder in embedLink.ts, so that neither weighs on the
 * embed's or the site's first load.
 */

/** The iframe's accessible name, in both snippets and in embed.js. */
export const FRAME_TITLE = 'Should I connect? A LinkedIn invitation guide';

/** The chrome around the wizard inside someone else's page. */
export const EMBED_UI = {
  toolName: SITE.name,
  firmLine: (firm: string) => `Guidance for ${firm} people`,
  contactEmail: (address: string) => `Questions? Ask ${address}`,
  // The site's host is always shown: a firm's name alone could front any site.
  contactWeb: (host: string, firm: string | undefined) =>
    firm ? `Questions? Ask ${firm} at ${host}` : `Questions? Ask at ${host}`,
  openFullPage: 'Open full page',
  newTab: ' (opens in a new tab)',
  credit: SITE.credit,
  disclaimer: SITE.disclaimer,
} as const;
