import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useTranslation } from '../lib/i18n';

/** Shown when a page throws while rendering: says so and offers a way back. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="notice notice--error" role="alert">
      <h1 className="notice__title">{t(notFound ? 'notFound.title' : 'routeError.title')}</h1>
      <p>{t(notFound ? 'notFound.body' : 'routeError.body')}</p>
      <p>
        <Link to="/" className="button" reloadDocument={!notFound}>
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}
