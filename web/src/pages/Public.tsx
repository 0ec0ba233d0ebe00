// The public page: published results only, no sign-in, and light — no charts library, no KaTeX:
// bars are plain CSS. Each body links to its published scorecard.
import { useMemo, useState } from 'react';
import { Card, Empty, Segmented, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, cached, type Campaign, type Labels, type Level, type RankedBody, type Ranking } from '../api';
import { pick, type Lang } from '../i18n';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';
import { LevelTag, levelColor } from '../components/LevelTag';
import { Link } from '../components/Link';

interface EditionBrief {
  id: string;
  title: Labels;
  levels: Level[];
  bodyKinds: { id: string; label: Labels }[];
}

function PublishedEdition({ c, r, e }: { c: Campaign; r: Ranking['editions'][number]; e: EditionBrief | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const kinds = useMemo(() => [...new Set(r.bodies.map((b) => b.kind))], [r]);
  const [kind, setKind] = useState(kinds[0] ?? '');
  const levels = e?.levels ?? [];
  const bodies = r.bodies.filter((b) => b.kind === kind);
  const top = Math.max(100, ...bodies.map((b) => Number(b.score)));
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Title level={4}>{e ? pick(e.title, lang) : r.edition}</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <span id={`kinds-${c.id}-${r.edition}`}>{t('rankings.kinds')}</span>
        <Segmented aria-labelledby={`kinds-${c.id}-${r.edition}`} value={kind} onChange={(v) => setKind(v as string)} options={kinds.map((k) => ({ value: k, label: pick(e?.bodyKinds.find((x) => x.id === k)?.label, lang) || k }))} />
      </Space>
      <Table<RankedBody>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={bodies}
        data-testid="public-ranking"
        columns={[
          { title: t('common.rank'), dataIndex: 'rank', width: 70, sorter: (a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9), defaultSortOrder: 'ascend' },
          { title: t('common.body'), key: 'name', sorter: (a, b) => pick(a.name, lang).localeCompare(pick(b.name, lang), lang), render: (_, b) => <Link to={`/campaigns/${c.id}/scorecard/${b.id}`}>{pick(b.name, lang)}</Link> },
          { title: t('common.score'), dataIndex: 'score', width: 90, className: 'num', sorter: (a, b) => Number(a.score) - Number(b.score) },
          {
            title: <span className="sr-only">{t('ui.bar')}</span>,
            key: 'bar',
            width: 260,
            render: (_, b) => (
              <div className="bar-cell" aria-hidden>
                <span style={{ width: `${(Number(b.score) / top) * 100}%`, background: levelColor(levels, b.level) }} />
              </div>
            ),
          },
          { title: t('common.level'), key: 'level', width: 220, render: (_, b) => <LevelTag levels={levels} id={b.level} /> },
        ]}
      />
    </div>
  );
}

function PublishedCampaign({ c, editions }: { c: Campaign; editions: EditionBrief[] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const ranking = useData(() => api<Ranking>(`/api/campaigns/${c.id}/snapshots/published/ranking`), [c.id]);
  return (
    <Card title={pick(c.title, lang)} className="card-title-wrap" style={{ marginBottom: 16 }} data-testid={`public-campaign-${c.code}`}>
      {c.synthetic && <SyntheticBanner />}
      {ranking.loading ? <Loading /> : ranking.error ? <Failure error={ranking.error} /> : ranking.data!.editions.map((r) => <PublishedEdition key={r.edition} c={c} r={r} e={editions.find((e) => e.id === r.edition)} />)}
    </Card>
  );
}

export default function PublicPage() {
  const { t } = useTranslation();
  const campaigns = useData(() => api<Campaign[]>('/api/campaigns'), []);
  const editions = useData(() => cached<EditionBrief[]>('/api/editions'), []);
  if (campaigns.loading) return <Loading />;
  if (campaigns.error) return <Failure error={campaigns.error} />;
  const published = (campaigns.data ?? []).filter((c) => c.publishedSnapshot !== null);
  return (
    <>
      <Typography.Title level={2}>{t('public.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('public.intro')}</Typography.Paragraph>
      {published.length === 0 ? <Empty description={t('public.nothing')} /> : published.map((c) => <PublishedCampaign key={c.id} c={c} editions={editions.data ?? []} />)}
    </>
  );
}
