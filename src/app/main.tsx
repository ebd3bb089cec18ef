import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { AppRoutes } from './routes';
import { FragmentCatchUp } from './FragmentCatchUp';
import { repairLocation } from '../share/repair';
import '../styles.css';
import { firmSettings } from '../firm/loadSettings';

// The firm's settings file is fetched alongside the app's code and read when a screen needs
// it: it never holds up the first question.
void firmSettings();

repairLocation();

const app = (
  <StrictMode>
    <HashRouter>
      <FragmentCatchUp />
      <AppRoutes />
    </HashRouter>
  </StrictMode>
);

const root = document.getElementById('root');
// The same test as boot.js, made after repairLocation() may have restored a fragment.
const deepLink = !/^(#\/?)?$/.test(window.location.hash);
if (root && !deepLink && root.firstElementChild) {
  // The start page is already in the HTML (prerendered at build time): take it over in
  // place, so nothing is replaced under the user's focus or pointer. As a transition, React
  // hydrates in slices and lets the browser respond between them (a click on a part not yet
  // hydrated hydrates that part first), instead of in one long task.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else if (root) {
  // A deep link: boot.js hid the prerendered start page. Remove it so it can't reappear,
  // and render the real screen over the same header (Layout then drops the class).
  document.querySelector('#main > .prerendered')?.remove();
  // As a transition, React renders the decision in slices and lets the browser paint and
  // respond between them, instead of in one long task.
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(app));
}
