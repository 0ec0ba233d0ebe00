// After the computation, for one body: objections (the officer files, the evaluator states the
// assessing body's position, the commission votes and decides — an upheld objection with its changed
// inputs or readings, components/workflow/Decision.tsx), the reconciliation act (facts from the
// edition's forms, printed as DOCX/PDF), and the conclusion forms the service lists for the body's
// kind (draft findings, final text, DOCX/PDF) with the Excel scorecard and rankings.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure, getForms, type CampaignFull, type Scorecard } from '../api';
import { isInsider, useAuth } from '../auth';
import { pick, type Lang } from '../i18n';
import { navigate } from '../router';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { Link } from '../components/Link';
import { Decision, useChangeLabel, type Change } from '../components/workflow/Decision';

interface Objection {
  id: number;
  bodyId: string;
  edition: string;
  node: string;
  snapshot: number;
  text: string;
  attachments: string[];
  filedOn: string;
  windowClosedOn: string;
  decideBy: string;
  by: string;
  position: { text: string; by: string; at: string } | null;
  votes: { login: string; vote: string }[];
  quorum: number;
  decision: { decision: 'upheld' | 'rejected'; changes: Change[]; snapshot: number | null; by: string; at: string } | null;
}

interface Findings {
  snapshot: number;
  edition: string;
  draft: { analysis: string[]; conclusions: string };
  final: { analysis: string[]; conclusions: string } | null;
}

/** The service's list of an edition's conclusion forms that apply to the body's kind. */
interface ConclusionForms {
  kind: string;
  editions: { edition: string; forms: { id: string; title: Partial<Record<Lang, string>>; appendix: string | null; appliesTo: string[] | null }[] }[];
}

const errText = (e: unknown, lang: Lang) => (e instanceof ApiFailure ? e.text(lang) : e instanceof Error ? e.message : String(e));

function useLang() {
  const { t, i18n } = useTranslation();
  return { t, lang: i18n.language as Lang };
}

/** What a decided objection changed, and the snapshot it made (with the body's scorecard in it). */
function DecisionSummary({ campaignId, o }: { campaignId: number; o: Objection }) {
  const { t } = useLang();
  const label = useChangeLabel(o.edition);
  const d = o.decision;
  if (!d || (!d.changes.length && d.snapshot === null)) return null;
  return (
    <div data-testid={`decision-${o.id}`}>
      {d.changes.map((c, k) => (
        <div key={k}>
          <Typography.Text type="secondary" title={label(c)}>
            {label(c, true)}
          </Typography.Text>
        </div>
      ))}
      {d.snapshot !== null && (
        <Link to={`/campaigns/${campaignId}/scorecard/${encodeURIComponent(o.bodyId)}?snapshot=${d.snapshot}`} testId={`decision-snapshot-${o.id}`}>
          {t('wf.dec.newSnapshot', { n: d.snapshot })}
        </Link>
      )}
    </div>
  );
}

function Objections({ campaignId, bodyId, editions, initialNode, readings }: { campaignId: number; bodyId: string; editions: string[]; initialNode?: string; readings: Record<string, Record<string, string>> }) {
  const { t, lang } = useLang();
  const { me } = useAuth();
  const [tick, setTick] = useState(0);
  const list = useData(() => api<Objection[]>(`/api/campaigns/${campaignId}/objections`), [campaignId, tick]);
  const [node, setNode] = useState(initialNode ?? '');
  const [text, setText] = useState('');
  const [docs, setDocs] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [positions, setPositions] = useState<Record<number, string>>({});
  const [deciding, setDeciding] = useState<number | null>(null);
  const officer = me.role === 'body_officer' && me.bodies.includes(bodyId);
  const run = async (f: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    setError(null);
    try {
      await f();
      void message.success(ok);
      setTick((n) => n + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const rows = (list.data ?? []).filter((o) => o.bodyId === bodyId);
  const status = (o: Objection) =>
    o.decision ? <Tag color={o.decision.decision === 'upheld' ? 'green' : 'red'}>{t(`wf.decision.${o.decision.decision}`)}</Tag> : <Tag color="gold">{t('wf.pending')}</Tag>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {officer && (
        <Card title={t('wf.fileTitle')} size="small">
          <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }}>
            <label htmlFor="obj-node">{t('wf.node')}</label>
            <Input id="obj-node" value={node} onChange={(e) => setNode(e.target.value)} placeholder="D1.K2" data-testid="obj-node" />
            <label htmlFor="obj-text">{t('wf.text')}</label>
            <Input.TextArea id="obj-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} data-testid="obj-text" />
            <label htmlFor="obj-docs">{t('wf.documents')}</label>
            <Input id="obj-docs" value={docs} onChange={(e) => setDocs(e.target.value)} placeholder={t('wf.documentsHint')} data-testid="obj-docs" />
            <Button
              type="primary"
              loading={busy}
              disabled={!node.trim() || !text.trim()}
              data-testid="obj-submit"
              onClick={() =>
                void run(
                  () =>
                    api(`/api/campaigns/${campaignId}/bodies/${encodeURIComponent(bodyId)}/objections`, {
                      method: 'POST',
                      body: { node: node.trim(), edition: editions[0], text: text.trim(), attachments: docs.split(';').map((s) => s.trim()).filter(Boolean) },
                    }).then(() => setText('')),
                  t('wf.filed'),
                )
              }
            >
              {t('wf.file')}
            </Button>
          </Space>
        </Card>
      )}
      {error != null && <Alert type="error" showIcon message={errText(error, lang)} data-testid="wf-error" />}
      {list.error ? (
        <Failure error={list.error} />
      ) : (
        <Table<Objection>
          data-testid="objections"
          rowKey="id"
          size="small"
          loading={list.loading}
          pagination={false}
          scroll={{ x: 900 }}
          dataSource={rows}
          locale={{ emptyText: t('wf.none') }}
          columns={[
            { title: '№', dataIndex: 'id', width: 50 },
            { title: t('wf.node'), dataIndex: 'node', width: 110 },
            { title: t('wf.filedOn'), render: (_, o) => `${o.filedOn} (${o.by})`, width: 150 },
            { title: t('wf.text'), render: (_, o) => (<>{o.text}{o.attachments.length > 0 && <div><Typography.Text type="secondary">{o.attachments.join('; ')}</Typography.Text></div>}</>) },
            {
              title: t('wf.position'),
              render: (_, o) =>
                o.position ? (
                  o.position.text
                ) : me.role === 'evaluator' || me.role === 'administrator' ? (
                  <Space.Compact style={{ width: '100%' }}>
                    <Input aria-label={t('wf.position')} value={positions[o.id] ?? ''} onChange={(e) => setPositions({ ...positions, [o.id]: e.target.value })} data-testid={`position-${o.id}`} />
                    <Button disabled={!positions[o.id]?.trim()} loading={busy} data-testid={`position-save-${o.id}`} onClick={() => void run(() => api(`/api/campaigns/${campaignId}/objections/${o.id}/position`, { method: 'POST', body: { text: positions[o.id]!.trim() } }), t('wf.saved'))}>
                      {t('wf.save')}
                    </Button>
                  </Space.Compact>
                ) : (
                  '—'
                ),
            },
            {
              title: t('wf.votes'),
              width: 230,
              render: (_, o) => (
                <Space direction="vertical" size={4}>
                  <span data-testid={`votes-${o.id}`}>
                    {(['uphold', 'reject', 'abstain'] as const).map((v) => `${t(`wf.vote.${v}`)}: ${o.votes.filter((x) => x.vote === v).length}`).join(' · ')}
                  </span>
                  {me.role === 'commission' && !o.decision && (
                    <Space wrap size={4}>
                      {(['uphold', 'reject', 'abstain'] as const).map((v) => (
                        <Button key={v} size="small" loading={busy} data-testid={`vote-${o.id}-${v}`} onClick={() => void run(() => api(`/api/campaigns/${campaignId}/objections/${o.id}/votes`, { method: 'POST', body: { vote: v } }), t('wf.voted'))}>
                          {t(`wf.vote.${v}`)}
                        </Button>
                      ))}
                      <Button size="small" type="primary" data-testid={`decide-${o.id}`} onClick={() => setDeciding(o.id)}>
                        {t('wf.decide')}
                      </Button>
                    </Space>
                  )}
                </Space>
              ),
            },
            {
              title: t('wf.status'),
              width: 220,
              render: (_, o) => (
                <span data-testid={`status-${o.id}`}>
                  {status(o)}
                  {!o.decision && (
                    <div>
                      <Typography.Text type="secondary">{t('wf.decideBy', { date: o.decideBy })}</Typography.Text>
                    </div>
                  )}
                  <DecisionSummary campaignId={campaignId} o={o} />
                </span>
              ),
            },
          ]}
        />
      )}
      {(() => {
        const o = rows.find((x) => x.id === deciding);
        return o && me.role === 'commission' ? (
          <Decision key={o.id} campaignId={campaignId} objection={o} readings={readings[o.edition] ?? {}} onDecided={() => setTick((n) => n + 1)} onClose={() => setDeciding(null)} />
        ) : null;
      })()}
      <Space wrap>
        {(['docx', 'pdf'] as const).map((f) => (
          <a key={f} href={`/api/campaigns/${campaignId}/bodies/${encodeURIComponent(bodyId)}/disagreements?format=${f}&lang=${lang}`} download data-testid={`disagreements-${f}`}>
            {t('wf.disagreements')} ({f.toUpperCase()})
          </a>
        ))}
      </Space>
    </Space>
  );
}

interface Fact {
  form: string;
  field: string;
  reported: string;
  verified: number | null;
  document: string;
}

function Verification({ campaignId, bodyId, edition }: { campaignId: number; bodyId: string; edition: string }) {
  const { t, lang } = useLang();
  const forms = useData(() => getForms(edition), [edition]);
  const [facts, setFacts] = useState<Fact[]>([]);
  const [form, setForm] = useState<string>();
  const [field, setField] = useState<string>();
  const [reported, setReported] = useState('');
  const [verified, setVerified] = useState<number | null>(null);
  const [doc, setDoc] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const decl = forms.data?.find((f) => f.id === form);
  // The reported value: from the body's submission of that form, if there is one.
  useEffect(() => {
    if (!form || !field) return;
    let live = true;
    api<{ data: Record<string, unknown> | null }>(`/api/campaigns/${campaignId}/submissions/${encodeURIComponent(bodyId)}/${encodeURIComponent(edition)}/${encodeURIComponent(form)}`).then(
      (s) => live && setReported(s.data?.[field] == null ? '' : String(s.data[field])),
      () => live && setReported(''),
    );
    return () => {
      live = false;
    };
  }, [campaignId, bodyId, edition, form, field]);
  if (forms.loading) return <Loading />;
  if (forms.error) return <Failure error={forms.error} />;
  const add = () => {
    if (!form || !field) return;
    setFacts([...facts, { form, field, reported, verified, document: doc }]);
    setField(undefined);
    setReported('');
    setVerified(null);
    setDoc('');
  };
  const num = (s: string) => (s.trim() === '' ? null : Number.isFinite(Number(s)) ? Number(s) : s);
  const record = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/campaigns/${campaignId}/bodies/${encodeURIComponent(bodyId)}/reconciliation-acts`, {
        method: 'POST',
        body: { edition, facts: facts.map((f) => ({ form: f.form, field: f.field, reported: num(f.reported), verified: f.verified, document: f.document })) },
      });
      setSaved(true);
      void message.success(t('wf.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap align="end">
        <Space direction="vertical" size={2}>
          <label htmlFor="fact-form">{t('wf.form')}</label>
          <Select id="fact-form" showSearch optionFilterProp="label" style={{ width: 260 }} value={form} onChange={(v: string) => (setForm(v), setField(undefined))} options={(forms.data ?? []).map((f) => ({ value: f.id, label: `${f.id} — ${pick(f.label, lang)}` }))} data-testid="fact-form" />
        </Space>
        <Space direction="vertical" size={2}>
          <label htmlFor="fact-field">{t('wf.field')}</label>
          <Select id="fact-field" showSearch optionFilterProp="label" style={{ width: 260 }} value={field} onChange={(v: string) => setField(v)} options={(decl?.fields ?? []).map((f) => ({ value: f.name, label: `${f.name} — ${pick(f.label, lang)}` }))} data-testid="fact-field" />
        </Space>
        <Space direction="vertical" size={2}>
          <label htmlFor="fact-reported">{t('wf.reported')}</label>
          <Input id="fact-reported" style={{ width: 120 }} value={reported} onChange={(e) => setReported(e.target.value)} data-testid="fact-reported" />
        </Space>
        <Space direction="vertical" size={2}>
          <label htmlFor="fact-verified">{t('wf.verified')}</label>
          <InputNumber id="fact-verified" style={{ width: 120 }} value={verified} onChange={(v) => setVerified(v)} data-testid="fact-verified" />
        </Space>
        <Space direction="vertical" size={2}>
          <label htmlFor="fact-doc">{t('wf.document')}</label>
          <Input id="fact-doc" style={{ width: 220 }} value={doc} onChange={(e) => setDoc(e.target.value)} data-testid="fact-doc" />
        </Space>
        <Button onClick={add} disabled={!form || !field || !doc.trim()} data-testid="fact-add">
          {t('wf.addFact')}
        </Button>
      </Space>
      <Table<Fact & { k: number }>
        size="small"
        rowKey="k"
        pagination={false}
        scroll={{ x: 700 }}
        dataSource={facts.map((f, k) => ({ ...f, k }))}
        locale={{ emptyText: t('wf.noFacts') }}
        data-testid="facts"
        columns={[
          { title: t('wf.form'), dataIndex: 'form' },
          { title: t('wf.field'), dataIndex: 'field' },
          { title: t('wf.reported'), dataIndex: 'reported' },
          { title: t('wf.verified'), dataIndex: 'verified' },
          { title: t('wf.document'), dataIndex: 'document' },
          { title: '', render: (_, f) => <Button size="small" onClick={() => setFacts(facts.filter((_, i) => i !== f.k))}>{t('wf.remove')}</Button> },
        ]}
      />
      {error != null && <Alert type="error" showIcon message={errText(error, lang)} />}
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => void record()} data-testid="act-record">
          {t('wf.recordAct')}
        </Button>
        {saved &&
          (['docx', 'pdf'] as const).map((f) => (
            <a key={f} href={`/api/campaigns/${campaignId}/bodies/${encodeURIComponent(bodyId)}/reconciliation-acts/${encodeURIComponent(edition)}/document?format=${f}&lang=${lang}`} download data-testid={`act-${f}`}>
              {t('wf.printAct')} ({f.toUpperCase()})
            </a>
          ))}
      </Space>
    </Space>
  );
}

function Conclusions({ campaignId, bodyId, edition }: { campaignId: number; bodyId: string; edition: string }) {
  const { t, lang: uiLang } = useLang();
  const { me } = useAuth();
  const list = useData(() => api<ConclusionForms>(`/api/campaigns/${campaignId}/bodies/${encodeURIComponent(bodyId)}/conclusions?edition=${encodeURIComponent(edition)}`), [campaignId, bodyId, edition]);
  const forms = list.data?.editions.find((e) => e.edition === edition)?.forms ?? [];
  const [chosen, setForm] = useState<string>();
  const form = chosen ?? forms[0]?.id;
  const [lang, setLang] = useState<Lang>(uiLang);
  const [tick, setTick] = useState(0);
  const base = `/api/campaigns/${campaignId}/bodies/${encodeURIComponent(bodyId)}`;
  const f = useData(() => (form ? api<Findings>(`${base}/conclusions/${form}/findings?lang=${lang}&edition=${edition}`) : null), [base, form, lang, edition, tick]);
  const [analysis, setAnalysis] = useState<string[]>([]);
  const [concl, setConcl] = useState('');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const src = f.data?.final ?? f.data?.draft;
    setAnalysis(src?.analysis ?? []);
    setConcl(src?.conclusions ?? '');
  }, [f.data]);
  const canWrite = me.role === 'evaluator' || me.role === 'administrator';
  const save = async () => {
    setError(null);
    try {
      await api(`${base}/conclusions/${form}`, { method: 'POST', body: { lang, edition, analysis, conclusions: concl } });
      void message.success(t('wf.saved'));
      setTick((n) => n + 1);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="concl-form">{t('wf.conclusionForm')}</label>
        <Select
          id="concl-form"
          style={{ width: 'min(560px, 80vw)' }}
          showSearch
          optionFilterProp="label"
          loading={list.loading}
          value={form}
          onChange={(v: string) => setForm(v)}
          options={forms.map((x) => ({ value: x.id, label: `${x.appendix ?? x.id} — ${pick(x.title, uiLang)}` }))}
          data-testid="concl-form"
        />
        <label htmlFor="concl-lang">{t('lang.label')}</label>
        <Select id="concl-lang" style={{ width: 110 }} value={lang} onChange={(v: Lang) => setLang(v)} options={(['kk', 'ru', 'en'] as const).map((x) => ({ value: x, label: x.toUpperCase() }))} />
        {form &&
          (['docx', 'pdf'] as const).map((fmt) => (
            <a key={fmt} href={`${base}/conclusions/${form}?format=${fmt}&lang=${lang}&edition=${edition}`} download data-testid={`concl-${fmt}`}>
              {t('wf.download')} {fmt.toUpperCase()}
            </a>
          ))}
        <a href={`${base}/scorecard.xlsx?lang=${lang}&edition=${edition}`} download data-testid="scorecard-xlsx">
          {t('wf.scorecardXlsx')}
        </a>
        {isInsider(me) && (
          <a href={`/api/campaigns/${campaignId}/rankings.xlsx?lang=${lang}&edition=${edition}`} download data-testid="rankings-xlsx">
            {t('wf.rankingsXlsx')}
          </a>
        )}
      </Space>
      {list.error ? <Failure error={list.error} /> : null}
      {f.loading && <Loading />}
      {f.error ? <Failure error={f.error} /> : null}
      {f.data && (
        <Card size="small" title={f.data.final ? t('wf.finalText') : t('wf.draft')} data-testid="findings">
          <Space direction="vertical" style={{ width: '100%' }}>
            {analysis.map((a, k) => (
              <Input.TextArea key={k} aria-label={`${t('wf.analysis')} ${k + 1}`} autoSize={{ minRows: 2, maxRows: 8 }} value={a} readOnly={!canWrite} onChange={(e) => setAnalysis(analysis.map((x, i) => (i === k ? e.target.value : x)))} />
            ))}
            <label htmlFor="concl-text">{t('wf.conclusions')}</label>
            <Input.TextArea id="concl-text" autoSize={{ minRows: 3, maxRows: 12 }} value={concl} readOnly={!canWrite} onChange={(e) => setConcl(e.target.value)} data-testid="concl-text" />
            {error != null && <Alert type="error" showIcon message={errText(error, uiLang)} />}
            {canWrite && (
              <Button type="primary" onClick={() => void save()} data-testid="concl-save" disabled={!concl.trim()}>
                {t('wf.saveFinal')}
              </Button>
            )}
          </Space>
        </Card>
      )}
    </Space>
  );
}

export default function Workflow({ campaignId, bodyId, node, tab }: { campaignId: number; bodyId?: string; node?: string; tab?: string }) {
  const { t, lang } = useLang();
  const { me } = useAuth();
  const campaign = useData(() => api<CampaignFull>(`/api/campaigns/${campaignId}`), [campaignId]);
  const bodies = (campaign.data?.bodies ?? []).filter((b) => isInsider(me) || me.bodies.includes(b.id));
  const chosen = bodyId ?? bodies[0]?.id;
  const card = useData(() => (chosen ? api<Scorecard>(`/api/campaigns/${campaignId}/snapshots/latest/bodies/${encodeURIComponent(chosen)}`) : null), [campaignId, chosen]);
  if (campaign.loading) return <Loading />;
  if (campaign.error) return <Failure error={campaign.error} />;
  const c = campaign.data!;
  const editions = card.data?.editions.map((e) => e.edition) ?? c.editions;
  const edition = editions[0] ?? c.editions[0]!;
  const insider = isInsider(me);
  const items = [
    { key: 'objections', label: t('wf.objections'), children: chosen ? <Objections campaignId={campaignId} bodyId={chosen} editions={editions} initialNode={node} readings={Object.fromEntries((card.data?.editions ?? []).map((e) => [e.edition, e.readings]))} /> : null },
    ...(insider ? [{ key: 'verification', label: t('wf.verification'), children: chosen ? <Verification campaignId={campaignId} bodyId={chosen} edition={edition} /> : null }] : []),
    { key: 'conclusions', label: t('wf.conclusionsTab'), children: chosen ? <Conclusions key={`${chosen}-${edition}`} campaignId={campaignId} bodyId={chosen} edition={edition} /> : null },
  ];
  return (
    <>
      <Typography.Title level={2}>{t('wf.title')}</Typography.Title>
      <Typography.Paragraph>
        {t('common.campaign')}: <strong>{pick(c.title, lang)}</strong>
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="wf-body">{t('scorecard.chooseBody')}</label>
        <Select
          id="wf-body"
          showSearch
          optionFilterProp="label"
          style={{ width: 'min(420px, 90vw)' }}
          value={chosen}
          onChange={(v: string) => navigate(`/campaigns/${campaignId}/workflow/${encodeURIComponent(v)}`)}
          options={bodies.map((b) => ({ value: b.id, label: `${pick(b.name, lang)} (${b.id})` }))}
        />
      </Space>
      {card.error && !insider ? <Failure error={card.error} /> : <Tabs defaultActiveKey={tab ?? 'objections'} items={items} />}
    </>
  );
}
