// The shell: header (brand, role-aware navigation, language switch, sign-in/out) and the page for
// the current path. Pages are loaded on demand, so the public page does not carry the charts,
// KaTeX or the scorecard.
import { lazy, Suspense, useMemo } from 'react';
import { ConfigProvider, Menu } from 'antd';
// The ES builds of the locales: `antd/locale/*` are CommonJS and drag a second copy of shared code.
import kkKZ from 'antd/es/locale/kk_KZ';
import ruRU from 'antd/es/locale/ru_RU';
import enUS from 'antd/es/locale/en_US';
import { useTranslation } from 'react-i18next';
import { AuthProvider, isInsider, seesScorecards, useAuth } from './auth';
import { match, navigate, useLocation } from './router';
import { LangSwitch } from './components/LangSwitch';
import { Account } from './components/Account';
import { Loading } from './components/Status';
import type { Lang } from './i18n';

const Home = lazy(() => import('./pages/Home'));
const Methodology = lazy(() => import('./pages/Methodology'));
const ScorecardPage = lazy(() => import('./pages/Scorecard'));
const Rankings = lazy(() => import('./pages/Rankings'));
const PublicPage = lazy(() => import('./pages/Public'));
const Dashboard = lazy(() => import('./pages/Dashboard'));
const DataEntry = lazy(() => import('./pages/DataEntry'));
const Risk = lazy(() => import('./pages/Risk'));
const WhatIf = lazy(() => import('./pages/WhatIf'));
const Workflow = lazy(() => import('./pages/Workflow'));
const Admin = lazy(() => import('./pages/Admin'));

const ANTD = { kk: kkKZ, ru: ruRU, en: enUS };

function Page() {
  const { path, query } = useLocation();
  const { me, ready } = useAuth();
  const { t } = useTranslation();
  if (!ready) return <Loading />;
  let m: Record<string, string> | null;
  if (path === '/' || path === '') return isInsider(me) || me.role === 'body_officer' ? <Home /> : <PublicPage />;
  if (path === '/public') return <PublicPage />;
  if (path === '/risk') return <Risk />;
  if (path === '/admin') return <Admin />;
  if ((m = match('/methodology/:edition?', path))) return <Methodology edition={m.edition} />;
  if ((m = match('/campaigns/:id/scorecard/:body?', path))) return <ScorecardPage campaignId={Number(m.id)} bodyId={m.body} />;
  if ((m = match('/campaigns/:id/rankings', path))) return <Rankings campaignId={Number(m.id)} />;
  if ((m = match('/campaigns/:id/what-if', path))) return <WhatIf campaignId={Number(m.id)} />;
  if ((m = match('/campaigns/:id/workflow/:body?', path)))
    return <Workflow campaignId={Number(m.id)} bodyId={m.body} node={query.get('node') ?? undefined} tab={query.get('tab') ?? undefined} />;
  if ((m = match('/campaigns/:id/dashboard', path))) return <Dashboard campaignId={Number(m.id)} />;
  if ((m = match('/campaigns/:id/entry/:body?/:form?', path))) return <DataEntry campaignId={Number(m.id)} bodyId={m.body} formKey={m.form} />;
  // A plain 404: antd's Result carries large illustrations into every page's bundle.
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <h1>404</h1>
      <a href="/" onClick={(e) => (e.preventDefault(), navigate('/'))}>
        {t('nav.home')}
      </a>
    </div>
  );
}

function Nav() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { path } = useLocation();
  const items = useMemo(() => {
    const list: { key: string; label: string }[] = [];
    if (seesScorecards(me)) list.push({ key: '/', label: t('nav.home') });
    list.push({ key: '/public', label: t('nav.public') });
    list.push({ key: '/methodology', label: t('nav.methodology') });
    if (me.signedIn && ['inspector', 'administrator', 'methodologist', 'commission'].includes(me.role)) list.push({ key: '/risk', label: t('risk.nav') });
    if (me.signedIn && me.role === 'administrator') list.push({ key: '/admin', label: t('admin.nav') });
    return list;
  }, [me, t]);
  const selected = items.filter((i) => (i.key === '/' ? path === '/' || path.startsWith('/campaigns') : path.startsWith(i.key))).map((i) => i.key);
  return (
    <Menu
      className="shell-nav"
      mode="horizontal"
      selectedKeys={selected}
      overflowedIndicator={<span aria-label={t('ui.more')} title={t('ui.more')}>…</span>}
      items={items.map((i) => ({
        key: i.key,
        label: (
          <a href={i.key} onClick={(e) => (e.preventDefault(), navigate(i.key))}>
            {i.label}
          </a>
        ),
      }))}
    />
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  return (
    <ConfigProvider locale={ANTD[i18n.language as Lang] ?? ruRU}>
      <header className="shell-header">
        <a className="shell-brand" href="/" onClick={(e) => (e.preventDefault(), navigate('/'))} title={t('app.tagline')}>
          tiimdi<small>{t('app.tagline')}</small>
        </a>
        {/* min-width 0 lets the menu shrink: antd then folds the items that do not fit into its "…" submenu. */}
        <nav aria-label={t('ui.mainNav')} className="shell-navbox">
          <Nav />
        </nav>
        <div className="shell-tools">
          <LangSwitch />
          <Account />
        </div>
      </header>
      <main className="shell-main">
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      </main>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <AuthProvider>
      <Shell />
    </AuthProvider>
  );
}
