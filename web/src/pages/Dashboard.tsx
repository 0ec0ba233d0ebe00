// The campaign dashboard (evaluators): every body × form with its status — not started, draft,
// submitted, returned, accepted — and "late": the service's working-day verdict (GET …/timeliness:
// handed in N working days late, or overdue N working days, on the Kazakhstan calendar with its
// holidays and transfers). Filters by status and body; export as Excel (.xlsx from the service, the
// same rows with due dates and working days) or as CSV of what is shown.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Card, Checkbox, Input, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { csv, downloadCsv } from '../csv';
import { api, getForms, type CampaignFull, type FormDecl, type SubmissionRow } from '../api';

/** One row of GET /api/campaigns/:id/timeliness (src/server/domain/timeliness.ts). */
interface TimelinessRow {
  bodyId: string;
  edition: string;
  form: string;
  due: string;
  submittedOn: string | null;
  workingDaysLate: number;
  state: 'on_time' | 'late' | 'missing' | 'pending';
}
import { pick, type Lang } from '../i18n';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';
import { Review, type ReviewTarget } from '../components/Review';

type CellStatus = 'not-started' | SubmissionRow['status'];
interface Cell {
  status: CellStatus;
  late: boolean;
  due: string;
  /** The service's verdict: handed in late / overdue by this many working days (0 = on time). */
  workingDaysLate: number;
  state: TimelinessRow['state'] | null;
}
const COLOR: Record<CellStatus, string> = { 'not-started': 'default', draft: 'gold', submitted: 'blue', returned: 'volcano', accepted: 'green' };
const STATUSES: CellStatus[] = ['not-started', 'draft', 'submitted', 'returned', 'accepted'];

const today = () => new Date().toISOString().slice(0, 10);
/**
 * Late: the service's verdict where it has one (forms the bodies hand in themselves); otherwise a form
 * not handed in is late once its due date has passed.
 */
const isLate = (status: CellStatus, due: string, on: string, tl: TimelinessRow | undefined) =>
  tl ? tl.state === 'late' || tl.state === 'missing' : due < on && (status === 'not-started' || status === 'draft' || status === 'returned');


/**
 * The table scrolls sideways inside its own container when the forms do not fit: the container
 * takes the keyboard focus (arrow keys scroll it) and is named, as a region, for screen readers.
 */
function useScrollRegion(label: string) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body').forEach((el) => {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
    });
  });
  return ref;
}

export default function Dashboard({ campaignId }: { campaignId: number }) {
  const { t, i18n } = useTranslation();
  const tableBox = useScrollRegion(t('ui.tableScroll'));
  const lang = i18n.language as Lang;
  const campaign = useData(() => api<CampaignFull>(`/api/campaigns/${campaignId}`), [campaignId]);
  const [version, setVersion] = useState(0);
  const subs = useData(() => api<SubmissionRow[]>(`/api/campaigns/${campaignId}/submissions`), [campaignId, version]);
  const onTime = useData(() => api<TimelinessRow[]>(`/api/campaigns/${campaignId}/timeliness`), [campaignId, version]);
  const [review, setReview] = useState<ReviewTarget | null>(null);
  const forms = useData(() => (campaign.data ? Promise.all(campaign.data.editions.map((e) => getForms(e))) : null), [campaign.data]);
  const [statuses, setStatuses] = useState<CellStatus[]>([]);
  const [onlyLate, setOnlyLate] = useState(false);
  const [q, setQ] = useState('');
  const on = today();

  const model = useMemo(() => {
    if (!campaign.data || !subs.data || !forms.data || !onTime.data) return null;
    const verdict = new Map(onTime.data.map((r) => [`${r.bodyId}/${r.edition}/${r.form}`, r]));
    const c = campaign.data;
    const decl = new Map<string, FormDecl>();
    c.editions.forEach((e, i) => forms.data![i]!.forEach((f) => decl.set(`${e}/${f.id}`, f)));
    const cols = c.schedule.map((s) => ({ key: `${s.edition}/${s.form}`, s, f: decl.get(`${s.edition}/${s.form}`) }));
    const byKey = new Map(subs.data.map((r) => [`${r.bodyId}/${r.editionId}/${r.formId}`, r]));
    const rows = c.bodies
      .filter((b) => !b.liquidatedOn)
      .map((b) => {
        const cells: Record<string, Cell | null> = {};
        for (const col of cols) {
          if (col.f?.appliesTo && !col.f.appliesTo.includes(b.kind)) {
            cells[col.key] = null;
            continue;
          }
          const r = byKey.get(`${b.id}/${col.key}`);
          const status: CellStatus = r?.status ?? 'not-started';
          const tl = verdict.get(`${b.id}/${col.key}`);
          cells[col.key] = { status, due: col.s.due, late: isLate(status, col.s.due, on, tl), workingDaysLate: tl?.workingDaysLate ?? 0, state: tl?.state ?? null };
        }
        return { key: b.id, body: b, cells };
      });
    return { c, cols, rows };
  }, [campaign.data, subs.data, forms.data, onTime.data, on]);

  if (campaign.error || subs.error || forms.error || onTime.error) return <Failure error={campaign.error ?? subs.error ?? forms.error ?? onTime.error} />;
  if (!model) return <Loading />;
  const { c, cols, rows } = model;

  const keep = (cell: Cell | null) => cell !== null && (!statuses.length || statuses.includes(cell.status)) && (!onlyLate || cell.late);
  const shown = rows.filter((r) => (!q || `${r.body.id} ${pick(r.body.name, lang)}`.toLowerCase().includes(q.toLowerCase())) && Object.values(r.cells).some(keep));
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>;
  let late = 0;
  for (const r of rows)
    for (const cell of Object.values(r.cells))
      if (cell) {
        counts[cell.status]++;
        if (cell.late) late++;
      }

  const download = () => {
    const head = [t('common.body'), t('ui.id'), ...cols.map((col) => col.key)];
    const body = shown.map((r) => [pick(r.body.name, lang), r.body.id, ...cols.map((col) => { const cell = r.cells[col.key]; return cell ? t(`dashboard.status.${cell.status}`) + (cell.late ? ` (${t('dashboard.late')})` : '') : '—'; })]);
    downloadCsv(csv([head, ...body]), `${c.code}-status-${on}.csv`);
  };

  return (
    <>
      <Typography.Title level={2}>{t('dashboard.title')}</Typography.Title>
      <Typography.Paragraph>
        {t('common.campaign')}: <strong>{pick(c.title, lang)}</strong> · {t('dashboard.today')}: {on}
      </Typography.Paragraph>
      {c.synthetic && <SyntheticBanner />}
      <Typography.Paragraph type="secondary">{t('dashboard.timelinessNote')}</Typography.Paragraph>
      <Card size="small" title={t('dashboard.summary')} style={{ marginBottom: 16 }}>
        <Space size={32} wrap>
          {STATUSES.map((s) => (
            <Statistic key={s} title={t(`dashboard.status.${s}`)} value={counts[s]} />
          ))}
          <Statistic title={t('dashboard.late')} value={late} valueStyle={{ color: late ? '#cf1322' : undefined }} />
        </Space>
      </Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="dash-status">{t('dashboard.filterStatus')}</label>
        <Select id="dash-status" mode="multiple" allowClear style={{ minWidth: 260 }} value={statuses} onChange={setStatuses} options={STATUSES.map((s) => ({ value: s, label: t(`dashboard.status.${s}`) }))} />
        <label htmlFor="dash-body">{t('dashboard.filterBody')}</label>
        <Input id="dash-body" allowClear value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 220 }} />
        <Checkbox checked={onlyLate} onChange={(e) => setOnlyLate(e.target.checked)}>
          {t('dashboard.onlyLate')}
        </Checkbox>
        <Button href={`/api/campaigns/${campaignId}/status.xlsx?lang=${lang}`} download data-testid="dashboard-export-xlsx">
          {t('dashboard.exportXlsx')}
        </Button>
        <Button onClick={download} data-testid="dashboard-export">
          {t('dashboard.export')}
        </Button>
      </Space>
      {review && <Review target={review} onClose={() => setReview(null)} onDone={() => (setReview(null), setVersion((v) => v + 1))} />}
      <div ref={tableBox}>
      <Table
        size="small"
        rowKey="key"
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 260 + cols.length * 120 }}
        data-testid="dashboard-table"
        columns={[
          { title: t('common.body'), key: 'body', fixed: 'left', width: 260, render: (_, r) => (<span>{pick(r.body.name, lang)} <Typography.Text type="secondary">{r.body.id}</Typography.Text></span>) },
          ...cols.map((col) => ({
            title: (
              <Tooltip title={`${col.f ? pick(col.f.label, lang) : col.key} — ${t('dashboard.due', { date: col.s.due })}`}>
                <span>{col.s.form}</span>
              </Tooltip>
            ),
            key: col.key,
            width: 120,
            render: (_: unknown, r: (typeof rows)[number]) => {
              const cell = r.cells[col.key];
              if (!cell) return <Typography.Text type="secondary" title={t('dashboard.notApplicable')}>—</Typography.Text>;
              const tag = <Tag color={COLOR[cell.status]} style={{ opacity: keep(cell) ? 1 : 0.35 }}>{t(`dashboard.status.${cell.status}`)}</Tag>;
              const open = () => setReview({ campaignId, bodyId: r.body.id, bodyName: pick(r.body.name, lang), edition: col.s.edition, decl: col.f, formId: col.s.form });
              return (
                <Space size={2} direction="vertical">
                  {cell.status === 'not-started' ? (
                    tag
                  ) : (
                    // Handed-in forms open for review (accept / return); others show their data.
                    <button type="button" className="cell-button" onClick={open} data-testid={`cell-${r.body.id}-${col.s.form}`}>
                      {tag}
                    </button>
                  )}
                  {cell.late && (
                    <Tooltip title={cell.state === 'late' ? t('dashboard.lateBy', { n: cell.workingDaysLate }) : cell.state === 'missing' ? t('dashboard.overdue', { n: cell.workingDaysLate }) : t('dashboard.due', { date: cell.due })}>
                      <Tag color="red" data-testid={`late-${r.body.id}-${col.s.form}`} data-working-days={cell.workingDaysLate}>
                        {t('dashboard.late')}
                        {cell.workingDaysLate > 0 ? ` · ${cell.workingDaysLate}` : ''}
                      </Tag>
                    </Tooltip>
                  )}
                </Space>
              );
            },
          })),
        ]}
      />
      </div>
    </>
  );
}
