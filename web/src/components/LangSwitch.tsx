// kk / ru / en, switchable at any moment; the choice is remembered (i18n.ts).
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGS, setLang, type Lang } from '../i18n';

const NAMES: Record<Lang, string> = { kk: 'Қаз', ru: 'Рус', en: 'Eng' };

export function LangSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented
      aria-label={t('lang.label')}
      size="small"
      value={i18n.language}
      onChange={(v) => setLang(v as Lang)}
      options={LANGS.map((l) => ({ value: l, label: <span data-testid={`lang-${l}`} lang={l}>{NAMES[l]}</span> }))}
    />
  );
}
