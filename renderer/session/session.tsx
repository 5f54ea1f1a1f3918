// Who is signed in. The session token lives in sessionStorage: it survives a reload of the window
// but not closing it, and the HTTP bridge never sets cookies.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, type Output } from '../api/index.ts';
import { invalidateReference } from '../api/reference.ts';

export type SessionUser = Output<'session.signIn'>['user'];

interface SessionState {
  user: SessionUser | null;
  /** True until a stored session has been checked with the server. */
  restoring: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
const STORAGE_KEY = 'epost.session';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [restoring, setRestoring] = useState(true);

  const forget = useCallback(() => {
    window.sessionStorage.removeItem(STORAGE_KEY);
    api.setSession(null);
    invalidateReference();
    setUser(null);
  }, []);

  useEffect(() => {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    const stop = api.onUnauthenticated(forget);
    if (!stored) { setRestoring(false); return stop; }
    api.setSession(stored);
    api.call('session.current', {})
      .then(({ user: current }) => { if (current) setUser(current); else forget(); })
      .catch(forget)
      .finally(() => setRestoring(false));
    return stop;
  }, [forget]);

  const signIn = useCallback(async (username: string, password: string) => {
    const answer = await api.call('session.signIn', { username, password });
    window.sessionStorage.setItem(STORAGE_KEY, answer.token);
    api.setSession(answer.token);
    invalidateReference();
    setUser(answer.user);
  }, []);

  const signOut = useCallback(async () => {
    try { await api.call('session.signOut', {}); } finally { forget(); }
  }, [forget]);

  const value = useMemo(() => ({ user, restoring, signIn, signOut }), [user, restoring, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user, for screens that only render when someone is signed in. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('no user signed in');
  return user;
}
