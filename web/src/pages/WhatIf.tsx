// What-if (methodologists), like an OpenFisca reform: take the campaign's latest snapshot, change
// readings and parameters, and see every body's score and rank beside the snapshot's, the largest
// changes first. The service recomputes from the inputs the snapshot used and stores nothing.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Col, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure, getEdition, type CampaignFull, type Edition, type Parameter } from '../api';
import { pick, type Lang } from '../i18n';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';
import { LevelTag } from '../components/LevelTag';
import { Link } from '../components/Link';

interface SnapshotMeta {
  number: number;
  readings: Record<string, Record<string, string>>;
}
interface Side {
  score: string | null;
  rank: number | null;
  level: string | null;
}
interface WhatIfBody {
  id: string;
  name: Record<Lang, string>;
  kind: string;
  base: Side;
  new: Side;
}
interface WhatIfAnswer {
  campaignId: number;
  snapshot: number;
  asOf: string;
  editions: { edition: string; synthetic: boolean; readings: Record<string, string>; parameters: Record<string, string>; bodies: WhatIfBody[] }[];
}
interface Row2 extends WhatIfBody {
  diff: number;
  rankDiff: number;
}

/** The value of a scalar parameter in force on `asOf`, with the date it took effect. */
export function inForce(p: Parameter, asOf: string): { value: string; from: string } | null {
  const v = [...p.values].filter((x) => x.from <= asOf).sort((a, b) => a.from.localeCompare(b.from)).pop();
  if (!v || Array.isArray(v.value)) return null;
  return { value: String(v.value), from: v.from };
}

function Editor({ edition, asOf, base, readings, setReadings, params, setParams }: {
  edition: Edition;
  asOf: string;
  base: Record<string, string>;
  readings: Record<string, string>;
  setReadings: (r: Record<string, string>) => void;
  params: Record<string, number | null>;
  setParams: (p: Record<string, number | null>) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const scalars = edition.parameters.filter((p) => inForce(p, asOf) !== null);
    return (
    <>
        <Typography.Title level={5}>{t('whatIf.readings')}</Typography.Title>
        <Row gutter={[16, 12]}>
          {edition.readings.map((r) => {
            const id = `reading-${r.id}`;
            const value = readings[r.id] ?? base[r.id] ?? r.default;
            return (
              <Col key={r.id} xs={24} md={12} xl={8}>
                <label htmlFor={id} style={{ display: 'block', marginBottom: 4, minHeight: 44 }}>
                  <strong>{r.id}</strong> — {pick(r.label, lang)}
                  {value !== (base[r.id] ?? r.default) && <Tag color="orange" style={{ marginLeft: 8 }}>{t('whatIf.changed')}</Tag>}
                </label>
                <Select
                  id={id}
                  data-testid={id}
                  showSearch
                  optionFilterProp="label"
                  style={{ width: '100%' }}
                  value={value}
                  onChange={(v: string) => setReadings({ ...readings, [r.id]: v })}
                  options={r.options.map((o) => ({ value: o.value, label: `${pick(o.label, lang)}${o.value === (base[r.id] ?? r.default) ? ` · ${t('whatIf.inSnapshot')}` : ''}` }))}
                />
              </Col>
            );
          })}
        </Row>
        <Typography.Title level={5} style={{ marginTop: 20 }}>{t('whatIf.parameters')}</Typography.Title>
        <Space wrap style={{ marginBottom: 12 }}>
          <label htmlFor="param-add">{t('whatIf.parameter')}</label>
          <Select
            id="param-add"
            data-testid="param-add"
            showSearch
            optionFilterProp="label"
            placeholder={t('whatIf.chooseParameter')}
            style={{ width: 340, maxWidth: '100%' }}
            value={null}
            onChange={(v: string) => {
              if (!(v in params)) setParams({ ...params, [v]: Number(inForce(scalars.find((p) => p.name === v)!, asOf)!.value) });
            }}
            options={scalars.filter((p) => !(p.name in params)).map((p) => ({ value: p.name, label: `${p.name} — ${pick(p.label, lang)}` }))}
          />
        </Space>
        {Object.keys(params).length === 0 && <Typography.Paragraph type="secondary">{t('whatIf.noParameters')}</Typography.Paragraph>}
        <Row gutter={[16, 12]}>
          {Object.entries(params).map(([name, v]) => {
            const p = scalars.find((x) => x.name === name)!;
            const now = inForce(p, asOf)!;
            const id = `param-${name}`;
            return (
              <Col key={name} xs={24} md={12} xl={8}>
              <Card size="small">
                <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
                  <strong>{name}</strong> — {pick(p.label, lang)}
                </label>
                <Space wrap>
                  <span data-testid={`in-force-${name}`} title={now.value}>{t('whatIf.inForce', { value: now.value.length > 12 ? `${now.value.slice(0, 10)}…` : now.value, from: now.from })}</span>
                  <InputNumber id={id} data-testid={id} value={v} stringMode={false} step={0.01} onChange={(x) => setParams({ ...params, [name]: typeof x === 'number' ? x : null })} aria-label={`${name} ${t('whatIf.newValue')}`} />
                  <Button size="small" onClick={() => setParams(Object.fromEntries(Object.entries(params).filter(([k]) => k !== name)))}>
                    {t('whatIf.remove')}
                  </Button>
                </Space>
              </Card>
              </Col>
            );
          })}
        </Row>
    </>
  );
}

function Results({ answer, edition, campaignId }: { answer: WhatIfAnswer['editions'][number]; edition: Edition; campaignId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const rows: Row2[] = useMemo(
    () =>
      answer.bodies
        .map((b) => ({ ...b, diff: Number(b.new.score ?? NaN) - Number(b.base.score ?? NaN), rankDiff: (b.base.rank ?? 0) - (b.new.rank ?? 0) }))
        .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff) || Math.abs(b.rankDiff) - Math.abs(a.rankDiff) || a.kind.localeCompare(b.kind) || (a.new.rank ?? 0) - (b.new.rank ?? 0)),
    [answer],
  );
  const changed = rows.filter((r) => r.diff !== 0 || r.rankDiff !== 0).length;
  const kindLabel = (k: string) => pick(edition.bodyKinds.find((x) => x.id === k)?.label, lang) || k;
  const fmt = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '') + Math.abs(x).toFixed(edition.precision);
  return (
    <>
      <Typography.Paragraph data-testid="what-if-summary">{t('whatIf.summary', { changed, total: rows.length })}</Typography.Paragraph>
      <Table<Row2>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 980 }}
        dataSource={rows}
        data-testid="what-if-table"
        columns={[
          { title: t('common.body'), key: 'name', render: (_, b) => <Link to={`/campaigns/${campaignId}/scorecard/${b.id}`}>{pick(b.name, lang)}</Link>, sorter: (a, b) => pick(a.name, lang).localeCompare(pick(b.name, lang), lang) },
          { title: t('common.kind'), key: 'kind', width: 130, render: (_, b) => kindLabel(b.kind) },
          { title: t('whatIf.baseScore'), key: 'bs', width: 110, className: 'num', render: (_, b) => b.base.score },
          { title: t('whatIf.newScore'), key: 'ns', width: 110, className: 'num', render: (_, b) => <strong>{b.new.score}</strong> },
          {
            title: t('whatIf.diff'),
            key: 'diff',
            width: 100,
            className: 'num',
            sorter: (a, b) => Math.abs(a.diff) - Math.abs(b.diff),
            render: (_, b) => <span data-testid={`diff-${b.id}`} style={{ color: b.diff > 0 ? '#389e0d' : b.diff < 0 ? '#cf1322' : undefined }}>{fmt(b.diff)}</span>,
          },
          { title: t('whatIf.baseRank'), key: 'br', width: 90, className: 'num', render: (_, b) => b.base.rank ?? '—' },
          { title: t('whatIf.newRank'), key: 'nr', width: 90, className: 'num', render: (_, b) => <strong>{b.new.rank ?? '—'}</strong> },
          { title: t('whatIf.rankChange'), key: 'rd', width: 90, className: 'num', sorter: (a, b) => Math.abs(a.rankDiff) - Math.abs(b.rankDiff), render: (_, b) => (b.rankDiff > 0 ? `▲ ${b.rankDiff}` : b.rankDiff < 0 ? `▼ ${-b.rankDiff}` : '=') },
          {
            title: t('common.level'),
            key: 'level',
            width: 230,
            render: (_, b) =>
              b.base.level === b.new.level ? (
                <LevelTag levels={edition.levels} id={b.new.level} />
              ) : (
                <Space size={2} wrap>
                  <LevelTag levels={edition.levels} id={b.base.level} />→<LevelTag levels={edition.levels} id={b.new.level} />
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}

export default function WhatIf({ campaignId }: { campaignId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const campaign = useData(() => api<CampaignFull>(`/api/campaigns/${campaignId}`), [campaignId]);
  const snaps = useData(() => api<SnapshotMeta[]>(`/api/campaigns/${campaignId}/snapshots`), [campaignId]);
  const latest = snaps.data?.[snaps.data.length - 1];
  const [editionId, setEditionId] = useState<string | undefined>(undefined);
  const chosenEdition = editionId ?? campaign.data?.editions[0];
  const edition = useData(() => (chosenEdition ? getEdition(chosenEdition) : null), [chosenEdition]);
  const [readings, setReadings] = useState<Record<string, string>>({});
  const [params, setParams] = useState<Record<string, number | null>>({});
  const [answer, setAnswer] = useState<WhatIfAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer) resultsRef.current?.scrollIntoView({ block: 'start' });
  }, [answer]);

  if (campaign.error || snaps.error) return <Failure error={campaign.error ?? snaps.error} />;
  if (!campaign.data || !snaps.data || edition.loading) return <Loading />;
  if (edition.error || !edition.data) return <Failure error={edition.error} />;
  const c = campaign.data;
  const base = latest?.readings[edition.data.id] ?? {};

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const changedReadings = Object.fromEntries(Object.entries(readings).filter(([k, v]) => v !== base[k]));
      const parameters = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null)) as Record<string, number>;
      setAnswer(await api<WhatIfAnswer>(`/api/campaigns/${campaignId}/what-if`, { method: 'POST', body: { readings: changedReadings, parameters } }));
    } catch (e) {
      setAnswer(null);
      setError(e instanceof ApiFailure ? `${e.text(lang)}${e.issues.length ? ': ' + e.issues.map((i) => `${i.field} — ${i.message}`).join('; ') : ''}` : String(e));
    } finally {
      setBusy(false);
    }
  };
  const mine = answer?.editions.find((x) => x.edition === edition.data!.id);
  const buttons = (where = '') => (
    <Space>
      <Button type="primary" loading={busy} onClick={() => void run()} data-testid={`what-if-run${where}`}>
        {t('whatIf.run')}
      </Button>
      <Button onClick={() => (setReadings({}), setParams({}), setAnswer(null), setError(null))} data-testid={`what-if-reset${where}`}>
        {t('whatIf.reset')}
      </Button>
    </Space>
  );

  return (
    <>
      <Typography.Title level={2}>{t('whatIf.title')}</Typography.Title>
      <Typography.Paragraph>
        {t('common.campaign')}: <strong>{pick(c.title, lang)}</strong>
        {latest ? <> · {t('whatIf.against', { n: latest.number })}</> : null} · {t('common.asOf')}: {c.asOf}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('whatIf.intro')}</Typography.Paragraph>
      {c.synthetic && <SyntheticBanner />}
      {!latest ? (
        <Alert type="info" showIcon message={t('whatIf.noSnapshot')} />
      ) : (
        <>
          <Card style={{ marginBottom: 16 }} title={t('whatIf.changes')} extra={buttons()} className="card-title-wrap">
            {c.editions.length > 1 && (
              <Space style={{ marginBottom: 12 }}>
                <label htmlFor="what-if-edition">{t('common.edition')}</label>
                <Select id="what-if-edition" style={{ width: 320 }} value={chosenEdition} onChange={(v: string) => (setEditionId(v), setReadings({}), setParams({}), setAnswer(null))} options={c.editions.map((e) => ({ value: e, label: e }))} />
              </Space>
            )}
            <Editor edition={edition.data} asOf={c.asOf} base={base} readings={readings} setReadings={setReadings} params={params} setParams={setParams} />
            <div style={{ marginTop: 16 }}>{buttons('-bottom')}</div>
          </Card>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="what-if-error" />}
          {mine && (
            <Card title={t('whatIf.results')} ref={resultsRef} className="card-title-wrap">
              <Alert type="success" showIcon message={t('whatIf.nothingStored', { n: answer!.snapshot })} style={{ marginBottom: 12 }} />
              {mine.synthetic && <SyntheticBanner />}
              <Results answer={mine} edition={edition.data} campaignId={campaignId} />
            </Card>
          )}
        </>
      )}
    </>
  );
}
