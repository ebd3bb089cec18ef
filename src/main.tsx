import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { repairLocation } from './share/repair';
import './styles.css';

repairLocation();

const root = document.getElementById('root');
// index.html carries the prerendered start page; on a deep link boot.js hid it. Remove it
// now so it can't reappear, and let React render the real screen over the same chrome.
if (document.documentElement.classList.contains('deep-link')) {
  document.querySelector('#main > .prerendered')?.remove();
  document.documentElement.classList.remove('deep-link');
}
if (root) {
  createRoot(root).render(
    <StrictMode>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </StrictMode>,
  );
}
