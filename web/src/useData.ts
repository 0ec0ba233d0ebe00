// Load something once its inputs are known; re-run when they change; drop answers that arrive late.
import { useEffect, useState, type DependencyList } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

export function useData<T>(load: () => Promise<T> | null, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    let live = true;
    const p = load();
    if (!p) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    setState((s) => ({ data: s.data, error: undefined, loading: true }));
    p.then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: unknown) => live && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
