import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import StartScreen from '../screens/StartScreen';
import { Layout } from './Layout';

/** The start page ships with the first load; everything else loads when first needed. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // Nothing is rendered on the server; without this React Router warns on a cold deep link.
    HydrateFallback: () => null,
    children: [
      { index: true, element: <StartScreen /> },
      {
        path: 'decision',
        lazy: async () => ({ Component: (await import('../screens/DecisionRoute')).default }),
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
