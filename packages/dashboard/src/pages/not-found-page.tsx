import { Link } from 'react-router';
import { useFilters } from '../lib/filters';
import { useTranslation } from '../lib/i18n';

/** An address no page answers: not a placeholder for a planned page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const { search } = useFilters();
  return (
    <div className="page">
      <title>{`${t('notFound.title')} · Pantau`}</title>
      <div className="notice notice--empty">
        <h1 className="notice__title">{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <Link to={{ pathname: '/', search }} className="button">
            {t('notFound.back')}
          </Link>
        </p>
      </div>
    </div>
  );
}
