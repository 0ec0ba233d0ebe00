// Who is signed in, and sign-in (a dialog loaded on demand) / sign-out.
import { lazy, Suspense, useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth';
import { navigate } from '../router';

const LoginDialog = lazy(() => import('./LoginDialog'));

export function Account() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const [open, setOpen] = useState(false);

  if (me.signedIn)
    return (
      <>
        <span data-testid="signed-in-as" title={t('auth.signedInAs', { login: me.login, role: t(`roles.${me.role}`) })} style={{ color: 'rgba(0,0,0,0.45)' }}>
          <strong>{me.login}</strong> · {t(`roles.${me.role}`)}
        </span>
        <Button onClick={() => void logout().then(() => navigate('/'))} data-testid="logout">
          {t('auth.logout')}
        </Button>
      </>
    );
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
