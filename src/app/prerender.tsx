import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from './routes';

/** The start page as static HTML, for index.html (see build/prerender-plugin.ts). */
export function renderStartPage(): string {
  return renderToString(
    <MemoryRouter initialEntries={['/']}>
      <AppRoutes />
    </MemoryRouter>,
  );
}
