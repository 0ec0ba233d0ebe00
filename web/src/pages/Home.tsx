// Campaigns the signed-in user works on: period, editions, snapshots, and the way into the
// scorecards and rankings. Synthetic campaigns carry the banner.
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Campaign } from '../api';
import { isInsider, useAuth } from '../auth';
import { pick, type Lang } from '../i18n';
import { navigate } from '../router';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';

export function Link({ to, children, testId }: { to: string; children: React.ReactNode; testId?: string }) {
  return (
    <a href={to} data-testid={testId} onClick={(e) => (e.preventDefault(), navigate(to))}>
      {children}
    </a>
  );
}

export default function Home() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { me } = useAuth();
  const campaigns = useData(() => api<Campaign[]>('/api/campaigns'), []);
  if (campaigns.loading) return <Loading />;
  if (campaigns.error) return <Failure error={campaigns.error} />;
  const list = campaigns.data ?? [];
  const insider = isInsider(me);
  const ownBody = me.bodies[0];
  return (
    <>
      <Typography.Title level={2}>{t('home.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      {list.some((c) => c.synthetic) && <SyntheticBanner />}
      <Row gutter={[16, 16]}>
        {list.map((c) => {
          const hasResults = insider || c.publishedSnapshot !== null || c.releasedSnapshot !== null;
          return (
            <Col key={c.id} xs={24} md={12}>
              <Card title={pick(c.title, lang)} data-testid={`campaign-${c.code}`}>
                <Space direction="vertical" size={4}>
                  <span>
                    {t('common.period')}: {c.periodFrom} – {c.periodTo}
                  </span>
                  <span>
                    {t('common.edition')}: {c.editions.map((e) => <Tag key={e}>{e}</Tag>)}
                  </span>
                  <span>
                    {c.publishedSnapshot !== null && <Tag color="green">{t('common.snapshot', { n: c.publishedSnapshot })}: {t('common.published')}</Tag>}
                    {c.releasedSnapshot !== null && c.releasedSnapshot !== c.publishedSnapshot && <Tag color="blue">{t('common.snapshot', { n: c.releasedSnapshot })}: {t('common.released')}</Tag>}
                    {c.publishedSnapshot === null && c.releasedSnapshot === null && <Tag>{t('common.notComputed')}</Tag>}
                  </span>
                  {hasResults && (
                    <Space size="middle">
                      <Link to={`/campaigns/${c.id}/scorecard${!insider && ownBody ? `/${ownBody}` : ''}`} testId={`open-scorecard-${c.code}`}>
                        {t('home.scorecards')}
                      </Link>
                      {insider && (
                        <Link to={`/campaigns/${c.id}/rankings`} testId={`open-rankings-${c.code}`}>
                          {t('home.rankings')}
                        </Link>
                      )}
                    </Space>
                  )}
                </Space>
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
