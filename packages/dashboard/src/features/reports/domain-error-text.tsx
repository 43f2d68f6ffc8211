import type { CombinedError } from '@urql/core';
import { errorMessageKey } from '../../components/query-state';
import { useTranslation } from '../../lib/i18n';
import { type DomainErrorLike, domainErrorKey } from './report-errors';

/** A DomainError in the interface language, chosen by its code. */
export function DomainErrorText({ error }: { error: DomainErrorLike }) {
  const { t } = useTranslation();
  return <>{t(domainErrorKey(error.code, 'reports.error.unknown'))}</>;
}

/** A failed request (network, session, server) as one sentence that says what to do. */
export function RequestErrorText({ error }: { error: CombinedError }) {
  const { t } = useTranslation();
  return <>{t(errorMessageKey(error))}</>;
}
