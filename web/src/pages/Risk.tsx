// Risk-based control (inspectors): three tabs — every control subject's risk degree and why, the
// semi-annual list of preventive control with visits (compute, versions, approval), and the
// checklist of Appendix 2 filled during a visit. The tab is in the address (?tab=list|checklist).
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { navigate, useLocation } from '../router';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { Subjects } from '../components/risk/Subjects';
import { Lists } from '../components/risk/Lists';
import { Checklist } from '../components/risk/Checklist';
import type { EditionView, Subject } from '../components/risk/types';
import '../components/risk/risk.css';

const TABS = ['subjects', 'list', 'checklist'] as const;

export default function Risk() {
  const { t } = useTranslation();
  const { query } = useLocation();
  const tab = (TABS as readonly string[]).includes(query.get('tab') ?? '') ? query.get('tab')! : 'subjects';
  const edition = useData(() => api<EditionView>('/api/risk/edition'), []);
  const subjects = useData(() => api<Subject[]>('/api/risk/subjects'), []);
  const needs = (node: (e: EditionView, s: Subject[]) => React.ReactNode) =>
    edition.error || subjects.error ? <Failure error={edition.error ?? subjects.error} /> : edition.data && subjects.data ? node(edition.data, subjects.data) : <Loading />;
  return (
    <>
      <Typography.Title level={2}>{t('risk.title')}</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(k === 'subjects' ? '/risk' : `/risk?tab=${k}`)}
        destroyOnHidden
        items={[
          { key: 'subjects', label: <span data-testid="risk-tab-subjects">{t('risk.tabs.subjects')}</span>, children: <Subjects edition={edition.data} /> },
          { key: 'list', label: <span data-testid="risk-tab-list">{t('risk.tabs.list')}</span>, children: needs((e, s) => <Lists edition={e} subjects={s} />) },
          {
            key: 'checklist',
            label: <span data-testid="risk-tab-checklist">{t('risk.tabs.checklist')}</span>,
            children: needs((e, s) => <Checklist key={query.get('subject') ?? ''} edition={e} subjects={s} initialSubject={query.get('subject') ?? undefined} />),
          },
        ]}
      />
    </>
  );
}
