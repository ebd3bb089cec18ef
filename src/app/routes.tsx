import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import StartScreen from '../screens/StartScreen';
import { Layout } from './Layout';

// Declarative routes: React Router's data router adds ~17 KB gzip we don't use (loaders,
// actions, fetchers). See docs/decisions/002-declarative-router.md.
const DecisionRoute = lazy(() =>
  Promise.all([import('../screens/DecisionRoute'), openedOnDecision()]).then(([route]) => route),
);

/**
 * A page opened on a decision link (boot.js marked it, and has the outcome screen's chunk on
 * its way): the route renders once the screen the link opens on is here too (see
 * loadScreenForLink). Imported here, not at the top, which would put the decision's chunk in
 * the first load. A failure is the screen's to report (LoadErrorBoundary), not the route's.
 */
async function openedOnDecision() {
  if (!document.documentElement.classList.contains('deep-link')) return;
  const { hash } = window.location;
  const search = hash.includes('?') ? hash.slice(hash.indexOf('?')) : '';
  await import('../screens/loadScreens')
    .then((m) => m.loadScreenForLink(search))
    .catch(() => undefined);
}
const EmbedBuilder = lazy(() => import('../screens/EmbedBuilder'));
const HowItWorksScreen = lazy(() => import('../screens/HowItWorksScreen'));

/**
 * The start page ships with the first load; everything else loads when first needed
 * (Layout holds the Suspense boundary, so a lazy screen needs no wrapper).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartScreen />} />
        <Route path="decision" element={<DecisionRoute />} />
        <Route path="embed" element={<EmbedBuilder />} />
        <Route path="how-it-works" element={<HowItWorksScreen />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
