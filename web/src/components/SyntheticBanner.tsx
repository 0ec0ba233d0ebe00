// Every SYNTHETIC campaign carries this banner, so invented scores are never mistaken for results.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

export function SyntheticBanner() {
  const { t } = useTranslation();
  return <Alert type="warning" banner showIcon message={<strong data-testid="synthetic-banner">{t('synthetic')}</strong>} style={{ marginBottom: 16 }} />;
}
