// An in-app link: a real <a href> (open in a new tab, keyboard, screen readers) that navigates without a reload.
import type { ReactNode } from 'react';
import { navigate } from '../router';

export function Link({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  return (
    <a href={to} data-testid={testId} onClick={(e) => (e.preventDefault(), navigate(to))}>
      {children}
    </a>
  );
}
