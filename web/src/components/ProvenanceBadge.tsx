// Where a formula comes from. Reconstructed formulas (lost images in the act) get a coloured badge,
// medium and low confidence most visibly, so a reader knows which numbers rest on a reconstruction.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Provenance } from '../api';

const COLOR: Record<string, string> = {
  text: 'default',
  'worked-example': 'cyan',
  'reconstructed-high': 'blue',
  'reconstructed-medium': 'orange',
  'reconstructed-low': 'red',
};

export const isWeak = (p: Provenance | undefined): boolean => p?.kind === 'reconstructed-medium' || p?.kind === 'reconstructed-low';

export function ProvenanceBadge({ p, quietText = false }: { p: Provenance | undefined; quietText?: boolean }) {
  const { t } = useTranslation();
  if (!p || (quietText && p.kind === 'text')) return null;
  const extra = [p.formulaId, p.decision].filter(Boolean).join(' · ');
  const tip = [p.kind.startsWith('reconstructed') ? t('provenance.help') : '', extra, p.note].filter(Boolean).join('\n');
  const tag = (
    <Tag color={COLOR[p.kind]} data-provenance={p.kind} style={{ marginInlineEnd: 0 }}>
      {t(`provenance.${p.kind}`)}
    </Tag>
  );
  return tip ? <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{tip}</span>}>{tag}</Tooltip> : tag;
}
