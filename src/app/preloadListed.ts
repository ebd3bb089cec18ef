/**
 * Fetches the modules a build-time meta tag lists (build/preload-plugin.ts) as
 * modulepreloads: downloaded and compiled, not run. Running them is what `import()` would
 * add, and a chunk's first run is one long task that holds up whatever the user does next.
 * Returns false where there is no list (the dev server), for the caller to load otherwise.
 */
export function preloadListed(name: string): boolean {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!meta) return false;
  for (const href of meta.content.split(' ').filter(Boolean)) {
    if (document.querySelector(`link[rel="modulepreload"][href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.setAttribute('fetchpriority', 'low');
    link.href = href;
    document.head.appendChild(link);
  }
  return true;
}
