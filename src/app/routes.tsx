import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import StartScreen from '../screens/StartScreen';
import { Layout } from './Layout';

// Declarative routes: React Router's data router adds ~17 KB gzip we don't use (loaders,
// actions, fetchers). See docs/decisions/002-declarative-router.md.
const DecisionRoute = lazy(async () => {
  const route = import('../screens/DecisionRoute');
  // Opened on a shared link (boot.js marked the page and preloads the outcome screen's
  // chunk): wait for that screen with the route, so the decision renders once. Otherwise it
  // would suspend on the screen's chunk after working out the decision, and React would
  // throw that work away and do it again when the chunk arrives. A failure is the
  // screen's to report (LoadErrorBoundary), not the route's.
  // (Imported here, not at the top: that would put the decision's chunk in the first load.)
  if (document.documentElement.classList.contains('deep-link')) {
    await import('../screens/loadScreens')
      .then((m) => m.loadOutcomeScreen())
      .catch(() => undefined);
  }
  return route;
});
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
