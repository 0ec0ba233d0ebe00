// Who is signed in, and sign-in (a dialog loaded on demand) / sign-out.
import { lazy, Suspense, useState } from 'react';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth';
import { navigate } from '../router';

const LoginDialog = lazy(() => import('./LoginDialog'));

export function Account() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const [open, setOpen] = useState(false);

  if (me.signedIn) {
    const full = t('auth.signedInAs', { login: me.login, role: t(`roles.${me.role}`) });
    // Long logins and role names truncate (app.css .shell-account); the tooltip and the
    // accessible name carry the full text, and the label takes focus so keyboard users get it too.
    return (
      <>
        <Tooltip title={full} trigger={['hover', 'focus']}>
          <span className="shell-account" data-testid="signed-in-as" aria-label={full} role="note" tabIndex={0}>
            <strong translate="no">{me.login}</strong> · {t(`roles.${me.role}`)}
          </span>
        </Tooltip>
        <Button onClick={() => void logout().then(() => navigate('/'))} data-testid="logout">
          {t('auth.logout')}
        </Button>
      </>
    );
  }
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="login-open">
        {t('auth.login')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <LoginDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
