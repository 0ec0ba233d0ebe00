// Rankings of a campaign: overall scores as bars coloured by level, the directions side by side,
// a radar per body (its directions as shares of the maximum against the pool's mean) with its
// scores year over year, and a sortable table exported as CSV for Excel. Body kinds are ranked
// separately, as the acts rank them.
import { useMemo, useState } from 'react';
import { Button, Card, Col, Row, Segmented, Select, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { csv, downloadCsv } from '../csv';
import { api, getEdition, type Campaign, type CampaignFull, type Edition, type RankedBody, type Ranking, type Scorecard } from '../api';
import { pick, type Lang } from '../i18n';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';
import { LevelTag, levelColor } from '../components/LevelTag';
import { Chart } from '../components/Chart';
import { Link } from '../components/Link';

/** Run `f` over `items` with at most `n` at a time (the scorecards of every body, without a stampede). */
async function pool<T, R>(items: T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i]!);
      }
    }),
  );
  return out;
}

function Overall({ bodies, edition }: { bodies: RankedBody[]; edition: Edition }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const sorted = [...bodies].sort((a, b) => Number(a.score) - Number(b.score));
  return (
    <Chart
      label={t('rankings.overall')}
      height={Math.max(260, sorted.length * 22 + 60)}
      option={{
        grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
        tooltip: { trigger: 'item', formatter: (p: unknown) => { const d = p as { name: string; value: number; dataIndex: number }; const b = sorted[d.dataIndex]!; return `${d.name}<br/>${b.score} — ${pick(edition.levels.find((l) => l.id === b.level)?.label, lang)}`; } },
        xAxis: { type: 'value', max: 100 },
        yAxis: { type: 'category', data: sorted.map((b) => pick(b.name, lang)), axisLabel: { width: 260, overflow: 'truncate' } },
        series: [{ type: 'bar', data: sorted.map((b) => ({ value: Number(b.score), itemStyle: { color: levelColor(edition.levels, b.level) } })), label: { show: true, position: 'right', formatter: (p: unknown) => String((p as { value: number }).value.toFixed(edition.precision)) } }],
      }}
    />
  );
}

type DirValues = Map<string, Record<string, string>>;
/** Body id → direction id → the direction's maximum for that body (from the scorecard). */
type DirMax = Map<string, Record<string, string>>;

const directionsOf = (e: Edition) => (e.gradedNodes.length ? e.gradedNodes : e.root.children.map((c) => c.id));

/** Every body's scorecard, reduced to the values of the directions (body id → node id → value). */
async function directionValues(campaignId: number, bodies: RankedBody[], e: Edition): Promise<{ values: DirValues; max: DirMax }> {
  const dirs = directionsOf(e);
  const cards = await pool(bodies, 4, (b) => api<Scorecard>(`/api/campaigns/${campaignId}/snapshots/latest/bodies/${encodeURIComponent(b.id)}`));
  const of = (c: Scorecard) => c.editions.find((x) => x.edition === e.id)?.nodes ?? [];
  return {
    values: new Map(cards.map((c) => [c.bodyId, Object.fromEntries(dirs.map((d) => [d, of(c).find((n) => n.id === d)?.value ?? '']))])),
    max: new Map(cards.map((c) => [c.bodyId, Object.fromEntries(dirs.map((d) => [d, of(c).find((n) => n.id === d)?.max ?? '']))])),
  };
}

/** The overall scores of every campaign the user may see results of, oldest first (for the year-over-year lines). */
async function history(edition: string): Promise<{ campaign: Campaign; bodies: RankedBody[] }[]> {
  const list = await api<Campaign[]>('/api/campaigns');
  const out = await pool(
    [...list].filter((c) => c.editions.includes(edition)).sort((a, b) => a.periodTo.localeCompare(b.periodTo)),
    2,
    (c) =>
      api<Ranking>(`/api/campaigns/${c.id}/snapshots/latest/ranking`).then(
        (r) => ({ campaign: c, bodies: r.editions.find((x) => x.edition === edition)?.bodies ?? [] }),
        () => null, // no results visible yet in that campaign
      ),
  );
  return out.filter((x): x is NonNullable<typeof x> => x !== null && x.bodies.length > 0);
}

/** Break a label into lines of about `n` characters (radar axis names have no wrapping of their own). */
const wrap = (text: string, n = 22) =>
  text.split(' ').reduce<string[]>((lines, w) => {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + w).length <= n) lines[lines.length - 1] = last + ' ' + w;
    else lines.push(w);
    return lines;
  }, []).join('\n');

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function PerBody({ bodies, edition, values, max }: { bodies: RankedBody[]; edition: Edition; values: DirValues | undefined; max: DirMax | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const body = bodies.find((b) => b.id === chosen) ?? bodies[0];
  const past = useData(() => history(edition.id), [edition.id]);
  if (!values || !max || !body) return <Typography.Paragraph>{t('rankings.loadingDirections')}</Typography.Paragraph>;
  const dirs = directionsOf(edition);
  const share = (id: string, d: string) => {
    const v = Number(values.get(id)?.[d] ?? NaN);
    const m = Number(max.get(id)?.[d] ?? NaN);
    return m > 0 ? (v / m) * 100 : NaN;
  };
  const poolMean = dirs.map((d) => mean(bodies.map((b) => share(b.id, d)).filter((x) => !Number.isNaN(x))));
  const label = (d: string) => {
    const n = edition.root.children.find((c) => c.id === d);
    return n ? `${d} ${pick(n.label, lang)}` : d;
  };
  const lines = (past.data ?? []).map((h) => ({
    x: `${h.campaign.periodTo.slice(0, 4)} (${h.campaign.code})`,
    score: h.bodies.find((b) => b.id === body.id)?.score,
    mean: mean(h.bodies.filter((b) => b.kind === body.kind).map((b) => Number(b.score))),
  }));
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="rank-body">{t('rankings.body')}</label>
        <Select
          id="rank-body"
          data-testid="rank-body"
          showSearch
          optionFilterProp="label"
          style={{ width: 420, maxWidth: '100%' }}
          value={body.id}
          onChange={(v: string) => setChosen(v)}
          options={bodies.map((b) => ({ value: b.id, label: `${pick(b.name, lang)} (${b.id})` }))}
        />
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('rankings.radar')}</Typography.Title>
          <div data-testid="radar">
            <Chart
              label={`${t('rankings.radar')}: ${pick(body.name, lang)}`}
              height={380}
              option={{
                legend: { bottom: 0 },
                tooltip: { trigger: 'item' },
                radar: { indicator: dirs.map((d) => ({ name: wrap(label(d)), max: 100 })), radius: '58%', center: ['50%', '48%'], axisName: { color: '#555', lineHeight: 15 } },
                series: [
                  {
                    type: 'radar',
                    data: [
                      { name: pick(body.name, lang), value: dirs.map((d) => r1(share(body.id, d))), areaStyle: { opacity: 0.2 } },
                      { name: t('rankings.poolMean'), value: poolMean.map(r1), lineStyle: { type: 'dashed' } },
                    ],
                  },
                ],
              }}
            />
          </div>
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('rankings.years')}</Typography.Title>
          {past.error ? <Failure error={past.error} /> : null}
          <div data-testid="years">
            <Chart
              label={`${t('rankings.years')}: ${pick(body.name, lang)}`}
              height={340}
              option={{
                grid: { left: 8, right: 24, top: 16, bottom: 48, containLabel: true },
                legend: { bottom: 0 },
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: lines.map((l) => l.x) },
                yAxis: { type: 'value', min: 0 },
                series: [
                  { type: 'line', name: pick(body.name, lang), data: lines.map((l) => (l.score === undefined ? null : Number(l.score))), symbolSize: 10, label: { show: true } },
                  { type: 'line', name: t('rankings.poolMean'), data: lines.map((l) => r1(l.mean)), lineStyle: { type: 'dashed' }, symbolSize: 6, label: { show: true, position: 'bottom' } },
                ],
              }}
            />
          </div>
          {lines.length === 1 && <Typography.Paragraph type="secondary" data-testid="years-one">{t('rankings.onlyOne')}</Typography.Paragraph>}
        </Col>
      </Row>
    </>
  );
}

function Directions({ bodies, edition, values }: { bodies: RankedBody[]; edition: Edition; values: DirValues | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const dirs = directionsOf(edition);
  if (!values) return <Typography.Paragraph>{t('rankings.loadingDirections')}</Typography.Paragraph>;
  const names = bodies.map((b) => pick(b.name, lang));
  return (
    <Chart
      label={t('rankings.perDirection')}
      height={Math.max(300, bodies.length * 30 + 80)}
      option={{
        grid: { left: 8, right: 24, top: 36, bottom: 24, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 260, overflow: 'truncate' } },
        series: dirs.map((id) => {
          const n = edition.root.children.find((c) => c.id === id);
          return { type: 'bar' as const, name: `${id} ${n ? pick(n.label, lang) : ''}`.trim(), data: bodies.map((b) => Number(values.get(b.id)?.[id] ?? NaN)) };
        }),
      }}
    />
  );
}

function RankTable({ bodies, edition, campaignId, values }: { bodies: RankedBody[]; edition: Edition; campaignId: number; values: DirValues | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const dirs = edition.gradedNodes;
  const v = (b: RankedBody, d: string) => Number(values?.get(b.id)?.[d] ?? NaN);
  const levelName = (id: string | null | undefined) => pick(edition.levels.find((l) => l.id === id)?.label, lang);
  const download = () => {
    const head = [t('common.rank'), t('common.body'), t('ui.id'), t('common.score'), t('common.level'), ...dirs];
    const rows = [...bodies].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)).map((b) => [String(b.rank ?? ''), pick(b.name, lang), b.id, b.score, levelName(b.level), ...dirs.map((d) => values?.get(b.id)?.[d] ?? '')]);
    downloadCsv(csv([head, ...rows]), `rankings-${campaignId}-${edition.id}-${bodies[0]?.kind ?? ''}.csv`);
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {/* The service's workbook: one sheet per body kind with directions and levels (src/documents/excel.ts). */}
        <Button href={`/api/campaigns/${campaignId}/rankings.xlsx?lang=${lang}&edition=${encodeURIComponent(edition.id)}&snapshot=latest`} download data-testid="rankings-export-xlsx">
          {t('rankings.exportXlsx')}
        </Button>
        <Button onClick={download} data-testid="rankings-export">
          {t('rankings.export')}
        </Button>
      </Space>
      <Table<RankedBody>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={bodies}
        columns={[
          { title: t('common.rank'), dataIndex: 'rank', width: 80, sorter: (a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9), defaultSortOrder: 'ascend' },
          { title: t('common.body'), key: 'name', sorter: (a, b) => pick(a.name, lang).localeCompare(pick(b.name, lang), lang), render: (_, b) => <Link to={`/campaigns/${campaignId}/scorecard/${b.id}`}>{pick(b.name, lang)}</Link> },
          { title: t('common.score'), dataIndex: 'score', width: 100, className: 'num', sorter: (a, b) => Number(a.score) - Number(b.score) },
          { title: t('common.level'), key: 'level', width: 210, render: (_, b) => <LevelTag levels={edition.levels} id={b.level} /> },
          // Directions compactly: the value, with a dot in its level's colour and the level named on hover.
          ...dirs.map((d) => ({
            title: d,
            key: d,
            width: 110,
            className: 'num',
            sorter: (a: RankedBody, b: RankedBody) => v(a, d) - v(b, d),
            render: (_: unknown, b: RankedBody) => {
              const level = edition.levels.find((l) => l.id === b.levels[d]);
              const name = level ? pick(level.label, lang) : '';
              return (
                <span title={name} aria-label={`${values?.get(b.id)?.[d] ?? ''} ${name}`.trim()} style={{ whiteSpace: 'nowrap' }}>
                  <span aria-hidden style={{ color: levelColor(edition.levels, b.levels[d]) }}>● </span>
                  {values?.get(b.id)?.[d] ?? '…'}
                </span>
              );
            },
          })),
        ]}
      />
    </>
  );
}

function EditionRanking({ campaignId, r }: { campaignId: number; r: Ranking['editions'][number] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const edition = useData(() => getEdition(r.edition), [r.edition]);
  const kinds = useMemo(() => [...new Set(r.bodies.map((b) => b.kind))], [r]);
  const [kind, setKind] = useState(kinds[0] ?? 'central');
  const bodies = useMemo(() => r.bodies.filter((b) => b.kind === kind), [r, kind]);
  // The direction values need every body's scorecard: fetched only once a tab that shows them is opened.
  const [tab, setTab] = useState('overall');
  const [wanted, setWanted] = useState(false);
  const values = useData(() => (wanted && edition.data ? directionValues(campaignId, bodies, edition.data) : null), [wanted, campaignId, bodies, edition.data]);
  if (edition.loading) return <Loading />;
  if (edition.error || !edition.data) return <Failure error={edition.error} />;
  const e = edition.data;
  return (
    <Card title={`${r.edition} — ${pick(e.act.title, lang)}`} className="card-title-wrap" style={{ marginBottom: 16 }}>
      {r.synthetic && <SyntheticBanner />}
      <Space style={{ marginBottom: 12 }}>
        <span id="kind-label">{t('rankings.kinds')}</span>
        <Segmented aria-labelledby="kind-label" value={kind} onChange={(v) => setKind(v as string)} options={kinds.map((k) => ({ value: k, label: pick(e.bodyKinds.find((x) => x.id === k)?.label, lang) || k }))} />
      </Space>
      {values.error ? <Failure error={values.error} /> : null}
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k);
          if (k !== 'overall') setWanted(true);
        }}
        items={[
          { key: 'overall', label: t('rankings.overall'), children: <Overall bodies={bodies} edition={e} /> },
          { key: 'dirs', label: t('rankings.perDirection'), children: <Directions bodies={bodies} edition={e} values={values.data?.values} /> },
          { key: 'body', label: t('rankings.perBody'), children: <PerBody bodies={bodies} edition={e} values={values.data?.values} max={values.data?.max} /> },
          { key: 'table', label: t('rankings.table'), children: <RankTable bodies={bodies} edition={e} campaignId={campaignId} values={values.data?.values} /> },
        ]}
        destroyOnHidden
      />
    </Card>
  );
}

export default function Rankings({ campaignId }: { campaignId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const campaign = useData(() => api<CampaignFull>(`/api/campaigns/${campaignId}`), [campaignId]);
  const ranking = useData(() => api<Ranking>(`/api/campaigns/${campaignId}/snapshots/latest/ranking`), [campaignId]);
  return (
    <>
      <Typography.Title level={2}>{t('rankings.title')}</Typography.Title>
      {campaign.data && (
        <Typography.Paragraph>
          {t('common.campaign')}: <strong>{pick(campaign.data.title, lang)}</strong>
          {ranking.data && <> · {t('common.snapshot', { n: ranking.data.snapshot })}</>}
        </Typography.Paragraph>
      )}
      {ranking.loading ? <Loading /> : ranking.error ? <Failure error={ranking.error} /> : ranking.data!.editions.map((r) => <EditionRanking key={r.edition} campaignId={campaignId} r={r} />)}
    </>
  );
}
