import type { Client } from '@urql/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Provider as UrqlProvider, useQuery } from 'urql';
import { CalendarContext, CalendarFragment, toCalendar } from '../lib/calendar';
import { DefaultRegionContext } from '../lib/filters';
import { graphql, readFragment } from '../lib/graphql';
import { type MessageKey, useTranslation } from '../lib/i18n';
import { createClient } from '../lib/urql';
import { homeRegion, MeQuery, type Viewer } from '../lib/viewer';
import { LOGIN_PATH, landingPath, loginPathFor, offers } from './nav';

const LogoutMutation = graphql(`
  mutation Logout { logout }
`);

/** unknown: `me` has not answered yet; unreachable: it could not be asked (server down). */
export type AuthStatus = 'unknown' | 'signedIn' | 'signedOut' | 'unreachable';

interface AuthValue {
  status: AuthStatus;
  viewer: Viewer | null;
  /** After a successful login: a fresh cache for the new user. */
  signedIn: (viewer: Viewer) => void;
  /** Ends the session on the server, then drops the cache. */
  signOut: () => Promise<void>;
  /** Asks `me` again (the unreachable state's retry button). */
  recheck: () => void;
  /** True after the user pressed Keluar: the login page then opens without a page to return to. */
  signedOutByUser: boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
}

/** The signed-in viewer; for components under <RequireAuth>. */
export function useViewer(): Viewer {
  const { viewer } = useAuth();
  if (!viewer) throw new Error('useViewer outside <RequireAuth>');
  return viewer;
}

interface Session {
  /** Counts sessions in this tab; the key that remounts everything under the provider. */
  id: number;
  client: Client;
  /**
   * What sign-in or sign-out just told us, shown until the new client's `me` answers, so the
   * screen does not flash a loading state between the login form and the landing page.
   */
  known: Viewer | null | undefined;
  signedOutByUser: boolean;
}

/**
 * The GraphQL client and who is signed in. Each session gets its own client: signing out (or
 * the server saying the session ended) drops the cache with it, so nothing of one user's figures
 * is shown to the next.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const onAuthError = useRef<() => void>(() => {});
  const makeClient = useCallback(() => createClient({ onAuthError: () => onAuthError.current() }), []);
  const [session, setSession] = useState<Session>(() => ({ id: 0, client: makeClient(), known: undefined, signedOutByUser: false }));
  const replace = useCallback(
    (known: Viewer | null, signedOutByUser = false) =>
      setSession((previous) => ({ id: previous.id + 1, client: makeClient(), known, signedOutByUser })),
    [makeClient],
  );

  // A new session remounts the app below: no state of one user (a `me` answer, a page's data,
  // an open menu) survives into the next user's first render.
  return (
    <UrqlProvider value={session.client}>
      <AuthState key={session.id} session={session} replace={replace} onAuthError={onAuthError}>
        {children}
      </AuthState>
    </UrqlProvider>
  );
}

interface AuthStateProps {
  session: Session;
  replace: (known: Viewer | null, signedOutByUser?: boolean) => void;
  onAuthError: { current: () => void };
  children: ReactNode;
}

function AuthState({ session, replace, onAuthError, children }: AuthStateProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });
  const recheck = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // A page that hears "auth/…" from the API may mean the session expired: ask `me` again. If it
  // is still there, the page shows "tidak berwenang"; if not, the effect below signs out.
  onAuthError.current = recheck;

  const viewer = data ? data.me : session.known;
  const calendarData = data ? readFragment(CalendarFragment, data.calendar) : undefined;
  const calendar = useMemo(() => (calendarData ? toCalendar(calendarData) : null), [calendarData]);
  let status: AuthStatus;
  // Signed in once `me` and the calendar have answered: every page reads both.
  if (viewer && calendar) status = 'signedIn';
  else if (viewer === null) status = 'signedOut';
  else if (fetching || !error) status = 'unknown';
  else status = 'unreachable';

  // The server ended a session this client had (expired, or signed out in another tab): start a
  // new client so the old figures go with it.
  const hadViewer = useRef(false);
  useEffect(() => {
    if (data?.me) hadViewer.current = true;
    else if (data && data.me === null && hadViewer.current) {
      hadViewer.current = false;
      replace(null);
    }
  }, [data, replace]);

  const { client } = session;
  const value = useMemo<AuthValue>(
    () => ({
      status,
      viewer: viewer ?? null,
      signedIn: (next) => replace(next),
      signOut: async () => {
        // Even if the server cannot be told (offline), this browser forgets the figures; the
        // cookie then ends by itself when the session expires.
        await client.mutation(LogoutMutation, {}).toPromise();
        replace(null, true);
      },
      recheck,
      signedOutByUser: session.signedOutByUser,
    }),
    [status, viewer, replace, client, recheck, session.signedOutByUser],
  );

  return (
    <AuthContext.Provider value={value}>
      <CalendarContext.Provider value={calendar}>
        <DefaultRegionContext.Provider value={homeRegion(viewer)}>{children}</DefaultRegionContext.Provider>
      </CalendarContext.Provider>
    </AuthContext.Provider>
  );
}

/** Routes behind sign-in: a neutral wait while `me` answers, then the page or the login form. */
export function RequireAuth() {
  const { status, recheck, signedOutByUser } = useAuth();
  const location = useLocation();
  if (status === 'signedIn') return <Outlet />;
  if (status === 'signedOut') {
    const to = signedOutByUser ? LOGIN_PATH : loginPathFor(`${location.pathname}${location.search}${location.hash}`);
    return <Navigate to={to} replace />;
  }
  if (status === 'unreachable') return <Unreachable onRetry={recheck} />;
  return <Checking />;
}

/**
 * The dashboard's home ("/", where the brand links): Ringkasan for the roles whose nav offers it,
 * the role's own first page for the others (a kelurahan operator's Kelurahan saya), never a page
 * that would only say "tidak berwenang".
 */
export function RoleHome({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const location = useLocation();
  if (offers(viewer.role, '/')) return children;
  return <Navigate to={{ pathname: landingPath(viewer.role), search: location.search }} replace />;
}

/** A page's code is still loading (a lazy route opened first). */
export function RouteLoading() {
  return <Checking message="state.loadingPage" />;
}

function Checking({ message = 'auth.checking' }: { message?: MessageKey }) {
  const { t } = useTranslation();
  return (
    <div className="full-page" aria-busy="true">
      <p className="full-page__brand" aria-hidden="true">
        Pantau
      </p>
      <p className="full-page__status" role="status">
        {t(message)}
      </p>
    </div>
  );
}

function Unreachable({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="full-page">
      <p className="full-page__brand" aria-hidden="true">
        Pantau
      </p>
      <div className="notice notice--error full-page__notice" role="alert">
        <h1 className="notice__title">{t('auth.unreachable.title')}</h1>
        <p>{t('error.network')}</p>
        <p>
          <button type="button" className="button" onClick={onRetry}>
            {t('action.retry')}
          </button>
        </p>
      </div>
    </div>
  );
}
