import type { ReactNode } from 'react';
import { AuthProvider } from './auth';

/** App-wide context: the GraphQL client and the session. Language needs no provider (lib/i18n.ts). */
export function Providers({ children }: { children: ReactNode }) {
  return <AuthProvider>{children}</AuthProvider>;
}
