// Loading and error states shared by the pages; errors show the service's message in the user's language.
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api';
import type { Lang } from '../i18n';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status">
      <Spin /> <span style={{ marginLeft: 8 }}>{t('common.loading')}</span>
    </div>
  );
}

export function Failure({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const msg = error instanceof ApiFailure ? error.text(i18n.language as Lang) : error instanceof Error ? error.message : String(error);
  return <Alert type="error" showIcon message={t('common.error')} description={msg} style={{ margin: '16px 0' }} />;
}
