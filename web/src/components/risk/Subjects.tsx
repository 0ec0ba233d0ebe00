// Every control subject's risk degree on a reference date, and why — the objective triggers of p.4
// with the values and thresholds compared, the violations found with their severity, and the
// subjective score where the act applies it. Each row opens the subject's checklist.
import { useState } from 'react';
import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { pick, type Lang } from '../../i18n';
import { navigate } from '../../router';
import { useData } from '../../useData';
import { Failure, Loading } from '../Status';
import { SyntheticBanner } from '../SyntheticBanner';
import { Why } from './Why';
import { GROUP_COLOR, type AssessmentReply, type EditionView, type Subject } from './types';

interface Row {
  s: Subject;
  a: AssessmentReply | null;
  error?: string;
}

export function Subjects({ edition }: { edition?: EditionView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const rows = useData(async () => {
    const subjects = await api<Subject[]>('/api/risk/subjects');
    return Promise.all(
      subjects.map(async (s): Promise<Row> => {
        try {
          return { s, a: await api<AssessmentReply>(`/api/risk/subjects/${encodeURIComponent(s.id)}/assessment?date=${date}&lang=${lang}`) };
        } catch (e) {
          return { s, a: null, error: e instanceof Error ? e.message : String(e) };
        }
      }),
    );
  }, [date, lang]);
  const kind = (id: string) => pick(edition?.subjectKinds.find((k) => k.id === id)?.label, lang) || id;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
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
          scroll={{ x: 760 }}
          expandable={{ expandedRowRender: (r) => (r.a ? <Why a={r.a.assessment} edition={edition} /> : <Typography.Text type="danger">{r.error}</Typography.Text>), rowExpandable: () => true }}
          columns={[
            {
              title: t('risk.subject'),
              key: 'name',
              render: (_, r) => (
                <span>
                  {pick(r.s.name, lang)} <Typography.Text type="secondary">{r.s.id} · {kind(r.s.kind)}</Typography.Text>
                </span>
              ),
            },
            {
              title: t('risk.objective'),
              key: 'obj',
              width: 200,
              render: (_, r) =>
                r.a && (
                  <span>
                    <Tag color={GROUP_COLOR[r.a.assessment.objective.group]}>{t(`risk.group.${r.a.assessment.objective.group}`, { defaultValue: r.a.assessment.objective.group })}</Tag>
                    {r.a.assessment.objective.met.join(', ')}
                  </span>
                ),
            },
            {
              title: t('risk.subjective'),
              key: 'sub',
              width: 220,
              render: (_, r) => {
                const a = r.a?.assessment;
                if (!a) return null;
                if (a.notApplied) return <Typography.Text type="secondary">{t(`risk.notApplied.${a.notApplied}`, { defaultValue: a.notApplied })}</Typography.Text>;
                return <span className="num">{a.subjective?.SP?.value ?? '—'}</span>;
              },
            },
            {
              title: t('risk.final'),
              key: 'final',
              width: 130,
              render: (_, r) =>
                r.a && (
                  <Tag color={GROUP_COLOR[r.a.assessment.final]} data-testid={`risk-final-${r.s.id}`}>
                    {t(`risk.group.${r.a.assessment.final}`, { defaultValue: r.a.assessment.final })}
                  </Tag>
                ),
            },
            {
              title: <span className="sr-only">{t('risk.cl.open')}</span>,
              key: 'cl',
              width: 120,
              render: (_, r) => (
                <Button size="small" onClick={() => navigate(`/risk?tab=checklist&subject=${encodeURIComponent(r.s.id)}`)} data-testid={`risk-cl-open-${r.s.id}`}>
                  {t('risk.cl.open')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
