import { createContext, useContext } from 'react';
import type { AppSettings } from '../../shared/domain/settings';
import type { SessionUser } from '../../shared/domain/users';

export interface Session {
  user: SessionUser;
  settings: AppSettings;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user and the install's settings, for any component inside the shell. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is only available inside the shell');
  return session;
}
