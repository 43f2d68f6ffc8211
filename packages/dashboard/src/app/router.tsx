import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { SummaryPage } from '../pages/summary-page';
import { RequireAuth, RouteLoading } from './auth';
import { Layout } from './layout';
import { LOGIN_PATH } from './nav';
import { RouteError } from './route-error';

// One route per page in pages/; a page joins the nav through nav.ts. Everything but the login
// form needs a session (the API answers nothing without one).
export const router = createBrowserRouter([
  { path: LOGIN_PATH, element: <LoginPage />, errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      // Full screen, without the header and nav; its code (and pptxgenjs, pdf-lib) loads on demand.
      {
        path: '/rakor',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('../pages/rakor-page')).RakorPage }),
        // Shown while the page's code loads when /rakor is the first address opened.
        HydrateFallback: RouteLoading,
      },
      {
        element: <Layout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <SummaryPage /> },
              // Each page its own chunk (ECharts, the map boundaries and the page code load on demand).
              {
                path: '/kemiskinan',
                lazy: async () => ({ Component: (await import('../pages/poverty-page')).PovertyPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/kemiskinan-ekstrem',
                lazy: async () => ({ Component: (await import('../pages/extreme-poverty-page')).ExtremePovertyPage }),
                HydrateFallback: RouteLoading,
              },
              { path: '/rumah-tangga', lazy: async () => ({ Component: (await import('../pages/households-page')).HouseholdsPage }) },
              {
                path: '/anggaran',
                lazy: async () => ({ Component: (await import('../pages/budget-page')).BudgetPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/program',
                lazy: async () => ({ Component: (await import('../pages/programs-page')).ProgramsPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/prioritas',
                lazy: async () => ({ Component: (await import('../pages/priorities-page')).PrioritiesPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/tindak-lanjut',
                lazy: async () => ({ Component: (await import('../pages/follow-ups-page')).FollowUpsPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/laporan',
                lazy: async () => ({ Component: (await import('../pages/opd-reports-page')).OpdReportsPage }),
                HydrateFallback: RouteLoading,
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
