// Administration (administrator only): campaigns with their bodies and schedule, the register of
// bodies, the Register of public services, users with roles and scopes, the working-day calendar
// and the audit log — each a tab (?tab=), each over the service's own routes.
import { lazy, Suspense, useState } from 'react';
import { Alert, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useAuth } from '../auth';
import { navigate, useLocation } from '../router';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import type { Body } from './admin/shared';

const Campaigns = lazy(() => import('./admin/Campaigns'));
const Bodies = lazy(() => import('./admin/Bodies'));
const Services = lazy(() => import('./admin/Services'));
const Users = lazy(() => import('./admin/Users'));
const Calendar = lazy(() => import('./admin/Calendar'));
const Audit = lazy(() => import('./admin/Audit'));

const TABS = ['campaigns', 'bodies', 'services', 'users', 'calendar', 'audit'] as const;
type Tab = (typeof TABS)[number];

export default function Admin() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { query } = useLocation();
  const tab: Tab = (TABS as readonly string[]).includes(query.get('tab') ?? '') ? (query.get('tab') as Tab) : 'campaigns';
  const [version, setVersion] = useState(0);
  // The register of bodies: every tab picks bodies from it; the bodies tab changes it.
  const bodies = useData(() => (me.role === 'administrator' ? api<Body[]>('/api/bodies') : null), [me.role, version]);
  if (me.role !== 'administrator') return <Alert type="warning" showIcon message={t('admin.onlyAdmin')} style={{ margin: '16px 0' }} data-testid="admin-refused" />;
  if (bodies.error) return <Failure error={bodies.error} />;
  if (!bodies.data) return <Loading />;
  const list = bodies.data;
  const body = (k: Tab) => {
    switch (k) {
      case 'campaigns':
        return <Campaigns bodies={list} />;
      case 'bodies':
        return <Bodies bodies={list} reload={() => setVersion((v) => v + 1)} />;
      case 'services':
        return <Services bodies={list} />;
      case 'users':
        return <Users bodies={list} />;
      case 'calendar':
        return <Calendar />;
      case 'audit':
        return <Audit />;
    }
  };
  return (
    <>
      <Typography.Title level={2}>{t('admin.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(`/admin?tab=${k}`)}
        destroyOnHidden
        data-testid="admin-tabs"
        items={TABS.map((k) => ({
          key: k,
          label: <span data-testid={`admin-tab-${k}`}>{t(`admin.tabs.${k}`)}</span>,
          children: <Suspense fallback={<Loading />}>{body(k)}</Suspense>,
        }))}
      />
    </>
  );
}
