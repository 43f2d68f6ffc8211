import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { EmptyState, QueryState } from '../components/query-state';
import { ImportWizard } from '../features/import/import-wizard';
import { KindPicker_ImportKindInfoFragment } from '../features/import/kind-picker';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import '../features/import/import.css';

// The kinds with their templates and fields, and the kabupaten/kota names the links after an
// import are labelled with (an import reports the codes it changed).
export const ImportPageQuery = graphql(
  `
  query ImportPage {
    importKinds { kind ...KindPicker_ImportKindInfoFragment }
    regencies: regions(level: KABUPATEN_KOTA) { code name }
  }
`,
  [KindPicker_ImportKindInfoFragment],
);

/** Impor data: the secretariat brings regions, household registries, programs and budget files in. */
export function ImportPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const admin = viewer.role === 'ADMIN';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ImportPageQuery, pause: !admin });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const regionNames = useMemo(() => new Map((data?.regencies ?? []).map((r) => [r.code, r.name])), [data?.regencies]);
  const title = t('import.title');

  return (
    <div className="page import-page">
      <title>{`${title} · Pantau`}</title>
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <p className="page__subtitle">
          {t(viewer.regionCode ? 'import.subtitleRegion' : 'import.subtitle', { region: viewer.regionCode ?? '' })}
        </p>
      </header>
      {!admin ? (
        <EmptyState title={t('import.notForRole.title')}>
          <p>{t('import.notForRole.body')}</p>
        </EmptyState>
      ) : (
        <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<ImportSkeleton />}>
          {({ importKinds }) => <ImportWizard kinds={importKinds} regionNames={regionNames} />}
        </QueryState>
      )}
    </div>
  );
}

function ImportSkeleton() {
  return (
    <div className="card import-step" aria-hidden="true">
      <div className="skeleton skeleton--line" />
      <div className="import-kind__choices">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="skeleton import-kind__skeleton" />
        ))}
      </div>
    </div>
  );
}
