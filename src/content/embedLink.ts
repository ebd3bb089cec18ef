/**
 * The site footer's link to the embed builder. A module of its own: the footer ships with
 * the first load, the rest of the embed copy (src/content/embed.ts) must not.
 */
export const EMBED_FOOTER_LINK = 'Embed this tool on your intranet';
