import type { Plugin } from 'vite';
import type { Language } from './language-plugin.ts';
import { withAppModule } from './ssr.ts';

/**
 * Puts the start page's HTML into index.html at build time, so the first paint needs
 * no JavaScript. React then renders the same markup over it (no layout shift). A tiny
 * classic script (public/boot.js) hides the prerendered page for deep links, so a shared
 * decision never flashes the start page first.
 */
export function prerenderStartPage(language: Language): Plugin {
  return {
    name: 'prerender-start-page',
    apply: 'build',
    async transformIndexHtml(html, ctx) {
      if (!ctx.filename.endsWith('index.html')) return html;
      const markup = await withAppModule(
        '/src/app/prerender.tsx',
        (m: { renderStartPage: () => string }) => m.renderStartPage(),
        language,
      );
      // Links work before JavaScript arrives: the app routes on the fragment.
      const hashed = markup.replace(/href="\//g, 'href="#/');
      return html.replace('<div id="root"></div>', `<div id="root">${hashed}</div>`);
    },
  };
}
