// Campaigns the signed-in user works on: period, editions, snapshots, and the way into the
// scorecards and rankings. Synthetic campaigns carry the banner.
import { useState } from 'react';
import { Button, Card, Col, Popconfirm, Row, Space, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure, type Campaign, type CampaignFull } from '../api';
import type { Me } from '../api';
import { isInsider, useAuth } from '../auth';
import { pick, type Lang } from '../i18n';
import { Link } from '../components/Link';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';

interface SnapshotMeta {
  number: number;
  released: boolean;
  published: boolean;
}

/** One campaign: period, editions, the snapshots the user may see, and the way to its results. */
function CampaignCard({ c, me }: { c: Campaign; me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const insider = isInsider(me);
  const ownBody = me.bodies[0];
  const [version, setVersion] = useState(0);
  const snaps = useData(() => api<SnapshotMeta[]>(`/api/campaigns/${c.id}/snapshots`), [c.id, version]);
  const [busy, setBusy] = useState(false);
  // Evaluators compute the campaigns whose schedule names their assessing body (as the service checks).
  const evaluator = me.role === 'evaluator';
  const full = useData(() => (evaluator ? api<CampaignFull>(`/api/campaigns/${c.id}`) : null), [c.id, evaluator]);
  const assesses = evaluator && !!full.data?.schedule.some((s) => me.assessingBodies.includes(s.assessingBody));
  const canCompute = me.role === 'administrator' || me.role === 'methodologist' || assesses;
  const canWhatIf = me.role === 'administrator' || me.role === 'methodologist';
  const isAdmin = me.role === 'administrator';
  // Compute, release, publish: each answers with the new state; the list is read again after.
  const act = async (path: string, done: (r: { number: number }) => string) => {
    setBusy(true);
    try {
      const r = await api<{ number: number }>(path, { method: 'POST', body: {} });
      void message.success(done(r));
      setVersion((v) => v + 1);
    } catch (e) {
      void message.error(e instanceof ApiFailure ? `${e.text(lang)}: ${e.message}` : String(e));
    } finally {
      setBusy(false);
    }
  };
  const latest = snaps.data?.[snaps.data.length - 1];
  const any = (snaps.data ?? []).length > 0;
  return (
    <Card title={pick(c.title, lang)} className="card-title-wrap" data-testid={`campaign-${c.code}`}>
      <Space direction="vertical" size={4}>
        <span>
          {t('common.period')}: {c.periodFrom} – {c.periodTo}
        </span>
        <span>
          {t('common.edition')}: {c.editions.map((e) => <Tag key={e}>{e}</Tag>)}
        </span>
        <span>
          {snaps.data?.map((s) => (
            <Tag key={s.number} color={s.published ? 'green' : s.released ? 'blue' : 'default'}>
              {t('common.snapshot', { n: s.number })}
              {s.published ? `: ${t('common.published')}` : s.released ? `: ${t('common.released')}` : ''}
            </Tag>
          ))}
          {snaps.data && !any && <Tag>{t('common.notComputed')}</Tag>}
        </span>
        {(canCompute || isAdmin) && (
          <Space wrap>
            {canCompute && (
              <Button size="small" loading={busy} onClick={() => void act(`/api/campaigns/${c.id}/compute`, (r) => t('home.computed', { n: r.number }))} data-testid={`compute-${c.code}`}>
                {t('home.compute')}
              </Button>
            )}
            {isAdmin && latest && !latest.released && (
              <Button size="small" loading={busy} onClick={() => void act(`/api/campaigns/${c.id}/snapshots/${latest.number}/release`, () => t('common.released'))}>
                {t('home.release', { n: latest.number })}
              </Button>
            )}
            {isAdmin && latest && !latest.published && (
              <Popconfirm title={t('home.confirmPublish', { n: latest.number })} onConfirm={() => void act(`/api/campaigns/${c.id}/snapshots/${latest.number}/publish`, () => t('common.published'))}>
                <Button size="small" loading={busy}>
                  {t('home.publish', { n: latest.number })}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
        <Space size="middle" wrap className="link-row">
          {(me.role === 'body_officer' || me.role === 'administrator') && c.publishedSnapshot === null && (
            <Link to={`/campaigns/${c.id}/entry${ownBody ? `/${ownBody}` : ''}`} testId={`open-entry-${c.code}`}>
              {t('entry.open')}
            </Link>
          )}
          {insider && (
            <Link to={`/campaigns/${c.id}/dashboard`} testId={`open-dashboard-${c.code}`}>
              {t('dashboard.open')}
            </Link>
          )}
          {any && (
            <>
              <Link to={`/campaigns/${c.id}/scorecard${!insider && ownBody ? `/${ownBody}` : ''}`} testId={`open-scorecard-${c.code}`}>
                {t('home.scorecards')}
              </Link>
              {(insider || c.publishedSnapshot !== null) && (
                <Link to={`/campaigns/${c.id}/rankings`} testId={`open-rankings-${c.code}`}>
                  {t('home.rankings')}
                </Link>
              )}
              <Link to={`/campaigns/${c.id}/workflow${!insider && ownBody ? `/${ownBody}` : ''}`} testId={`open-workflow-${c.code}`}>
                {t('wf.open')}
              </Link>
              {canWhatIf && (
                <Link to={`/campaigns/${c.id}/what-if`} testId={`open-what-if-${c.code}`}>
                  {t('home.whatIf')}
                </Link>
              )}
            </>
          )}
        </Space>
      </Space>
    </Card>
  );
}

export default function Home() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const campaigns = useData(() => api<Campaign[]>('/api/campaigns'), []);
  if (campaigns.loading) return <Loading />;
  if (campaigns.error) return <Failure error={campaigns.error} />;
  const list = campaigns.data ?? [];
  return (
    <>
      <Typography.Title level={2}>{t('home.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      {list.some((c) => c.synthetic) && <SyntheticBanner />}
      <Row gutter={[16, 16]}>
        {list.map((c) => (
          <Col key={c.id} xs={24} md={12}>
            <CampaignCard c={c} me={me} />
          </Col>
        ))}
      </Row>
    </>
  );
}
