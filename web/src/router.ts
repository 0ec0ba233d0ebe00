// A very small router over the History API: the app has a handful of pages, and a route is just
// the path. Links call navigate() so the page does not reload; the service sends index.html for
// every non-API path, so reloading any page works.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  history.pushState(null, '', to);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useLocation(): { path: string; query: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, () => location.pathname + location.search);
  const u = new URL(href, location.origin);
  return { path: u.pathname, query: u.searchParams };
}

/** Match `/campaigns/:id/scorecard` style patterns; returns the named parts or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i]!;
    const optional = part.endsWith('?');
    const seg = s[i];
    if (part.startsWith(':')) {
      if (seg === undefined) {
        if (optional) continue;
        return null;
      }
      out[part.slice(1).replace(/\?$/, '')] = decodeURIComponent(seg);
    } else if (part !== seg) return null;
  }
  return s.length <= p.length ? out : null;
}
