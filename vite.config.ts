import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { prerenderStartPage } from './build/prerender-plugin';

export default defineConfig({
  // Relative asset URLs: the build works from any folder of any static host.
  base: './',
  plugins: [react(), tailwindcss(), prerenderStartPage()],
  build: {
    target: 'es2022',
    // Keep every stylesheet and script as a file: the app runs under a strict CSP.
    assetsInlineLimit: 0,
    // Read by scripts/first-load.mjs to measure what each page loads first.
    manifest: true,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        // The wizard alone, for other sites' iframes (docs/embedding.md).
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
