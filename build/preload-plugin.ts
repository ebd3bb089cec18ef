import type { IndexHtmlTransformContext, Plugin } from 'vite';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type OutputChunk = NonNullable<IndexHtmlTransformContext['chunk']>;

/**
 * The chunks a page's first screen needs beyond what its HTML already loads, fetched in
 * parallel with the entry instead of one after another (entry → decision route → screen).
 *
 * - index.html serves both the start page and shared decision links. Only a link needs the
 *   decision's chunks, and only the browser knows (the answers are in the fragment), so the
 *   list goes in a meta tag that public/boot.js turns into modulepreloads for a deep link.
 *   A second list names the first question's chunks, for the start page to fetch later.
 * - embed.html always opens on a question: plain modulepreload links.
 */
export function preloadFirstScreen(): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const already = new Set([...html.matchAll(/assets\/[^"]+\.js/g)].map((m) => m[0]));
        const needs = (screens: string[]) =>
          chunksFor(ctx.bundle!, ['src/screens/DecisionRoute.tsx', ...screens]).filter(
            (f) => !already.has(f),
          );
        if (ctx.filename.endsWith('index.html')) {
          const files = needs(['src/screens/OutcomeScreen.tsx']).map((f) => `./${f}`);
          // The first question's chunks, which the start page fetches once it is on screen
          // (src/screens/StartScreen.tsx) without running them.
          const question = needs(['src/screens/QuestionScreen.tsx']).map((f) => `./${f}`);
          const meta =
            `<meta name="deep-link-modules" content="${files.join(' ')}" />\n    ` +
            `<meta name="first-question-modules" content="${question.join(' ')}" />`;
          const boot = '<script src="./boot.js"></script>';
          return (
            html
              .replace(/\n\s*<script src="\.\/boot\.js"><\/script>/, '')
              // The app's own scripts: the start page is in the HTML, so its first paint
              // needs only the stylesheet; the scripts (which make it interactive) come next.
              .replace(
                /<(script type="module"|link rel="modulepreload")/g,
                '<$1 fetchpriority="low"',
              )
              // boot.js last in the head, after the stylesheet: it still runs before the body
              // is parsed (so a deep link never flashes the start page, in any browser),
              // without holding up the stylesheet or the scripts above it.
              .replace('</head>', `  ${meta}\n    ${boot}\n  </head>`)
          );
        }
        if (ctx.filename.endsWith('embed.html')) {
          const links = needs(['src/screens/QuestionScreen.tsx'])
            .map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`)
            .join('\n    ');
          return html.replace('</head>', `  ${links}\n  </head>`);
        }
        return html;
      },
    },
  };
}

/** The chunks of these modules and everything they import statically, in load order. */
function chunksFor(bundle: OutputBundle, modules: string[]): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const out: string[] = [];
  const visit = (file: string) => {
    if (out.includes(file)) return;
    out.push(file);
    const chunk = chunks.find((c) => c.fileName === file);
    for (const dep of chunk?.imports ?? []) visit(dep);
  };
  for (const m of modules) {
    const chunk = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(m)));
    if (!chunk) throw new Error(`preload-first-screen: no chunk for ${m}`);
    visit(chunk.fileName);
  }
  return out;
}
