/** Each page's title and description, put in its HTML at build time (build/language-plugin.ts). */
export const PAGE_HEAD = {
  index: {
    title: 'Should I connect? A LinkedIn invitation guide for professionals',
    description:
      'Someone you don’t know has invited you to connect on LinkedIn. Answer a few questions and get a clear recommendation, the reasons and what to do next.',
  },
  embed: { title: 'Should I connect? A LinkedIn invitation guide' },
} as const;
