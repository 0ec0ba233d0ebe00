// The explanation drawer: why a node of a body has its value. The formula rendered with KaTeX, the
// inputs with the form and field they came from, the parameters with the date they took effect,
// the parts used, the readings, the branches taken, the legal reference with the act's original
// text (kk/ru, loaded on demand) and the provenance.
import { Button, Descriptions, Drawer, Empty, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, getEdition, getForms, type Edition, type FieldDecl, type FormDecl, type NodeTrace, type TraceAnswer } from '../api';
import { pick, type Lang } from '../i18n';
import { useData } from '../useData';
import { Failure, Loading } from './Status';
import { Formula } from './Formula';
import { ProvenanceBadge } from './ProvenanceBadge';
import { refText } from './Ref';
import { ActText } from './ActText';
import { branchView } from '../branches';

export interface ExplainTarget {
  campaignId: number;
  snapshot: string;
  bodyId: string;
  edition: string;
  nodeId: string;
}

function fieldLabel(forms: FormDecl[] | undefined, form: string, field: string, lang: Lang): string {
  const f = forms?.find((x) => x.id === form);
  // List fields are traced as `list.item`; look the item up in the list's row declaration.
  const [name, sub] = field.split('.');
  let d: FieldDecl | undefined = f?.fields.find((x) => x.name === name);
  if (d && sub) d = d.item?.find((x) => x.name === sub) ?? d;
  return d ? pick(d.label, lang) : '';
}

/** English free text of the edition (branches, notes): marked as English outside the English interface. */
function EnglishText({ text, lang }: { text: string; lang: Lang }) {
  const { t } = useTranslation();
  if (lang === 'en') return <>{text}</>;
  return (
    <span>
      <span lang="en">{text}</span> <Typography.Text type="secondary">({t('explain.inEnglish')})</Typography.Text>
    </span>
  );
}

function nodeIndex(e: Edition | undefined): Map<string, Edition['root']> {
  const m = new Map<string, Edition['root']>();
  const walk = (n: Edition['root']) => {
    m.set(n.id, n);
    n.children.forEach(walk);
  };
  if (e) walk(e.root);
  return m;
}

function TraceView({ tr, editionId, edition, forms, onOpen }: { tr: NodeTrace; editionId: string; edition: Edition | undefined; forms: FormDecl[] | undefined; onOpen: (nodeId: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const nodes = nodeIndex(edition);
  const node = nodes.get(tr.id);
  const param = (name: string) => edition?.parameters.find((p) => p.name === name);
  const reading = (id: string) => edition?.readings.find((r) => r.id === id);
  const section = (title: string) => <Typography.Title level={5} style={{ marginTop: 20 }}>{title}</Typography.Title>;
  return (
    <div data-testid="explanation">
      {node && <Typography.Paragraph strong>{pick(node.label, lang)}</Typography.Paragraph>}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('explain.rounded')}>
          <strong className="num" data-testid="explain-value">{tr.value}</strong>
          {tr.max !== null && <span> / {tr.max}</span>}
        </Descriptions.Item>
        <Descriptions.Item label={t('explain.exact')}>
          <Typography.Text code style={{ wordBreak: 'break-all' }}>{tr.exact}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('explain.reference')}>
          <span className="legal-ref">{refText(tr.ref, lang)}</span>
          {tr.ref.note && lang === 'en' && <div><Typography.Text type="secondary">{tr.ref.note}</Typography.Text></div>}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.provenance')}>
          <ProvenanceBadge p={tr.provenance} />
          {[tr.provenance.formulaId, tr.provenance.decision].filter(Boolean).length > 0 && <Typography.Text type="secondary"> {[tr.provenance.formulaId, tr.provenance.decision].filter(Boolean).join(' · ')}</Typography.Text>}
          {tr.provenance.note && <div><Typography.Text type="secondary"><EnglishText text={tr.provenance.note} lang={lang} /></Typography.Text></div>}
        </Descriptions.Item>
      </Descriptions>

      {(tr.ref.paragraph || tr.ref.appendix) && (
        <>
          {section(t('act.title'))}
          <ActText edition={editionId} r={tr.ref} english={node ? pick(node.label, 'en') : undefined} />
        </>
      )}

      {section(t('explain.formula'))}
      <div className="formula-block">
        <Formula expr={tr.formula} display />
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <code>{tr.formula}</code>
      </Typography.Text>

      {section(t('explain.inputs'))}
      {tr.inputs.length ? (
        <Table
          size="small"
          pagination={false}
          rowKey={(r) => `${r.symbol ?? ''}|${r.form}|${r.field}`}
          dataSource={tr.inputs}
          columns={[
            { title: t('explain.symbol'), dataIndex: 'symbol', width: 90, render: (s?: string) => (s ? <Typography.Text code>{s}</Typography.Text> : null) },
            { title: t('explain.form'), dataIndex: 'form', width: 80 },
            { title: t('explain.field'), key: 'field', render: (_, r) => (<span><Typography.Text code>{r.field}</Typography.Text> {fieldLabel(forms, r.form, r.field, lang)}</span>) },
            { title: t('common.value'), dataIndex: 'value', className: 'num', width: 110 },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('explain.noInputs')}</Typography.Text>
      )}

      {tr.parameters.length > 0 && (
        <>
          {section(t('explain.parameters'))}
          <Table
            size="small"
            pagination={false}
            rowKey={(r) => `${r.symbol ?? ''}|${r.name}`}
            dataSource={tr.parameters}
            columns={[
              { title: t('explain.symbol'), dataIndex: 'symbol', width: 90, render: (s?: string) => (s ? <Typography.Text code>{s}</Typography.Text> : null) },
              { title: t('methodology.parameter'), key: 'name', render: (_, p) => (<span><Typography.Text code>{p.name}</Typography.Text> {pick(param(p.name)?.label, lang)}</span>) },
              { title: t('common.value'), dataIndex: 'value', className: 'num', width: 90, render: (v: string) => (v.length > 24 ? t('methodology.band') : v) },
              { title: t('explain.effectiveFrom'), dataIndex: 'from', width: 110 },
            ]}
          />
        </>
      )}

      {tr.nodes.length > 0 && (
        <>
          {section(t('explain.nodes'))}
          <Table
            size="small"
            pagination={false}
            rowKey={(r) => `${r.symbol ?? ''}|${r.id}`}
            dataSource={tr.nodes}
            columns={[
              { title: t('explain.symbol'), dataIndex: 'symbol', width: 90, render: (s?: string) => (s ? <Typography.Text code>{s}</Typography.Text> : null) },
              {
                title: t('methodology.node'),
                key: 'id',
                render: (_, r) => (
                  <span>
                    {/* Each part is itself explained: follow the chain down to the inputs. */}
                    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(r.id)} data-testid={`explain-part-${r.id}`}>
                      {r.id}
                    </Button>{' '}
                    {pick(nodes.get(r.id)?.label, lang)}
                  </span>
                ),
              },
              { title: t('common.value'), dataIndex: 'value', className: 'num', width: 110, render: (v: string | null) => (v === null ? '—' : Number.isFinite(Number(v)) && v.length > 12 ? Number(v).toFixed(4) : v) },
            ]}
          />
        </>
      )}

      {section(t('explain.readings'))}
      {tr.readings.length ? (
        <List
          size="small"
          dataSource={tr.readings}
          renderItem={(r) => {
            const d = reading(r.id);
            const opt = d?.options.find((o) => o.value === r.value);
            return (
              <List.Item>
                <span>
                  <Tag>{r.id}</Tag> {pick(d?.label, lang)}: <strong>{opt ? pick(opt.label, lang) : r.value}</strong>{' '}
                  {d && d.default === r.value && <Tag color="green">{t('methodology.default')}</Tag>} <ProvenanceBadge p={opt?.provenance} quietText />
                </span>
              </List.Item>
            );
          }}
        />
      ) : (
        <Typography.Text type="secondary">{t('explain.none')}</Typography.Text>
      )}

      {section(t('explain.branches'))}
      {tr.branches.length ? (
        <ul data-testid="explain-branches">
          {tr.branches.map((b, i) => {
            const v = branchView(b, edition, lang, t);
            return <li key={i} title={v.english ? undefined : b}>{v.english ? <EnglishText text={v.text} lang={lang} /> : v.text}</li>;
          })}
        </ul>
      ) : (
        <Typography.Text type="secondary">{t('explain.none')}</Typography.Text>
      )}

      {tr.notes.length > 0 && (
        <>
          {section(t('explain.notes'))}
          <ul>{tr.notes.map((b, i) => (<li key={i}><EnglishText text={b} lang={lang} /></li>))}</ul>
        </>
      )}
    </div>
  );
}

interface Props {
  target: ExplainTarget | null;
  /** The node the user came from, when they followed a part of it. */
  back?: string;
  onClose(): void;
  onOpen(nodeId: string): void;
  onBack(): void;
}

export function Explanation({ target, back, onClose, onOpen, onBack }: Props) {
  const { t } = useTranslation();
  const trace = useData(
    () => (target ? api<TraceAnswer>(`/api/campaigns/${target.campaignId}/snapshots/${target.snapshot}/bodies/${encodeURIComponent(target.bodyId)}/nodes/${encodeURIComponent(target.nodeId)}?edition=${encodeURIComponent(target.edition)}`) : null),
    [target?.campaignId, target?.snapshot, target?.bodyId, target?.nodeId, target?.edition],
  );
  const edition = useData(() => (target ? getEdition(target.edition) : null), [target?.edition]);
  const forms = useData(() => (target ? getForms(target.edition) : null), [target?.edition]);
  return (
    <Drawer open={target !== null} onClose={onClose} width={720} title={
        target ? (
          <span>
            {back && (
              <Button size="small" onClick={onBack} style={{ marginInlineEnd: 8 }} data-testid="explain-back" aria-label={t('explain.back', { id: back })}>
                ← {back}
              </Button>
            )}
            {t('explain.title', { id: target.nodeId })}
          </span>
        ) : (
          ''
        )
      } destroyOnHidden>
      {trace.loading ? <Loading /> : trace.error ? <Failure error={trace.error} /> : trace.data && target ? <TraceView tr={trace.data.trace} editionId={target.edition} edition={edition.data} forms={forms.data} onOpen={onOpen} /> : <Empty />}
    </Drawer>
  );
}
