// The semi-annual list of preventive control with visits (p.10–12): compute it for a half-year
// from the stored facts (readings optional), see who is on it with degree, score and why (and how
// ties on the score were broken), who is not and why (once a year, p.10), the computed versions,
// and record the approval — the approval date becomes the list's reference date; an approval after
// the deadline (10 December / 10 May) is shown as LATE_APPROVAL.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Collapse, Descriptions, Form, Input, Radio, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../../api';
import { pick, type Lang } from '../../i18n';
import { useAuth } from '../../auth';
import { useData } from '../../useData';
import { Failure, Loading } from '../Status';
import { SyntheticBanner } from '../SyntheticBanner';
import { Why } from './Why';
import { GROUP_COLOR, halvesAround, type Approval, type EditionView, type ListEntry, type ListRecord, type ListVersions, type Subject } from './types';

const errText = (e: unknown, lang: Lang) => (e instanceof ApiFailure ? [e.text(lang), ...e.issues.map((i) => `${i.field}: ${i.message}`)].join(' — ') : e instanceof Error ? e.message : String(e));

/** Why entry i is above entry i+1 when their scores tie: the first ordering key that differs. */
function tieBreak(a: ListEntry, b: ListEntry): { key: string; a: string; b: string } | null {
  if (a.keys.sp !== b.keys.sp) return null;
  const keys: [string, string | number, string | number][] = [
    ['grossRows', a.keys.grossRows, b.keys.grossRows],
    ['spz', a.keys.spz, b.keys.spz],
    ['spn', a.keys.spn, b.keys.spn],
    ['triggers', a.keys.triggers, b.keys.triggers],
    ['servicesW6', a.keys.servicesW6, b.keys.servicesW6],
  ];
  for (const [key, x, y] of keys) if (String(x) !== String(y)) return { key, a: String(x), b: String(y) };
  return { key: 'id', a: a.subject, b: b.subject };
}

interface ApprovalValues {
  approvedOn: string;
  name: string;
  position: string;
  role: 'head' | 'acting-head';
}

function ApprovalForm({ half, approval, onSaved, edition }: { half: string; approval: Approval | null; onSaved: () => void; edition: EditionView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [form] = Form.useForm<ApprovalValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    form.setFieldsValue({ approvedOn: approval?.approvedOn ?? '', name: approval?.approvedBy?.name ?? '', position: approval?.approvedBy?.position ?? '', role: approval?.approvedBy?.role ?? 'head' });
  }, [half, approval, form]);
  const required = { required: true, whitespace: true, message: t('risk.required') };
  const save = async (v: ApprovalValues) => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/risk/lists/${half}/approval`, { method: 'PUT', body: { approvedOn: v.approvedOn, approvedBy: { name: v.name.trim(), position: v.position.trim(), role: v.role } } });
      void message.success(t('risk.list.approvalSaved'));
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('risk.list.approvalTitle')} style={{ margin: '16px 0' }}>
      <Typography.Paragraph type="secondary">{t('risk.list.approvalHelp', { approver: pick(edition.lists.approver, lang) })}</Typography.Paragraph>
      <Form form={form} name="approval" layout="vertical" onFinish={save} requiredMark className="risk-grid" data-testid="risk-approval-form">
        <Form.Item name="approvedOn" label={t('risk.list.approvedOn')} rules={[required]}>
          <Input type="date" data-testid="risk-approval-date" />
        </Form.Item>
        <Form.Item name="name" label={t('risk.list.approverName')} rules={[required]}>
          <Input autoComplete="name" data-testid="risk-approval-name" />
        </Form.Item>
        <Form.Item name="position" label={t('risk.list.approverPosition')} rules={[required]}>
          <Input data-testid="risk-approval-position" />
        </Form.Item>
        <Form.Item name="role" label={t('risk.list.approverRole')} rules={[required]}>
          <Radio.Group
            options={[
              { value: 'head', label: pick(edition.vocabulary['role.head'], lang) },
              { value: 'acting-head', label: pick(edition.vocabulary['role.acting-head'], lang) },
            ]}
          />
        </Form.Item>
        <Form.Item className="risk-grid-full">
          <Button type="primary" htmlType="submit" loading={busy} data-testid="risk-approval-save">
            {t('risk.list.approvalSave')}
          </Button>
        </Form.Item>
      </Form>
      {error != null && <Alert type="error" showIcon title={errText(error, lang)} data-testid="risk-approval-error" />}
    </Card>
  );
}

function ListView({ rec, edition, names }: { rec: ListRecord; edition: EditionView; names: Map<string, Subject> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const l = rec.list;
  const name = (id: string) => pick(names.get(id)?.name, lang) || id;
  const reason = (e: ListEntry) => {
    const s = e.assessment.subjective;
    if (!s?.SP) return '';
    if (s.grossOverride) {
      const rows = e.assessment.violations.filter((v) => v.severity === 'gross').map((v) => v.row);
      return t('risk.list.grossReason', { rows: rows.join(', ') });
    }
    return t('risk.spParts', { spz: s.SPz?.value ?? '0.00', spn: s.SPn?.value ?? '0.00' });
  };
  const halfLabel = pick(edition.lists.halves.find((h) => h.half === l.half.slice(4))?.label, lang);
  return (
    <div data-testid="risk-list">
      {rec.synthetic && <SyntheticBanner />}
      <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2, lg: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('risk.list.half')}>
          {l.half} · {halfLabel}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk.list.number')}>
          <span data-testid="risk-list-number">#{rec.number}</span>
        </Descriptions.Item>
        <Descriptions.Item label={pick(edition.vocabulary.deadline, lang)}>
          <span data-testid="risk-list-deadline">{l.deadline}</span>
        </Descriptions.Item>
        <Descriptions.Item label={pick(edition.vocabulary.referenceDate, lang)}>{l.referenceDate}</Descriptions.Item>
        <Descriptions.Item label={t('risk.list.status')}>
          <span data-testid="risk-list-status">
            <Tag color={l.status === 'approved' ? 'blue' : 'default'}>{t(`risk.list.statusName.${l.status}`)}</Tag>
            {l.lateApproval && (
              <Tag color="red" data-testid="risk-list-late">
                LATE_APPROVAL · {pick(edition.vocabulary['late-approval'], lang)}
              </Tag>
            )}
          </span>
        </Descriptions.Item>
        {l.approval && (
          <Descriptions.Item label={pick(edition.vocabulary.approvedBy, lang)}>
            {l.approval.approvedOn}
            {l.approval.approvedBy && ` · ${l.approval.approvedBy.name}, ${l.approval.approvedBy.position} (${pick(edition.vocabulary[`role.${l.approval.approvedBy.role}`], lang)})`}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={4}>{t('risk.list.onList', { n: l.entries.length })}</Typography.Title>
      <Table<ListEntry>
        size="small"
        rowKey="subject"
        pagination={false}
        dataSource={l.entries}
        data-testid="risk-list-entries"
        scroll={{ x: 700 }}
        expandable={{ expandedRowRender: (e) => <Why a={e.assessment} edition={edition} /> }}
        columns={[
          { title: '№', dataIndex: 'rank', width: 50 },
          {
            title: t('risk.subject'),
            key: 's',
            render: (_, e) => (
              <span data-testid={`risk-list-entry-${e.subject}`}>
                {name(e.subject)} <Typography.Text type="secondary">{e.subject}</Typography.Text>
              </span>
            ),
          },
          { title: t('risk.final'), key: 'final', width: 120, render: (_, e) => <Tag color={GROUP_COLOR[e.assessment.final]}>{t(`risk.group.${e.assessment.final}`)}</Tag> },
          { title: 'SP', key: 'sp', width: 80, render: (_, e) => <span className="num">{e.assessment.subjective?.SP?.value}</span> },
          { title: 'OBJ', key: 'obj', width: 110, render: (_, e) => e.assessment.objective.met.join(', ') },
          {
            title: t('risk.list.why'),
            key: 'why',
            render: (_, e) => {
              const i = l.entries.indexOf(e);
              const next = l.entries[i + 1];
              const tie = next ? tieBreak(e, next) : null;
              return (
                <span>
                  {reason(e)}
                  {tie && (
                    <div className="risk-muted" data-testid={`risk-list-tie-${e.subject}`}>
                      {t('risk.list.tie', { other: next!.subject, key: t(`risk.list.keys.${tie.key}`), a: tie.a, b: tie.b })}
                    </div>
                  )}
                </span>
              );
            },
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('risk.list.order')}
      </Typography.Paragraph>
      <Typography.Title level={4}>{pick(edition.vocabulary.excluded, lang)}</Typography.Title>
      <Table
        size="small"
        rowKey="subject"
        pagination={false}
        dataSource={l.excluded}
        data-testid="risk-list-excluded"
        scroll={{ x: 600 }}
        columns={[
          { title: t('risk.subject'), key: 's', render: (_, x) => (<span data-testid={`risk-list-excl-${x.subject}`}>{name(x.subject)} <Typography.Text type="secondary">{x.subject}</Typography.Text></span>) },
          { title: t('risk.list.reason'), key: 'r', render: (_, x) => (<span>{t(`risk.list.reasons.${x.reason}`, { defaultValue: x.reason })}{x.detail && <Typography.Text type="secondary"> ({x.detail})</Typography.Text>}</span>) },
          { title: 'SP', key: 'sp', width: 80, render: (_, x) => <span className="num">{x.SP ?? '—'}</span> },
        ]}
      />
    </div>
  );
}

export function Lists({ edition, subjects }: { edition: EditionView; subjects: Subject[] }) {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const canWrite = me.role === 'inspector' || me.role === 'administrator';
  const lang = i18n.language as Lang;
  const today = new Date().toISOString().slice(0, 10);
  const halves = halvesAround(edition, today);
  const [half, setHalf] = useState(halves[2] ?? halves[0]!);
  const [readings, setReadings] = useState<Record<string, string>>({});
  const [rec, setRec] = useState<ListRecord | null>(null);
  const [n, setN] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const versions = useData(() => api<ListVersions>(`/api/risk/lists/${half}`), [half, tick]);
  const shown = useData(() => (n ? api<ListRecord>(`/api/risk/lists/${half}/${n}`) : null), [half, n]);
  const names = new Map(subjects.map((s) => [s.id, s]));
  useEffect(() => {
    setRec(null);
    setN(null);
  }, [half]);
  const compute = async () => {
    setBusy(true);
    setError(null);
    try {
      const changed = Object.fromEntries(Object.entries(readings).filter(([id, v]) => edition.readings.find((r) => r.id === id)?.default !== v));
      const r = await api<ListRecord>(`/api/risk/lists/${half}?lang=${lang}`, { method: 'POST', body: { readings: changed } });
      setRec(r);
      setN(null);
      setTick((x) => x + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const current = n ? (shown.data ?? null) : rec;
  const v = versions.data;
  return (
    <>
      <Space wrap align="end" style={{ marginBottom: 12 }}>
        <div>
          <label htmlFor="risk-half" className="risk-label">
            {t('risk.list.half')}
          </label>
          <Select
            id="risk-half"
            showSearch
            optionFilterProp="label"
            style={{ width: 240 }}
            value={half}
            onChange={(h: string) => setHalf(h)}
            options={halves.map((h) => ({ value: h, label: `${h} · ${pick(edition.lists.halves.find((x) => x.half === h.slice(4))?.label, lang)}` }))}
            data-testid="risk-half"
          />
        </div>
        {canWrite ? (
          <Button type="primary" onClick={compute} loading={busy} data-testid="risk-list-compute">
            {t('risk.list.compute')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('risk.readOnly')}</Typography.Text>
        )}
      </Space>
      <Collapse
        size="small"
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'r',
            label: t('risk.list.readings'),
            children: (
              <div className="risk-grid">
                {edition.readings.map((r) => (
                  <div key={r.id}>
                    <label htmlFor={`reading-${r.id}`} className="risk-label">
                      {r.id} — {pick(r.label, lang)}
                    </label>
                    <Select
                      id={`reading-${r.id}`}
                      style={{ width: '100%' }}
                      value={readings[r.id] ?? r.default}
                      onChange={(x: string) => setReadings({ ...readings, [r.id]: x })}
                      options={r.options.map((o) => ({ value: o.value, label: `${o.value} — ${pick(o.label, lang)}` }))}
                    />
                  </div>
                ))}
              </div>
            ),
          },
        ]}
      />
      {error != null && <Alert type="error" showIcon title={errText(error, lang)} style={{ marginBottom: 12 }} data-testid="risk-list-error" />}
      {versions.error ? (
        <Failure error={versions.error} />
      ) : v ? (
        <Card size="small" title={t('risk.list.versions', { half })} style={{ marginBottom: 16 }}>
          <Typography.Paragraph>
            {pick(edition.vocabulary.deadline, lang)}: <strong>{v.deadline}</strong> ·{' '}
            {v.approval ? (
              <span data-testid="risk-approval-recorded">
                {pick(edition.vocabulary.approvedOn, lang)}: <strong>{v.approval.approvedOn}</strong>
                {v.approval.approvedBy && ` — ${v.approval.approvedBy.name}, ${v.approval.approvedBy.position}`}
                {v.approval.approvedOn > v.deadline && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    LATE_APPROVAL
                  </Tag>
                )}
              </span>
            ) : (
              <span data-testid="risk-approval-none">{t('risk.list.notApproved')}</span>
            )}
          </Typography.Paragraph>
          {v.versions.length === 0 ? (
            <Typography.Text type="secondary">{t('risk.list.noVersions')}</Typography.Text>
          ) : (
            <Table
              size="small"
              rowKey="number"
              pagination={false}
              dataSource={v.versions}
              data-testid="risk-list-versions"
              scroll={{ x: 600 }}
              columns={[
                {
                  title: t('risk.list.number'),
                  key: 'n',
                  width: 80,
                  render: (_, x) => (
                    <Button type="link" size="small" onClick={() => (setN(x.number), setRec(null))} data-testid={`risk-list-version-${x.number}`} aria-label={t('risk.list.openVersion', { n: x.number })}>
                      #{x.number}
                    </Button>
                  ),
                },
                { title: t('risk.list.computedAt'), key: 'at', render: (_, x) => new Date(x.at).toLocaleString(lang === 'en' ? 'en-GB' : lang === 'kk' ? 'kk-KZ' : 'ru-RU') },
                { title: t('risk.list.status'), key: 's', render: (_, x) => (<span><Tag>{t(`risk.list.statusName.${x.status}`)}</Tag>{x.lateApproval && <Tag color="red">LATE_APPROVAL</Tag>}</span>) },
                { title: pick(edition.vocabulary.referenceDate, lang), dataIndex: 'referenceDate' },
                { title: t('risk.list.count'), key: 'c', render: (_, x) => x.entries.join(', ') || '—' },
              ]}
            />
          )}
        </Card>
      ) : (
        <Loading />
      )}
      {n && shown.loading ? <Loading /> : shown.error ? <Failure error={shown.error} /> : current ? <ListView rec={current} edition={edition} names={names} /> : null}
      {v && canWrite && (
        <ApprovalForm
          half={half}
          approval={v.approval}
          edition={edition}
          onSaved={() => {
            setTick((x) => x + 1);
            void compute();
          }}
        />
      )}
    </>
  );
}
