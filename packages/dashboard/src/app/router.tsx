import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../pages/not-found-page';
import { SummaryPage } from '../pages/summary-page';
import { RequireAuth, RoleHome, RouteLoading } from './auth';
import { Layout } from './layout';
import { LOGIN_PATH, SETUP_PATH } from './nav';
import { RouteError } from './route-error';

// One route per page in pages/; a page joins the nav through nav.ts. Everything but the login
// form and the first-run set-up needs a session (the API answers nothing without one).
export const router = createBrowserRouter([
  // Its own chunk: a signed-in visitor's first page never shows it.
  {
    path: LOGIN_PATH,
    errorElement: <RouteError />,
    lazy: async () => ({ Component: (await import('../pages/login-page')).LoginPage }),
    HydrateFallback: RouteLoading,
  },
  {
    path: SETUP_PATH,
    errorElement: <RouteError />,
    lazy: async () => ({ Component: (await import('../pages/setup-page')).SetupPage }),
    HydrateFallback: RouteLoading,
  },
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
              {
                index: true,
                element: (
                  <RoleHome>
                    <SummaryPage />
                  </RoleHome>
                ),
              },
              // The kelurahan operator's first page (nav.ts lands the role here).
              {
                path: '/kelurahan-saya',
                lazy: async () => ({ Component: (await import('../pages/my-kelurahan-page')).MyKelurahanPage }),
                HydrateFallback: RouteLoading,
              },
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
                path: '/rapat-koordinasi',
                lazy: async () => ({ Component: (await import('../pages/rakor-meetings-page')).RakorMeetingsPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/laporan',
                lazy: async () => ({ Component: (await import('../pages/opd-reports-page')).OpdReportsPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/impor',
                lazy: async () => ({ Component: (await import('../pages/import-page')).ImportPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/pengaturan',
                lazy: async () => ({ Component: (await import('../pages/settings-page')).SettingsPage }),
                HydrateFallback: RouteLoading,
              },
              {
                path: '/audit',
                lazy: async () => ({ Component: (await import('../pages/audit-page')).AuditPage }),
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
