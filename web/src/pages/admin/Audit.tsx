// The audit log: verify its hash chain (GET /api/audit/verify) and read the latest entries
// (GET /api/audit): who did what to which record, when.
import { useState } from 'react';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { Lang } from '../../i18n';
import { useData } from '../../useData';
import { Failure, Loading } from '../../components/Status';
import { applyRefusal } from './shared';

interface Verdict {
  ok: boolean;
  entries: number;
  head: string;
  brokenAt?: number;
  reason?: string;
}
interface Entry {
  seq: number;
  at: string;
  user: { id: number; login: string } | null;
  action: string;
  entity: string;
  id: string;
}

const LATEST = 100;

export default function Audit() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  // The latest entries: sequence numbers have no gaps in normal work, so the count tells where to start.
  const entries = useData(async () => {
    const v = await api<Verdict>('/api/audit/verify');
    const list = await api<Entry[]>(`/api/audit?after=${Math.max(0, v.entries - LATEST)}&limit=${LATEST}`);
    return list.reverse();
  }, [version]);
  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setVerdict(await api<Verdict>('/api/audit/verify'));
      setVersion((v) => v + 1);
    } catch (e) {
      setError(applyRefusal(null, e, t, lang, []).title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('admin.audit.intro')}</Typography.Paragraph>
      <Button type="primary" onClick={() => void verify()} loading={busy} data-testid="audit-verify">
        {t('admin.audit.verify')}
      </Button>
      {verdict && (
        <Alert
          type={verdict.ok ? 'success' : 'error'}
          showIcon
          data-testid="audit-verdict"
          message={verdict.ok ? t('admin.audit.ok', { n: verdict.entries }) : t('admin.audit.broken', { seq: verdict.brokenAt, n: verdict.entries })}
          description={verdict.ok ? <code style={{ wordBreak: 'break-all' }}>{verdict.head}</code> : verdict.reason}
        />
      )}
      {error && <Alert type="error" showIcon message={error} />}
      {entries.error ? (
        <Failure error={entries.error} />
      ) : !entries.data ? (
        <Loading />
      ) : (
        <Table
          rowKey="seq"
          size="small"
          dataSource={entries.data}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 700 }}
          data-testid="audit-table"
          columns={[
            { title: '#', dataIndex: 'seq', width: 70 },
            { title: t('admin.audit.at'), dataIndex: 'at', width: 180, render: (a: string) => a.replace('T', ' ').slice(0, 19) },
            { title: t('admin.audit.user'), key: 'user', width: 130, render: (_, e) => e.user?.login ?? t('admin.audit.system') },
            { title: t('admin.audit.action'), dataIndex: 'action', width: 170 },
            { title: t('admin.audit.record'), key: 'record', render: (_, e) => `${e.entity} ${e.id}` },
          ]}
        />
      )}
    </Space>
  );
}
