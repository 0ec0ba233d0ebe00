// The sign-in dialog, loaded only when someone opens it: the form machinery stays out of the public page's bundle.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api';
import { useAuth } from '../auth';
import type { Lang } from '../i18n';
import { navigate } from '../router';

export default function LoginDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { login } = useAuth();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (v: { login: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.login, v.password);
      onClose();
      navigate('/');
    } catch (e) {
      setError(e instanceof ApiFailure ? e.text(i18n.language as Lang) : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('auth.login')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form layout="vertical" onFinish={(v: { login: string; password: string }) => void submit(v)} requiredMark={false}>
        <Form.Item label={t('auth.loginField')} name="login" rules={[{ required: true, message: t('entry.required') }]}>
          <Input autoComplete="username" autoFocus data-testid="login-name" />
        </Form.Item>
        <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('entry.required') }]}>
          <Input.Password autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        {error && <Alert type="error" showIcon message={t('auth.failed')} description={error} style={{ marginBottom: 12 }} />}
        <p style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('auth.demoHint')}</p>
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="login-submit">
          {t('auth.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
