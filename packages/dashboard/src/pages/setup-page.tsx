import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../app/auth';
import { LanguageSwitch } from '../app/language-switch';
import { LOGIN_PATH, landingPath } from '../app/nav';
import { errorMessageKey } from '../components/query-state';
import {
  inputOf,
  MIN_PASSWORD_LENGTH,
  SETUP_FIELDS,
  type SetupErrors,
  type SetupField,
  type SetupValues,
  setupVariables,
  tokenFromHash,
  validateSetup,
} from '../features/setup/setup-form';
import { graphql } from '../lib/graphql';
import { isMessageKey, type MessageKey, useTranslation } from '../lib/i18n';
import '../features/setup/setup.css';

export const SetupPageQuery = graphql(`
  query SetupPage { setupStatus { needed } }
`);

const SetUpFirstAdminMutation = graphql(`
  mutation SetUpFirstAdmin($token: String!, $username: String!, $displayName: String!, $password: String!, $regionCode: String) {
    setUpFirstAdmin(token: $token, username: $username, displayName: $displayName, password: $password, regionCode: $regionCode) {
      __typename
      ... on MutationSetUpFirstAdminSuccess { data { id username displayName role regionCode opdId clusterId } }
      ... on DomainError { code field message }
    }
  }
`);

/** Where the new administrator starts: bringing the region's data in. */
const AFTER_SETUP = '/impor';

/**
 * Siapkan Pantau: the first administrator of a deployment started without the demo. The server
 * prints `/siapkan#<token>` at start while no user exists; the token stays in the fragment.
 */
export function SetupPage() {
  const { t, lang } = useTranslation();
  const { viewer } = useAuth();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SetupPageQuery, requestPolicy: 'network-only' });

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Signed in (just now, by this form, or before): nothing to set up here.
  if (viewer) return <Navigate to={viewer.role === 'ADMIN' ? AFTER_SETUP : landingPath(viewer.role)} replace />;

  let body: ReactNode;
  if (!data && fetching) {
    body = (
      <p className="login__card setup__status" role="status">
        {t('auth.checking')}
      </p>
    );
  } else if (!data) {
    body = (
      <div className="login__card" role="alert">
        <h1 className="login__title">{t('setup.title')}</h1>
        <p>{t(errorMessageKey(error))}</p>
        <p>
          <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('action.retry')}
          </button>
        </p>
      </div>
    );
  } else if (!data.setupStatus.needed) {
    body = (
      <div className="login__card">
        <h1 className="login__title">{t('setup.notNeeded.title')}</h1>
        <p>{t('setup.notNeeded.body')}</p>
        <p>
          <Link className="button login__submit" to={LOGIN_PATH}>
            {t('setup.notNeeded.login')}
          </Link>
        </p>
      </div>
    );
  } else {
    body = <SetupForm onClosed={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  return (
    <div className="login">
      <title>{`${t('setup.title')} · Pantau`}</title>
      <main className="login__main">
        <div className="login__intro">
          <p className="login__brand">Pantau</p>
          <p className="login__tagline">{t(data?.setupStatus.needed === false ? 'login.description' : 'setup.description')}</p>
        </div>
        {body}
        <footer className="login__footer">
          <p>{t('setup.footer')}</p>
          <LanguageSwitch />
        </footer>
      </main>
    </div>
  );
}

const HINTS: Partial<Record<SetupField, MessageKey>> = {
  token: 'setup.hint.token',
  username: 'setup.hint.username',
  password: 'setup.hint.password',
  regionCode: 'setup.hint.regionCode',
};

function SetupForm({ onClosed }: { onClosed: () => void }) {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const location = useLocation();
  const id = useId();
  const linkToken = tokenFromHash(location.hash);
  const [values, setValues] = useState<SetupValues>(() => ({
    token: linkToken,
    username: '',
    displayName: '',
    password: '',
    passwordAgain: '',
    regionCode: '',
  }));
  const [errors, setErrors] = useState<SetupErrors>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  // Without a token in the link, or with one the server refused, the person pastes it.
  const [askToken, setAskToken] = useState(linkToken === '');
  const [{ fetching }, setUp] = useMutation(SetUpFirstAdminMutation);
  const inputs = useRef(new Map<SetupField, HTMLInputElement | null>());

  const focus = (field: SetupField) => inputs.current.get(field)?.focus();

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    const found = validateSetup(values);
    setErrors(found);
    const first = SETUP_FIELDS.find((f) => found[f]);
    if (first) {
      if (first === 'token') setAskToken(true);
      requestAnimationFrame(() => focus(first));
      return;
    }
    const result = await setUp(setupVariables(values));
    const answer = result.data?.setUpFirstAdmin;
    if (answer?.__typename === 'MutationSetUpFirstAdminSuccess') {
      // A fresh client for the new administrator; the page then goes on to Impor data.
      signedIn(answer.data);
      return;
    }
    if (answer?.__typename === 'DomainError') {
      if (answer.code === 'setup/closed') {
        onClosed();
        return;
      }
      const key = `error.${answer.code}`;
      const message: MessageKey = isMessageKey(key) ? key : 'setup.failed';
      const field = inputOf(answer.field);
      if (field) {
        setErrors({ [field]: message });
        if (field === 'token') setAskToken(true);
        requestAnimationFrame(() => focus(field));
      } else setFormError(message);
      return;
    }
    setFormError(errorMessageKey(result.error));
  }

  const field = (name: SetupField, label: MessageKey, props: { type?: string; autoComplete?: string; required?: boolean } = {}) => {
    const inputId = `${id}-${name}`;
    const hint = HINTS[name];
    const error = errors[name];
    const describedBy = [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className="login__field">
        <label htmlFor={inputId}>
          {t(label)}
          {props.required === false && <span className="setup__optional"> {t('setup.optional')}</span>}
        </label>
        <input
          ref={(el) => {
            inputs.current.set(name, el);
          }}
          id={inputId}
          name={name}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          required={props.required !== false}
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const value = e.target.value;
            setValues((v) => ({ ...v, [name]: value }));
            if (errors[name]) setErrors((all) => ({ ...all, [name]: undefined }));
          }}
        />
        {hint && (
          <p id={`${inputId}-hint`} className="setup__hint">
            {t(hint, { min: MIN_PASSWORD_LENGTH })}
          </p>
        )}
        {error && (
          <p id={`${inputId}-error`} className="setup__error">
            {t(error, { min: MIN_PASSWORD_LENGTH })}
          </p>
        )}
      </div>
    );
  };

  const errorCount = Object.values(errors).filter(Boolean).length;
  return (
    <form className="login__card setup__card" onSubmit={submit} noValidate>
      <h1 className="login__title">{t('setup.title')}</h1>
      <p className="setup__lead">{t('setup.lead')}</p>
      {formError && (
        <p className="login__error" role="alert">
          {t(formError)}
        </p>
      )}
      {errorCount > 0 && (
        <p className="visually-hidden" role="alert">
          {t('setup.errorCount', { count: errorCount })}
        </p>
      )}
      {askToken && field('token', 'setup.field.token', { autoComplete: 'off' })}
      {field('username', 'setup.field.username', { autoComplete: 'username' })}
      {field('displayName', 'setup.field.displayName', { autoComplete: 'organization' })}
      {field('password', 'setup.field.password', { type: 'password', autoComplete: 'new-password' })}
      {field('passwordAgain', 'setup.field.passwordAgain', { type: 'password', autoComplete: 'new-password' })}
      {field('regionCode', 'setup.field.regionCode', { required: false, autoComplete: 'off' })}
      <button type="submit" className="button login__submit" disabled={fetching}>
        {fetching ? t('setup.submitting') : t('setup.submit')}
      </button>
    </form>
  );
}
