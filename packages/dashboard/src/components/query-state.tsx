import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { isMessageKey, type MessageKey, useTranslation } from '../lib/i18n';
import { authErrorCode } from '../lib/urql';

interface QueryStateProps<Data> {
  fetching: boolean;
  error: CombinedError | undefined;
  /** null when the API answered with errors only (a non-null root field failed). */
  data: Data | null | undefined;
  /** Shown while the first answer is on its way; shaped like what will come. */
  skeleton: ReactNode;
  /** Asks the server again, skipping the cache. */
  onRetry: () => void;
  children: (data: Data) => ReactNode;
}

/**
 * A page's loading, error and content states for one query. Data already on screen stays while
 * a refetch runs, so changing the year does not blank the page.
 */
export function QueryState<Data>({ fetching, error, data, skeleton, onRetry, children }: QueryStateProps<Data>) {
  const { t } = useTranslation();
  if (data == null && fetching) {
    return (
      <div className="stack" aria-busy="true">
        <p className="visually-hidden" role="status">
          {t('state.loading')}
        </p>
        {skeleton}
      </div>
    );
  }
  if (error && data == null) return <ErrorState error={error} onRetry={onRetry} />;
  if (data == null) return <ErrorState onRetry={onRetry} />;
  return (
    <div aria-busy={fetching || undefined} className={fetching ? 'stack is-refreshing' : 'stack'}>
      {error && <ErrorState error={error} onRetry={onRetry} compact />}
      {children(data)}
    </div>
  );
}

/** Which message explains the error: an auth or domain code from the server, or the network. */
export function errorMessageKey(error: CombinedError | undefined): MessageKey {
  if (!error) return 'error.unknown';
  const auth = authErrorCode(error);
  if (auth) return `error.${auth}`;
  for (const gqlError of error.graphQLErrors) {
    const code = gqlError.extensions?.code;
    if (typeof code === 'string' && isMessageKey(`error.${code}`)) return `error.${code}` as MessageKey;
  }
  if (error.networkError) return 'error.network';
  return 'error.server';
}

interface ErrorStateProps {
  error?: CombinedError;
  onRetry: () => void;
  /** A one-line banner above data that is still shown. */
  compact?: boolean;
}

/**
 * A figure the API does not give this role at this level (docs/privacy.md, "Levels not offered"):
 * an answer, not a failure, so it reads as a notice with the reason and no retry.
 */
export function disclosureCode(error: CombinedError | undefined): string | null {
  const code = error?.graphQLErrors.map((e) => e.extensions?.code).find((c) => typeof c === 'string' && c.startsWith('disclosure/'));
  return typeof code === 'string' ? code : null;
}

/** What went wrong and what to do about it, with a retry button. */
export function ErrorState({ error, onRetry, compact = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const key = errorMessageKey(error);
  if (disclosureCode(error)) {
    return (
      <div className="notice notice--info" role="status">
        <p className="notice__title">{t('error.disclosure.title')}</p>
        <p>{t(key)}</p>
      </div>
    );
  }
  // Not allowed is an answer, not a failure: asking again would not change it. (A session that
  // ended is handled by the auth provider, which sends the user to Masuk.)
  const forbidden = authErrorCode(error) === 'auth/forbidden';
  const classes = ['notice', forbidden ? 'notice--forbidden' : 'notice--error', compact ? 'notice--compact' : ''];
  return (
    <div className={classes.join(' ').trim()} role="alert">
      <h2 className="notice__title">{t(forbidden ? 'error.forbidden.title' : 'error.title')}</h2>
      <p>{t(key)}</p>
      {!forbidden && (
        <p>
          <button type="button" className="button" onClick={onRetry}>
            {t('action.retry')}
          </button>
        </p>
      )}
    </div>
  );
}

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
}

/** No data for this choice: says why and what the user can do. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="notice notice--empty">
      <p className="notice__title">{title}</p>
      {children && <div className="notice__body">{children}</div>}
    </div>
  );
}
