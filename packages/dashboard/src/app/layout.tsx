import { useContext, useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { LiveStamp } from '../components/live-stamp';
import { RegionPicker } from '../features/region/region-picker';
import { useCalendar } from '../lib/calendar';
import { DefaultRegionContext, isCanonical, parseFilters, withFilters } from '../lib/filters';
import { useTranslation } from '../lib/i18n';
import { useViewer } from './auth';
import { LanguageSwitch } from './language-switch';
import { navItemsFor } from './nav';
import { OfflineBanner } from './offline-banner';
import { UserMenu } from './user-menu';
import { YearPicker } from './year-picker';

/** Header with the pickers, the left nav, and the page. */
export function Layout() {
  const { t, lang } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params, useCalendar(), useContext(DefaultRegionContext));
  const search = `?${withFilters(params, filters).toString()}`;

  // Write the defaults into the URL once, so the address bar always names the view it shows.
  useEffect(() => {
    if (!isCanonical(params, filters)) setParams(withFilters(params, filters), { replace: true });
  }, [params, filters, setParams]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const items = navItemsFor(viewer.role);
  const { pathname } = useLocation();
  // The page open now, also below its own path (a kecamatan of Kemiskinan ekstrem).
  const current = items.find((item) =>
    item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`),
  );

  // On a phone the navigation folds into one button that names the page open now; it opens the
  // list, and closes when a page is chosen.
  const [navOpen, setNavOpen] = useState(false);
  const listId = useId();
  useEffect(() => {
    if (pathname) setNavOpen(false);
  }, [pathname]);

  // On a tablet the navigation is one scrolling row: bring the current page into it.
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const row = nav.current;
    const link = row?.querySelector<HTMLElement>('a[aria-current="page"]');
    if (pathname && row && link && row.scrollWidth > row.clientWidth) {
      row.scrollLeft = link.offsetLeft - row.offsetLeft - (row.clientWidth - link.offsetWidth) / 2;
    }
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={{ pathname: '/', search }} className="brand">
          <span className="brand__name">Pantau</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="app-header__controls">
          {/* A kelurahan operator works in its own kelurahan: no region to pick. */}
          {viewer.role !== 'REGION_OPERATOR' && <RegionPicker />}
          <YearPicker />
          <LanguageSwitch />
          <UserMenu />
          <LiveStamp />
        </div>
      </header>
      <OfflineBanner />
      <div className="app-body">
        <nav ref={nav} className={navOpen ? 'app-nav app-nav--open' : 'app-nav'} aria-label={t('nav.label')}>
          <button
            type="button"
            className="app-nav__toggle"
            aria-expanded={navOpen}
            aria-controls={listId}
            onClick={() => setNavOpen((open) => !open)}
          >
            <span className="app-nav__toggle-icon" aria-hidden="true" />
            <span className="app-nav__toggle-label">{t('nav.label')}:</span>{' '}
            <span className="app-nav__toggle-current">{current ? t(current.label) : ''}</span>
          </button>
          <ul id={listId}>
            {items.map((item) => (
              <li key={item.path}>
                <NavLink to={{ pathname: item.path, search }} end className="app-nav__link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
