// Risk-based control (inspectors): every control subject's risk degree on a reference date, and why —
// the objective triggers of p.4 with the values and thresholds compared, the violations found with
// their severity, and the subjective score where the act applies it.
import { useState } from 'react';
import { Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Labels } from '../api';
import { pick, type Lang } from '../i18n';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';

interface Subject {
  id: string;
  name: Labels;
  kind: string;
  synthetic: boolean;
}
interface Trigger {
  id: string;
  paragraph: string;
  met: boolean;
  value: number | string;
  op: string;
  threshold: string;
  window?: { from: string; to: string };
}
interface Assessment {
  synthetic: boolean;
  assessment: {
    objective: { group: string; met: string[]; triggers: Trigger[] };
    violations: { row: number; source: string; severity: string; label: Labels }[];
    subjective: { SP: { value: string } | null; band?: { group: string; compared: string } } | null;
    notApplied: string | null;
    final: string;
    gaps: unknown[];
  };
}
interface Row {
  s: Subject;
  a: Assessment | null;
  error?: string;
}

const GROUP_COLOR: Record<string, string> = { high: 'red', 'not-high': 'green' };
const OP: Record<string, string> = { '>=': '≥', '<=': '≤', '!=': '≠', '==': '=' };

function Why({ a }: { a: Assessment['assessment'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <div style={{ padding: '4px 8px' }}>
      <Typography.Text strong>{t('risk.triggers')}</Typography.Text>
      <ul>
        {a.objective.triggers.map((tr) => (
          <li key={tr.id}>
            <Tag color={tr.met ? 'red' : 'default'}>{tr.met ? t('risk.met') : t('risk.notMet')}</Tag>
            {tr.id} ({tr.paragraph}): {String(tr.value)} {OP[tr.op] ?? tr.op} {tr.threshold}
            {tr.window && <Typography.Text type="secondary"> · {tr.window.from} – {tr.window.to}</Typography.Text>}
          </li>
        ))}
      </ul>
      {a.violations.length > 0 && (
        <>
          <Typography.Text strong>{t('risk.violations')}</Typography.Text>
          <ul>
            {a.violations.map((v, i) => (
              <li key={i}>
                <Tag color={v.severity === 'gross' ? 'red' : v.severity === 'significant' ? 'orange' : 'default'}>{t(`risk.severity.${v.severity}`, { defaultValue: v.severity })}</Tag>
                {pick(v.label, lang)} <Typography.Text type="secondary">({v.source}, {v.row})</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.gaps.length > 0 && <Typography.Paragraph type="warning">{t('risk.gaps')}: {a.gaps.length}</Typography.Paragraph>}
    </div>
  );
}

export default function Risk() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const rows = useData(async () => {
    const subjects = await api<Subject[]>('/api/risk/subjects');
    return Promise.all(
      subjects.map(async (s): Promise<Row> => {
        try {
          return { s, a: await api<Assessment>(`/api/risk/subjects/${encodeURIComponent(s.id)}/assessment?date=${date}&lang=${lang}`) };
        } catch (e) {
          return { s, a: null, error: e instanceof Error ? e.message : String(e) };
        }
      }),
    );
  }, [date, lang]);
  return (
    <>
      <Typography.Title level={2}>{t('risk.title')}</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="risk-date">{t('risk.date')}</label>
        <Input id="risk-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} style={{ width: 170 }} />
      </Space>
      {rows.data?.some((r) => r.s.synthetic) && <SyntheticBanner />}
      {rows.loading && !rows.data ? (
        <Loading />
      ) : rows.error ? (
        <Failure error={rows.error} />
      ) : (
        <Table<Row>
          size="small"
          rowKey={(r) => r.s.id}
          pagination={false}
          dataSource={rows.data}
          loading={rows.loading}
          data-testid="risk-table"
          expandable={{ expandedRowRender: (r) => (r.a ? <Why a={r.a.assessment} /> : <Typography.Text type="danger">{r.error}</Typography.Text>), rowExpandable: () => true }}
          columns={[
            { title: t('risk.subject'), key: 'name', render: (_, r) => (<span>{pick(r.s.name, lang)} <Typography.Text type="secondary">{r.s.id} · {r.s.kind}</Typography.Text></span>) },
            {
              title: t('risk.objective'),
              key: 'obj',
              width: 220,
              render: (_, r) => r.a && (<span><Tag color={GROUP_COLOR[r.a.assessment.objective.group]}>{t(`risk.group.${r.a.assessment.objective.group}`, { defaultValue: r.a.assessment.objective.group })}</Tag>{r.a.assessment.objective.met.join(', ')}</span>),
            },
            {
              title: t('risk.subjective'),
              key: 'sub',
              width: 300,
              render: (_, r) => {
                const a = r.a?.assessment;
                if (!a) return null;
                if (a.notApplied) return <Typography.Text type="secondary">{t(`risk.notApplied.${a.notApplied}`, { defaultValue: a.notApplied })}</Typography.Text>;
                return <span className="num">{a.subjective?.SP?.value ?? '—'}</span>;
              },
            },
            { title: t('risk.final'), key: 'final', width: 160, render: (_, r) => r.a && <Tag color={GROUP_COLOR[r.a.assessment.final]} data-testid={`risk-final-${r.s.id}`}>{t(`risk.group.${r.a.assessment.final}`, { defaultValue: r.a.assessment.final })}</Tag> },
          ]}
        />
      )}
    </>
  );
}
