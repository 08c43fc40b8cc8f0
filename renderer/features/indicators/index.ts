import { lazy } from 'react';

/**
 * What other features may use of the indicators: the dashboard of the Rapports page, loaded on demand so
 * that its charts (@mantine/charts, recharts) are fetched only when a coordinator opens the page.
 */
export const IndicatorsDashboard = lazy(() => import('./IndicatorsDashboard'));
