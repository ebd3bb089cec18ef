import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import StartScreen from '../screens/start/StartScreen';
import { Layout } from './Layout';

// Declarative routes: React Router's data router adds ~17 KB gzip we don't use (loaders,
// actions, fetchers). See docs/decisions/002-declarative-router.md.
const DecisionRoute = lazy(() => import('../screens/question/DecisionRoute'));
const EmbedBuilder = lazy(() => import('../screens/builder/EmbedBuilder'));
const HowItWorksScreen = lazy(() => import('../screens/how-it-works/HowItWorksScreen'));
// Through the decision's chunk, whose cited content it shows (docs/decisions/008).
const SourcesScreen = lazy(() =>
  import('../screens/question/DecisionRoute').then((m) => m.loadSourcesScreen()),
);

/**
 * The start page ships with the first load; every other page is a chunk of its own, loaded
 * when first needed (Layout holds the Suspense boundary, so a lazy page needs no wrapper).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartScreen />} />
        <Route path="decision" element={<DecisionRoute />} />
        <Route path="embed" element={<EmbedBuilder />} />
        <Route path="how-it-works" element={<HowItWorksScreen />} />
        <Route path="sources" element={<SourcesScreen />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
