// Why a subject has its risk degree: the p.4 triggers with their values, thresholds and windows,
// the violations found (criterion text, source, severity) and the subjective score where applied.
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick, type Lang } from '../../i18n';
import { SEVERITY_COLOR, type AssessmentJson, type EditionView } from './types';

const OP: Record<string, string> = { '>=': '≥', '<=': '≤', '!=': '≠', '==': '=' };

export function Why({ a, edition }: { a: AssessmentJson; edition?: EditionView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const trig = (id: string) => edition?.triggers.find((x) => x.id === id);
  const s = a.subjective;
  return (
    <div style={{ padding: '4px 8px' }}>
      <Typography.Text strong>{t('risk.triggers')}</Typography.Text>
      <ul>
        {a.objective.triggers.map((tr) => (
          <li key={tr.id}>
            <Tag color={tr.met ? 'red' : 'default'}>{tr.met ? t('risk.met') : t('risk.notMet')}</Tag>
            {tr.id} ({tr.paragraph}): {String(tr.value)} {OP[tr.op] ?? tr.op} {tr.threshold}
            {tr.window && <Typography.Text type="secondary"> · {tr.window.from} – {tr.window.to}</Typography.Text>}
            {trig(tr.id) && <div className="risk-muted">{pick(trig(tr.id)!.label, lang)}</div>}
          </li>
        ))}
      </ul>
      {a.violations.length > 0 && (
        <>
          <Typography.Text strong>{t('risk.violations')}</Typography.Text>
          <ul>
            {a.violations.map((v, i) => (
              <li key={i}>
                <Tag color={SEVERITY_COLOR[v.severity]}>{t(`risk.severity.${v.severity}`, { defaultValue: v.severity })}</Tag>
                {pick(v.label, lang)} <Typography.Text type="secondary">({v.source}, {t('risk.row')} {v.row})</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {s?.SP && (
        <Typography.Paragraph>
          <Typography.Text strong>{t('risk.subjective')}: </Typography.Text>
          {s.grossOverride ? t('risk.grossOverride') : t('risk.spParts', { spz: s.SPz?.value ?? '0.00', spn: s.SPn?.value ?? '0.00' })} → <span className="num">SP = {s.SP.value}</span>
          {a.s1Control && <Typography.Text type="secondary"> · S1: {a.s1Control}</Typography.Text>}
        </Typography.Paragraph>
      )}
      {a.gaps.length > 0 && (
        <Typography.Paragraph type="warning">
          {t('risk.gaps')}: {a.gaps.map((g) => g.text).join('; ')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
