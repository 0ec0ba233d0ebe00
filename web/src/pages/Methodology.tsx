// The methodology browser: editions with dates and status; for one edition its amendment history,
// the tree with max points per body kind, formulas, references and provenance, parameters by date,
// readings with their defaults, levels and input forms. Each reference opens the act's original
// text (kk/ru, loaded on demand).
import { useMemo, useState } from 'react';
import { Card, Descriptions, Input, Space, Table, Tabs, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, getEdition, type Band, type Edition, type EditionSummary, type FormulaView, type MethodNode, type Parameter } from '../api';
import { pick, type Lang } from '../i18n';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { ProvenanceBadge } from '../components/ProvenanceBadge';
import { ActRefLink } from '../components/ActText';
import { refText } from '../components/Ref';
import { Formula } from '../components/Formula';
import { LevelTag } from '../components/LevelTag';
import { Link } from '../components/Link';

const STATUS_COLOR = { 'not-yet': 'default', 'in-force': 'green', repealed: 'red' } as const;

function EditionList({ current }: { current?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const list = useData(() => api<EditionSummary[]>('/api/methodologies'), []);
  if (list.loading) return <Loading />;
  if (list.error) return <Failure error={list.error} />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={list.data}
      rowClassName={(e) => (e.id === current ? 'ant-table-row-selected' : '')}
      columns={[
        { title: t('common.edition'), dataIndex: 'id', render: (id: string) => <Link to={`/methodology/${id}`} testId={`edition-${id}`}>{id}</Link> },
        { title: t('methodology.act'), render: (_, e) => pick(e.act.title, lang) },
        { title: t('common.from'), dataIndex: ['effective', 'from'], width: 110 },
        { title: t('common.to'), render: (_, e) => e.effective.to ?? '—', width: 110 },
        {
          title: t('common.status'),
          width: 190,
          render: (_, e) => (
            <Space size={4} wrap>
              <Tag color={STATUS_COLOR[e.status]}>{t(`methodology.status.${e.status}`)}</Tag>
              {e.partial && <Tag color="purple">{t('methodology.partial')}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** A max is a number, or the name of a dated parameter (a weight): show its value on `date`, named in a tooltip. */
function MaxCell({ max, kind, e, date }: { max: MethodNode['max']; kind: string; e: Edition; date: string }) {
  const v = max?.[kind];
  if (v === undefined) return null;
  if (typeof v === 'number' || /^-?\d+(\.\d+)?$/.test(v)) return <>{String(v)}</>;
  const p = e.parameters.find((x) => x.name === v);
  const at = p?.values.filter((x) => x.from <= date).sort((a, b) => b.from.localeCompare(a.from))[0];
  return (
    <Tooltip title={`${v}${at ? ` (${at.from})` : ''}`}>
      <span style={{ borderBottom: '1px dotted #999' }}>{at && !Array.isArray(at.value) ? String(at.value) : v}</span>
    </Tooltip>
  );
}

function Tree({ e }: { e: Edition }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  // Expand directions and criteria at first; deeper levels on demand.
  const [expanded, setExpanded] = useState<readonly React.Key[]>(() => [e.root.id, ...e.root.children.map((c) => c.id)]);
  const date = e.effective.to ?? new Date().toISOString().slice(0, 10);
  const strip = (n: MethodNode): MethodNode & { children?: MethodNode[] } => ({ ...n, children: n.children.length ? n.children.map(strip) : (undefined as unknown as MethodNode[]) });
  const data = useMemo(() => [strip(e.root)], [e]);
  return (
    <Table<MethodNode>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={data}
      expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
      scroll={{ x: 1100 }}
      columns={[
        {
          title: t('methodology.node'),
          key: 'node',
          width: 420,
          render: (_, n) => (
            <span>
              <Typography.Text code>{n.id}</Typography.Text> {pick(n.label, lang)}
            </span>
          ),
        },
        ...e.bodyKinds.map((k) => ({ title: t('methodology.maxFor', { kind: pick(k.label, lang) }), key: `max-${k.id}`, width: 110, className: 'num', render: (_: unknown, n: MethodNode) => (n.appliesTo && !n.appliesTo.includes(k.id) ? '—' : <MaxCell max={n.max} kind={k.id} e={e} date={date} />) })),
        {
          title: t('methodology.formula'),
          key: 'formula',
          render: (_, n) =>
            n.formula ? (
              n.formula.variants ? (
                <Space direction="vertical" size={2}>
                  {Object.entries(n.formula.variants).map(([opt, f]) => (
                    <span key={opt}>
                      <Tag>{n.formula!.reading}={opt}</Tag> <FormulaWithSymbols f={f} />
                    </span>
                  ))}
                </Space>
              ) : (
                <FormulaWithSymbols f={n.formula} />
              )
            ) : (
              <Typography.Text type="secondary">{t('methodology.sumOfChildren')}</Typography.Text>
            ),
        },
        { title: t('common.provenance'), key: 'prov', width: 200, render: (_, n) => <ProvenanceBadge p={n.provenance} /> },
        { title: t('common.reference'), key: 'ref', width: 170, render: (_, n) => <ActRefLink edition={e.id} r={n.ref} english={pick(n.label, 'en')} testId={`act-ref-${n.id}`} /> },
      ]}
    />
  );
}

/** The formula, with what each symbol stands for (form field, parameter, node) and the guarded cases on hover. */
function FormulaWithSymbols({ f }: { f: FormulaView }) {
  const { t } = useTranslation();
  const lines = [
    ...Object.entries(f.where ?? {}).map(([sym, what]) => `${sym} = ${what}`),
    ...(f.cases ?? []).map((c) => `${c.when} → ${c.expr}  (${c.branch})`),
  ];
  const body = <Formula expr={f.text} />;
  if (!lines.length) return body;
  return (
    <Tooltip title={<div style={{ whiteSpace: 'pre-line', fontFamily: 'monospace', fontSize: 12 }}>{`${t('methodology.where')}:\n${lines.join('\n')}`}</div>} styles={{ root: { maxWidth: 520 } }} trigger={['hover', 'focus']}>
      <span tabIndex={0} style={{ cursor: 'help' }}>{body}</span>
    </Tooltip>
  );
}

function bandText(b: Band): string {
  const lo = b.from !== undefined ? `≥ ${b.from}` : '';
  const hi = b.to !== undefined ? `${b.toInclusive ? '≤' : '<'} ${b.to}` : '';
  return `${[lo, hi].filter(Boolean).join(' & ') || '*'} → ${b.value}${b.label ? ` (${b.label})` : ''}`;
}

function ParamValue({ v }: { v: Parameter['values'][number]['value'] }) {
  if (!Array.isArray(v)) return <span className="num">{String(v)}</span>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {v.map((b, i) => (
        <li key={i}>{bandText(b)}</li>
      ))}
    </ul>
  );
}

function Parameters({ e }: { e: Edition }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [date, setDate] = useState(e.effective.to ?? new Date().toISOString().slice(0, 10));
  const [q, setQ] = useState('');
  const inForce = (p: Parameter) => p.values.filter((v) => v.from <= date).sort((a, b) => b.from.localeCompare(a.from))[0];
  const rows = e.parameters.filter((p) => !q || `${p.name} ${pick(p.label, lang)}`.toLowerCase().includes(q.toLowerCase()));
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <label htmlFor="param-date">{t('common.asOf')}</label>
        <Input id="param-date" type="date" value={date} onChange={(ev) => setDate(ev.target.value)} style={{ width: 170 }} />
        <label htmlFor="param-q">{t('common.search')}</label>
        <Input id="param-q" value={q} onChange={(ev) => setQ(ev.target.value)} allowClear style={{ width: 240 }} />
      </Space>
      <Table<Parameter>
        size="small"
        rowKey="name"
        dataSource={rows}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        columns={[
          { title: t('methodology.parameter'), key: 'name', width: 420, render: (_, p) => (<span><Typography.Text code>{p.name}</Typography.Text><br />{pick(p.label, lang)}</span>) },
          {
            title: t('common.asOf') + ' ' + date,
            key: 'now',
            width: 220,
            render: (_, p) => {
              const v = inForce(p);
              return v ? (<span><ParamValue v={v.value} /> <Typography.Text type="secondary">({t('explain.effectiveFrom')} {v.from})</Typography.Text></span>) : '—';
            },
          },
          {
            title: t('methodology.history'),
            key: 'all',
            render: (_, p) => (p.values.length > 1 ? (<ul style={{ margin: 0, paddingInlineStart: 16 }}>{p.values.map((v) => (<li key={v.from}>{v.from}: {Array.isArray(v.value) ? t('methodology.band') : String(v.value)}{v.note ? <> — <span lang="en">{v.note}</span></> : ''}</li>))}</ul>) : null),
          },
          { title: t('common.reference'), key: 'ref', width: 150, render: (_, p) => <ActRefLink edition={e.id} r={p.ref} english={pick(p.label, 'en')} /> },
        ]}
      />
    </>
  );
}

function Readings({ e }: { e: Edition }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {e.readings.map((r) => (
        <Card key={r.id} size="small" title={<span><Tag>{r.id}</Tag>{pick(r.label, lang)}</span>} extra={<ActRefLink edition={e.id} r={r.ref} english={pick(r.label, 'en')} />}>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {r.options.map((o) => (
              <li key={o.value} style={{ marginBottom: 4 }}>
                <Typography.Text code>{o.value}</Typography.Text> {pick(o.label, lang)} {o.value === r.default && <Tag color="green">{t('methodology.default')}</Tag>} <ProvenanceBadge p={o.provenance} quietText />
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </Space>
  );
}

function Overview({ e }: { e: Edition }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('methodology.act')}>{pick(e.act.title, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('methodology.number')}>{e.act.number} ({e.act.date})</Descriptions.Item>
        {e.act.registration && <Descriptions.Item label={t('methodology.registration')}>{e.act.registration.number} ({e.act.registration.date})</Descriptions.Item>}
        <Descriptions.Item label={t('methodology.issuers')}>{e.act.issuers.map((i) => pick(i, lang)).join('; ')}</Descriptions.Item>
        <Descriptions.Item label={t('methodology.effective')}>
          {e.effective.from} – {e.effective.to ?? '…'} <Tag color={STATUS_COLOR[e.status]}>{t(`methodology.status.${e.status}`)}</Tag>
          {e.partial && <Tag color="purple">{t('methodology.partial')}</Tag>}
          {e.effective.note && <div><Typography.Text type="secondary">{pick(e.effective.note, lang)}</Typography.Text></div>}
        </Descriptions.Item>
        {e.levels.length > 0 && (
          <Descriptions.Item label={t('methodology.levels')}>
            <Space wrap>{e.levels.map((l) => (<span key={l.id}><LevelTag levels={e.levels} id={l.id} /> {t('methodology.levelFrom', { from: l.from })}</span>))}</Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={4}>{t('methodology.history')}</Typography.Title>
      <Timeline
        items={e.history.map((h) => ({
          color: h.event === 'repealed' || h.event === 'expired' ? 'red' : h.event === 'amended' ? 'blue' : 'green',
          children: (
            <div>
              <strong>{h.date}</strong> <Tag>{t(`methodology.events.${h.event}`)}</Tag> {pick(h.note, lang)}
              {h.by && <div><Typography.Text type="secondary">{pick(h.by, lang)}</Typography.Text></div>}
              {h.paragraphs?.length ? <div><Typography.Text type="secondary">{h.paragraphs.map((p) => refText({ paragraph: p }, lang)).join(', ')}</Typography.Text></div> : null}
            </div>
          ),
        }))}
      />
      <Typography.Title level={4}>{t('methodology.forms')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={e.forms}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 90 },
          { title: t('methodology.forms'), render: (_, f) => pick(f.label, lang) },
          { title: t('methodology.filledBy'), render: (_, f) => pick(f.filledBy, lang), width: 260 },
          { title: '', render: (_, f) => t('methodology.fields', { count: f.fields }), width: 110 },
          { title: t('common.reference'), render: (_, f) => <ActRefLink edition={e.id} r={f.ref} english={pick(f.label, 'en')} />, width: 150 },
        ]}
      />
    </>
  );
}

function EditionView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const e = useData(() => getEdition(id), [id]);
  if (e.loading) return <Loading />;
  if (e.error || !e.data) return <Failure error={e.error} />;
  const ed = e.data;
  return (
    <Card title={<span data-testid="edition-title">{ed.id} — {pick(ed.act.title, lang)}</span>} style={{ marginTop: 16 }}>
      <Tabs
        items={[
          { key: 'overview', label: t('methodology.overview'), children: <Overview e={ed} /> },
          { key: 'tree', label: t('methodology.tree'), children: <Tree e={ed} /> },
          { key: 'params', label: t('methodology.parameters'), children: <Parameters e={ed} /> },
          { key: 'readings', label: t('methodology.readings'), children: <Readings e={ed} /> },
        ]}
      />
    </Card>
  );
}

export default function Methodology({ edition }: { edition?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2}>{t('methodology.title')}</Typography.Title>
      <EditionList current={edition} />
      {edition ? <EditionView id={edition} /> : <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>{t('methodology.chooseEdition')}</Typography.Paragraph>}
    </>
  );
}
