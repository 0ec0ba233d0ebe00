// Sign-in (a small dialog with labelled fields) and sign-out, and who is signed in.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api';
import { useAuth } from '../auth';
import type { Lang } from '../i18n';
import { navigate } from '../router';

export function Account() {
  const { t, i18n } = useTranslation();
  const { me, login, logout } = useAuth();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ login: string; password: string }>();

  if (me.signedIn)
    return (
      <>
        <Typography.Text type="secondary" data-testid="signed-in-as" title={t('auth.signedInAs', { login: me.login, role: t(`roles.${me.role}`) })}>
          <strong>{me.login}</strong> · {t(`roles.${me.role}`)}
        </Typography.Text>
        <Button onClick={() => void logout().then(() => navigate('/'))} data-testid="logout">
          {t('auth.logout')}
        </Button>
      </>
    );

  const submit = async (v: { login: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.login, v.password);
      setOpen(false);
      form.resetFields();
      navigate('/');
    } catch (e) {
      setError(e instanceof ApiFailure ? e.text(i18n.language as Lang) : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="login-open">
        {t('auth.login')}
      </Button>
      <Modal open={open} title={t('auth.login')} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item label={t('auth.loginField')} name="login" rules={[{ required: true, message: '' }]}>
            <Input autoComplete="username" autoFocus data-testid="login-name" />
          </Form.Item>
          <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: '' }]}>
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon message={t('auth.failed')} description={error} style={{ marginBottom: 12 }} />}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('auth.demoHint')}
          </Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={busy} block data-testid="login-submit">
            {t('auth.submit')}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
