import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import StartScreen from '../screens/StartScreen';
import { Layout } from './Layout';

// Declarative routes: React Router's data router adds ~17 KB gzip we don't use (loaders,
// actions, fetchers). See docs/decisions/002-declarative-router.md.
const DecisionRoute = lazy(() => import('../screens/DecisionRoute'));

/** Lazy screens render nothing while their chunk loads: no spinner flash, no layout jump. */
const later = (node: ReactNode) => <Suspense fallback={null}>{node}</Suspense>;

/** The start page ships with the first load; everything else loads when first needed. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartScreen />} />
        <Route path="decision" element={later(<DecisionRoute />)} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
