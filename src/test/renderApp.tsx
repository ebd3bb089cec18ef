import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { HashRouter, MemoryRouter, useLocation, type Location } from 'react-router';
import { AppRoutes } from '../app/routes';

/**
 * Renders the whole app at `path`, as the browser would, and exposes the router's
 * current location for assertions (`router.state.location`).
 */
export function renderApp(path: string, { hash = false } = {}) {
  const seen: { location?: Location } = {};
  function Probe() {
    const location = useLocation();
    // In the commit that shows the new screen, not in a passive effect that may run after
    // a test has already found that screen (it did, once, on a loaded CI machine).
    useLayoutEffect(() => {
      seen.location = location;
    }, [location]);
    return null;
  }
  const app = (
    <>
      <AppRoutes />
      <Probe />
    </>
  );
  const result = render(
    hash ? (
      <HashRouter>{app}</HashRouter>
    ) : (
      <MemoryRouter initialEntries={[path]}>{app}</MemoryRouter>
    ),
  );
  const router = {
    get state() {
      if (!seen.location) throw new Error('the app has not rendered yet');
      return { location: seen.location };
    },
    dispose: () => result.unmount(),
  };
  return { router, ...result };
}
