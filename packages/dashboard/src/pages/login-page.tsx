import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../app/auth';
import { LanguageSwitch } from '../app/language-switch';
import { landingPath, NEXT_PARAM, safeNext } from '../app/nav';
import { graphql } from '../lib/graphql';
import { isMessageKey, type MessageKey, useTranslation } from '../lib/i18n';

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      __typename
      ... on MutationLoginSuccess { data { id username displayName role regionCode opdId clusterId } }
      ... on DomainError { code field message }
    }
  }
`);

// A deployment started without the demo and without users yet: the form cannot work, so say how
// the first administrator is made (the link the server printed, or the command line).
export const LoginSetupStatusQuery = graphql(`
  query LoginSetupStatus { setupStatus { needed } }
`);

interface FormError {
  key: MessageKey;
  /** The input at fault, as the API names it. */
  field: string | null;
}

/** Masuk: the only page without a session. A signed-in visitor goes straight on. */
export function LoginPage() {
  const { t, lang } = useTranslation();
  const { status, viewer, signedIn } = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get(NEXT_PARAM));
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [setup] = useQuery({ query: LoginSetupStatusQuery });
  const setupNeeded = setup.data?.setupStatus.needed === true;
  const [error, setError] = useState<FormError | null>(null);
  const usernameId = useId();
  const passwordId = useId();
  const errorId = useId();
  const username = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  if (status === 'signedIn' && viewer) return <Navigate to={next ?? landingPath(viewer.role)} replace />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const name = String(form.get('username') ?? '').trim();
    const secret = String(form.get('password') ?? '');
    if (!name || !secret) {
      setError({ key: 'login.missing', field: name ? 'password' : 'username' });
      (name ? password : username).current?.focus();
      return;
    }
    setError(null);
    const result = await login({ username: name, password: secret });
    const answer = result.data?.login;
    if (answer?.__typename === 'MutationLoginSuccess') {
      signedIn(answer.data);
      return;
    }
    if (answer?.__typename === 'DomainError') {
      const key = `error.${answer.code}`;
      setError({ key: isMessageKey(key) ? key : 'login.failed', field: answer.field ?? null });
    } else {
      setError({ key: result.error?.networkError ? 'login.unreachable' : 'login.failed', field: null });
    }
    // Wrong credentials: the password is what people retype.
    password.current?.select();
    password.current?.focus();
  }

  const invalid = (field: string) => (error?.field === field ? true : undefined);
  return (
    <div className="login">
      <title>{`${t('login.title')} · Pantau`}</title>
      <main className="login__main">
        <div className="login__intro">
          <p className="login__brand">Pantau</p>
          <p className="login__tagline">{t('login.description')}</p>
        </div>
        <form className="login__card" onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
          <h1 className="login__title">{t('login.title')}</h1>
          {setupNeeded && (
            <div className="login__setup" role="status">
              <p className="login__setup-title">{t('login.setupNeeded.title')}</p>
              <p>{t('login.setupNeeded.body')}</p>
            </div>
          )}
          {error && (
            <p id={errorId} className="login__error" role="alert">
              {t(error.key)}
            </p>
          )}
          <div className="login__field">
            <label htmlFor={usernameId}>{t('login.username')}</label>
            <input
              ref={username}
              id={usernameId}
              name="username"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              // The one thing to do on this page.
              // biome-ignore lint/a11y/noAutofocus: the form is the page; focus saves a click.
              autoFocus
              aria-invalid={invalid('username')}
            />
          </div>
          <div className="login__field">
            <label htmlFor={passwordId}>{t('login.password')}</label>
            <input
              ref={password}
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={invalid('password')}
            />
          </div>
          <button type="submit" className="button login__submit" disabled={fetching}>
            {fetching ? t('login.submitting') : t('login.submit')}
          </button>
          {status === 'unreachable' && (
            <p className="login__note" role="status">
              {t('login.serverDown')}
            </p>
          )}
        </form>
        <footer className="login__footer">
          <p>{t('login.footer')}</p>
          <LanguageSwitch />
        </footer>
      </main>
    </div>
  );
}
