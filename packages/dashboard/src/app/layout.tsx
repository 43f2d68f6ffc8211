import { useContext, useEffect } from 'react';
import { Link, NavLink, Outlet, useSearchParams } from 'react-router';
import { RegionPicker } from '../features/region/region-picker';
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
  const filters = parseFilters(params, new Date(), useContext(DefaultRegionContext));
  const search = `?${withFilters(params, filters).toString()}`;

  // Write the defaults into the URL once, so the address bar always names the view it shows.
  useEffect(() => {
    if (!isCanonical(params, filters)) setParams(withFilters(params, filters), { replace: true });
  }, [params, filters, setParams]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

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
          <RegionPicker />
          <YearPicker />
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      <OfflineBanner />
      <div className="app-body">
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {navItemsFor(viewer.role).map((item) => (
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
