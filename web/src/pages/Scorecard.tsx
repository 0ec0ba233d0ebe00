// A body's scorecard: the tree of directions, criteria and indicators with score / max, level,
// penalties, and a badge on every value whose formula is reconstructed. Every number is a button
// that opens the explanation drawer.
import { useMemo, useState } from 'react';
import { Button, Card, Descriptions, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, getEdition, type CampaignFull, type Edition, type MethodNode, type Scorecard as ScorecardData, type ScoreNode } from '../api';
import { isInsider, useAuth } from '../auth';
import { pick, type Lang } from '../i18n';
import { navigate, useLocation } from '../router';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';
import { isWeak, ProvenanceBadge } from '../components/ProvenanceBadge';
import { Ref } from '../components/Ref';
import { LevelTag } from '../components/LevelTag';
import { Explanation, type ExplainTarget } from '../components/Explanation';

interface Row {
  key: string;
  node: MethodNode;
  score: ScoreNode;
  children?: Row[];
}

const isPenalty = (n: MethodNode) => /\.PEN$/.test(n.id) || /penalt|штраф|айыппұл/i.test(n.label.en);

/** The edition's tree, keeping only the nodes the body has a value for (the others do not apply to its kind). */
function rows(n: MethodNode, values: Map<string, ScoreNode>): Row | null {
  const score = values.get(n.id);
  if (!score) return null;
  const children = n.children.map((c) => rows(c, values)).filter((r): r is Row => r !== null);
  return { key: n.id, node: n, score, children: children.length ? children : undefined };
}

/** Open the root and the directions, and the wrappers under them (D1.SUM holds D1's criteria), so the criteria show. */
function firstOpen(root: MethodNode): string[] {
  const keys: string[] = [];
  const walk = (n: MethodNode, depth: number) => {
    if (!n.children.length) return;
    if (depth < 2 || n.level === 'adjustment') {
      keys.push(n.id);
      n.children.forEach((c) => walk(c, depth + 1));
    }
  };
  walk(root, 0);
  return keys;
}

function EditionCard({ ed, edition, campaignId, bodyId, snapshot, onExplain }: { ed: ScorecardData['editions'][number]; edition: Edition; campaignId: number; bodyId: string; snapshot: string; onExplain: (t: ExplainTarget) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const values = useMemo(() => new Map(ed.nodes.map((n) => [n.id, n])), [ed]);
  const tree = useMemo(() => rows(edition.root, values), [edition, values]);
  const [expanded, setExpanded] = useState<readonly React.Key[]>(() => firstOpen(edition.root));
  const explain = (nodeId: string) => onExplain({ campaignId, snapshot, bodyId, edition: ed.edition, nodeId });
  const { me } = useAuth();
  const officer = me.role === 'body_officer' && me.bodies.includes(bodyId);
  const objectHref = (nodeId: string) => `/campaigns/${campaignId}/workflow/${encodeURIComponent(bodyId)}?node=${encodeURIComponent(nodeId)}`;
  const changed = Object.entries(ed.readings).filter(([id, v]) => edition.readings.find((r) => r.id === id)?.default !== v);
  return (
    <Card title={<span>{ed.edition} — {pick(edition.act.title, lang)}</span>} className="card-title-wrap" style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={{ xs: 1, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('scorecard.overall')}>
          <Button type="link" className="score-link" onClick={() => explain(edition.root.id)} data-testid="overall-score">
            <strong>{ed.score}</strong>
          </Button>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.level')}>
          <LevelTag levels={edition.levels} id={ed.level} />
        </Descriptions.Item>
        <Descriptions.Item label={t('common.rank')}>{ed.rank ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('common.asOf')}>{ed.asOf}</Descriptions.Item>
        {changed.length > 0 && (
          <Descriptions.Item label={t('methodology.readings')} span={4}>
            {/* the reading's id and the chosen option in the user's language (the option's code on hover) */}
            {changed.map(([id, v]) => (<Tag key={id} color="purple" title={v}>{id}: {pick(edition.readings.find((r) => r.id === id)?.options.find((o) => o.value === v)?.label, lang) || v}</Tag>))}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph type="secondary">{t('scorecard.clickHint')}</Typography.Paragraph>
      <Table<Row>
        size="small"
        pagination={false}
        dataSource={tree ? [tree] : []}
        expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
        scroll={{ x: 1040 }}
        tableLayout="fixed"
        data-testid="scorecard-tree"
        columns={[
          {
            title: t('methodology.node'),
            key: 'node',
            width: 380,
            render: (_, r) => (
              <span>
                <Typography.Text code>{r.node.id}</Typography.Text> {pick(r.node.label, lang)} {isPenalty(r.node) && <Tag color="volcano">{t('scorecard.penalty')}</Tag>}
              </span>
            ),
          },
          {
            title: t('common.score'),
            key: 'score',
            width: 130,
            className: 'num',
            render: (_, r) => (
              <Tooltip title={t('scorecard.explain', { id: r.node.id })}>
                <Button type="link" className="score-link" onClick={() => explain(r.node.id)} data-testid={`score-${r.node.id}`} aria-label={t('scorecard.explain', { id: r.node.id })} danger={isPenalty(r.node) && Number(r.score.value) > 0}>
                  {isPenalty(r.node) && Number(r.score.value) > 0 ? '−' : ''}
                  {r.score.value}
                </Button>
                {r.score.max !== null && <Typography.Text type="secondary"> / {r.score.max}</Typography.Text>}
              </Tooltip>
            ),
          },
          { title: t('common.level'), key: 'level', width: 175, render: (_, r) => <LevelTag levels={edition.levels} id={r.score.level} /> },
          { title: t('common.provenance'), key: 'prov', width: 200, render: (_, r) => <span data-weak={isWeak(r.node.provenance) || undefined}><ProvenanceBadge p={r.node.provenance} quietText /></span> },
          { title: t('common.reference'), key: 'ref', width: 150, render: (_, r) => <span className="legal-ref"><Ref r={r.node.ref} /></span> },
          ...(officer
            ? [
                {
                  title: <span className="sr-only">{t('wf.objectTo')}</span>,
                  key: 'object',
                  width: 48,
                  render: (_: unknown, r: Row) => (
                    <Tooltip title={t('wf.objectTo')}>
                      <a href={objectHref(r.node.id)} aria-label={`${t('wf.objectTo')}: ${r.node.id}`} data-testid={`object-${r.node.id}`} onClick={(e) => (e.preventDefault(), navigate(objectHref(r.node.id)))}>
                        ⚐
                      </a>
                    </Tooltip>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function Body({ campaignId, bodyId, snapshot }: { campaignId: number; bodyId: string; snapshot: string }) {
  const { t } = useTranslation();
  const card = useData(() => api<ScorecardData>(`/api/campaigns/${campaignId}/snapshots/${encodeURIComponent(snapshot)}/bodies/${encodeURIComponent(bodyId)}`), [campaignId, bodyId, snapshot]);
  const editions = useData(() => (card.data ? Promise.all(card.data.editions.map((e) => getEdition(e.edition))) : null), [card.data]);
  const [target, setTarget] = useState<ExplainTarget | null>(null);
  // The nodes walked through in the drawer, so "back" returns up the chain.
  const [trail, setTrail] = useState<string[]>([]);
  const open = (t: ExplainTarget) => {
    setTrail([]);
    setTarget(t);
  };
  if (card.error) return <Failure error={card.error} />;
  if (editions.error) return <Failure error={editions.error} />;
  // The editions are asked for only once the scorecard is in, so wait for both.
  if (card.loading || !card.data || !editions.data || editions.data.length !== card.data.editions.length) return <Loading />;
  const data = card.data!;
  return (
    <>
      {data.editions.some((e) => e.synthetic) && <SyntheticBanner />}
      {/* a snapshot asked for by number (?snapshot=, e.g. the one a commission decision made) is named */}
      {snapshot !== 'latest' && <Tag data-testid="scorecard-snapshot">{t('common.snapshot', { n: data.snapshot })}</Tag>}
      {data.editions.map((ed, i) => (
        <EditionCard key={ed.edition} ed={ed} edition={editions.data![i]!} campaignId={campaignId} bodyId={bodyId} snapshot={snapshot} onExplain={open} />
      ))}
      <Explanation
        target={target}
        back={trail[trail.length - 1]}
        onClose={() => setTarget(null)}
        onOpen={(nodeId) => {
          if (!target) return;
          setTrail([...trail, target.nodeId]);
          setTarget({ ...target, nodeId });
        }}
        onBack={() => {
          if (!target || !trail.length) return;
          setTarget({ ...target, nodeId: trail[trail.length - 1]! });
          setTrail(trail.slice(0, -1));
        }}
      />
    </>
  );
}

export default function ScorecardPage({ campaignId, bodyId }: { campaignId: number; bodyId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { me } = useAuth();
  const snapshot = useLocation().query.get('snapshot') ?? 'latest';
  const campaign = useData(() => api<CampaignFull>(`/api/campaigns/${campaignId}`), [campaignId]);
  // Published results are everyone's; otherwise insiders see every body and officers their own.
  const open = campaign.data?.publishedSnapshot != null;
  const bodies = (campaign.data?.bodies ?? []).filter((b) => open || isInsider(me) || me.bodies.includes(b.id));
  const chosen = bodyId ?? bodies[0]?.id;
  return (
    <>
      <Typography.Title level={2}>{t('scorecard.title')}</Typography.Title>
      {campaign.error ? (
        <Failure error={campaign.error} />
      ) : (
        <>
          <Typography.Paragraph>
            {t('common.campaign')}: <strong>{campaign.data ? pick(campaign.data.title, lang) : '…'}</strong>
          </Typography.Paragraph>
          <Space wrap style={{ marginBottom: 16 }}>
            <label htmlFor="body-select">{t('scorecard.chooseBody')}</label>
            <Select
              id="body-select"
              showSearch
              optionFilterProp="label"
              style={{ width: 420 }}
              value={chosen}
              loading={campaign.loading}
              onChange={(v: string) => navigate(`/campaigns/${campaignId}/scorecard/${encodeURIComponent(v)}`)}
              options={bodies.map((b) => ({ value: b.id, label: `${pick(b.name, lang)} (${b.id})` }))}
              data-testid="body-select"
            />
          </Space>
        </>
      )}
      {chosen && <Body campaignId={campaignId} bodyId={chosen} snapshot={snapshot} />}
    </>
  );
}
