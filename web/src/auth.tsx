// Who is signed in (GET /api/me), shared by the pages; sign-in and sign-out refresh it.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, type Me } from './api';

const ANON: Me = { login: 'anonymous', role: 'public', signedIn: false, bodies: [], assessingBodies: [], directions: [] };
const INSIDERS = ['administrator', 'methodologist', 'evaluator', 'commission'];

interface AuthState {
  me: Me;
  ready: boolean;
  login(login: string, password: string): Promise<void>;
  logout(): Promise<void>;
}
const Ctx = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me>(ANON);
  const [ready, setReady] = useState(false);
  const refresh = useCallback(async () => {
    try {
      setMe(await api<Me>('/api/me'));
    } catch {
      setMe(ANON);
    }
    setReady(true);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const login = useCallback(
    async (l: string, p: string) => {
      await api('/api/auth/login', { method: 'POST', body: { login: l, password: p } });
      await refresh();
    },
    [refresh],
  );
  const logout = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST', body: {} });
    await refresh();
  }, [refresh]);
  return <Ctx.Provider value={{ me, ready, login, logout }}>{children}</Ctx.Provider>;
}

export function useAuth(): AuthState {
  const c = useContext(Ctx);
  if (!c) throw new Error('useAuth outside AuthProvider');
  return c;
}

/** Sees every body's results and every snapshot, not only the published ones. */
export const isInsider = (me: Me): boolean => me.signedIn && INSIDERS.includes(me.role);
/** May open scorecards: insiders, and body officers for their own bodies. */
export const seesScorecards = (me: Me): boolean => isInsider(me) || (me.signedIn && me.role === 'body_officer');
