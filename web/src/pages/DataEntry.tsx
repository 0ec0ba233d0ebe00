// Data entry (body officers): the forms a body fills in, generated from the edition's input
// declarations — labelled fields with the checks they imply, in the user's language — saved as a
// draft or submitted. Refusals from the service are put back on the fields they name, in the
// user's language where their shape is known (../issues.ts). The same form as an Excel template:
// download it, upload it filled, and see each refusal at its sheet and cell.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Divider, Form, Row, Select, Space, Table, Tag, Typography, Upload, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure, getForms, type ApiIssue, type CampaignFull, type FieldDecl, type FormDecl, type SubmissionRow, type SubmissionView } from '../api';
import { isInsider, useAuth } from '../auth';
import { pick, type Lang } from '../i18n';
import { navigate } from '../router';
import { useData } from '../useData';
import { Failure, Loading } from '../components/Status';
import { SyntheticBanner } from '../components/SyntheticBanner';
import { FieldInput } from '../components/FieldInput';
import { Ref } from '../components/Ref';
import { issueText, splitCell, type Constraint } from '../issues';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An upload's refusals, each at its sheet, row and column, in the user's language. */
function SheetIssues({ issues, rules }: { issues: ApiIssue[]; rules: Constraint[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<ApiIssue & { key: number }>
      size="small"
      pagination={false}
      data-testid="xlsx-issues"
      dataSource={issues.map((i, key) => ({ ...i, key }))}
      scroll={{ x: 700 }}
      columns={[
        { title: t('entry.sheet'), dataIndex: 'sheet', width: 140, render: (v: string | undefined) => v ?? '—' },
        { title: t('entry.cell'), dataIndex: 'cell', width: 80, render: (v: string | undefined) => <strong>{v ?? '—'}</strong> },
        { title: t('entry.rowNo'), key: 'row', width: 70, className: 'num', render: (_, i) => splitCell(i.cell)?.row ?? '—' },
        { title: t('entry.column'), key: 'col', width: 80, render: (_, i) => splitCell(i.cell)?.column ?? '—' },
        { title: t('entry.field'), dataIndex: 'field', width: 200 },
        { title: t('entry.problem'), key: 'message', render: (_, i) => issueText(i.message, t, rules, i18n.language as Lang) },
      ]}
    />
  );
}

const STATUS_COLOR: Record<string, string> = { draft: 'gold', submitted: 'blue', returned: 'volcano', accepted: 'green' };

/** Drop empty values: an absent field takes the declared default; null would be refused. */
function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((r) => clean(r ?? {}));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== null && x !== '').map(([k, x]) => [k, clean(x)]));
  return v;
}

function FormEditor({ campaignId, bodyId, kind, edition, decl }: { campaignId: number; bodyId: string; kind: string; edition: string; decl: FormDecl }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [form] = Form.useForm();
  const path = `/api/campaigns/${campaignId}/submissions/${encodeURIComponent(bodyId)}/${encodeURIComponent(edition)}/${encodeURIComponent(decl.id)}`;
  const [reload, setReload] = useState(0);
  const sub = useData(() => api<SubmissionView>(path).catch((e: unknown) => (e instanceof ApiFailure && e.status === 404 ? null : Promise.reject(e))), [path, reload]);
  const [busy, setBusy] = useState(false);
  // A refusal's summary as a key of ours (re-read when the language changes) or the service's text.
  const [error, setError] = useState<{ key: string } | string | null>(null);
  const fields = decl.fields.filter((f) => !f.appliesTo || f.appliesTo.includes(kind));
  const rules: Constraint[] = [...(decl.constraints ?? []), ...decl.fields.flatMap((f) => f.constraints ?? [])];
  useEffect(() => {
    form.resetFields();
    if (sub.data?.data) form.setFieldsValue(sub.data.data);
  }, [sub.data, form]);
  const locked = sub.data?.status === 'submitted' || sub.data?.status === 'accepted';

  // Put each refusal on its field: `list.item` with a 1-based row, or a plain field.
  const [onFields, setOnFields] = useState<ApiIssue[]>([]);
  const putOnFields = (issues: ApiIssue[]) => {
    setOnFields(issues);
    showOnFields(issues);
  };
  const showOnFields = (issues: ApiIssue[]) =>
    form.setFields(
      issues
        .filter((i) => fields.some((f) => f.name === i.field.split('.')[0]))
        .map((i) => {
          const [name, sub2] = i.field.split('.');
          return { name: sub2 !== undefined && i.row !== undefined ? [name!, i.row - 1, sub2] : [name!], errors: [issueText(i.message, t, rules, lang)] };
        }),
    );
  // The refusals on the fields follow the language (antd keeps field errors as plain strings).
  useEffect(() => {
    if (onFields.length) showOnFields(onFields);
  }, [lang]);

  const [sheetIssues, setSheetIssues] = useState<ApiIssue[]>([]);
  const upload = async (file: File) => {
    setError(null);
    setSheetIssues([]);
    setBusy(true);
    try {
      const r = await fetch(`${path}/xlsx`, { method: 'PUT', headers: { 'content-type': XLSX }, body: file, credentials: 'same-origin' });
      const data = r.headers.get('content-type')?.includes('json') ? await r.json() : null;
      if (!r.ok) {
        const e = data?.error;
        const issues: ApiIssue[] = e?.issues ?? [];
        setError(issues.length ? { key: 'entry.uploadRefused' } : (e?.messages?.[lang] ?? e?.message ?? `${r.status}`));
        setSheetIssues(issues);
        putOnFields(issues);
        return;
      }
      setOnFields([]);
      void message.success(t('entry.uploaded', { v: (data as SubmissionView).version }));
      setReload((n) => n + 1);
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async (submit: boolean) => {
    setSheetIssues([]);
    setError(null);
    try {
      await form.validateFields();
    } catch {
      return; // the fields show what is wrong
    }
    setBusy(true);
    try {
      const r = await api<SubmissionView>(path, { method: 'PUT', body: { data: clean(form.getFieldsValue(true)), submit } });
      setOnFields([]);
      void message.success(t(submit ? 'entry.submitted' : 'entry.saved', { v: r.version }));
      setReload((n) => n + 1);
    } catch (e) {
      if (e instanceof ApiFailure) {
        setError(e.issues.length ? { key: 'entry.refused' } : e.text(lang));
        // Put each refusal on its field: `list.item` with a 1-based row, or a plain field.
        putOnFields(e.issues);
      } else setError(String(e));
    } finally {
      setBusy(false);
    }
  };

  if (sub.loading) return <Loading />;
  if (sub.error) return <Failure error={sub.error} />;
  return (
    <Card
      className="card-title-wrap"
      title={<span>{decl.id} — {pick(decl.label, lang)}</span>}
      extra={sub.data ? <Tag color={STATUS_COLOR[sub.data.status]} data-testid="entry-status">{t(`dashboard.status.${sub.data.status}`)} · v{sub.data.version}</Tag> : <Tag>{t('dashboard.status.not-started')}</Tag>}
    >
      {locked && <Alert type="info" showIcon message={t('entry.locked', { status: t(`dashboard.status.${sub.data!.status}`) })} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon message={typeof error === 'string' ? error : t(error.key)} style={{ marginBottom: 16 }} data-testid="entry-error" />}
      <Form form={form} layout="vertical" disabled={locked || busy} data-testid="entry-form">
        <Row gutter={16}>
          {fields.map((f: FieldDecl) =>
            f.type === 'list' ? (
              <Col key={f.name} span={24}>
                <FieldInput f={f} siblings={fields} prefix={[]} disabled={locked} />
              </Col>
            ) : (
              <Col key={f.name} xs={24} md={12} xl={8}>
                <FieldInput f={f} siblings={fields} prefix={[]} disabled={locked} />
              </Col>
            ),
          )}
        </Row>
        {!locked && (
          <Space>
            <Button onClick={() => void save(false)} loading={busy} data-testid="entry-save">{t('entry.saveDraft')}</Button>
            <Button type="primary" onClick={() => void save(true)} loading={busy} data-testid="entry-submit">{t('entry.submit')}</Button>
          </Space>
        )}
      </Form>
      <Divider titlePlacement="start" plain>
        {t('entry.excel')}
      </Divider>
      <Space wrap>
        <Button href={`/api/campaigns/${campaignId}/templates/${encodeURIComponent(edition)}/${encodeURIComponent(decl.id)}?lang=${i18n.language}`} download data-testid="entry-template">
          {t('entry.template')}
        </Button>
        {!locked && (
          <span data-testid="entry-upload">
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (void upload(file), false)} disabled={busy}>
              <Button loading={busy}>{t('entry.upload')}</Button>
            </Upload>
          </span>
        )}
      </Space>
      {sheetIssues.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <SheetIssues issues={sheetIssues} rules={rules} />
        </div>
      )}
      {sub.data && sub.data.versions.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>{t('entry.versions')}</Typography.Title>
          <Table
            size="small"
            rowKey="version"
            pagination={false}
            dataSource={[...sub.data.versions].reverse()}
            columns={[
              { title: t('ui.version'), dataIndex: 'version', width: 80 },
              { title: t('entry.status'), dataIndex: 'status', width: 140, render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`dashboard.status.${s}`)}</Tag> },
              { title: t('auth.loginField'), dataIndex: 'user', width: 140, render: (u: string) => <span translate="no">{u}</span> },
              { title: t('ui.at'), dataIndex: 'at', width: 200, render: (a: string) => a.replace('T', ' ').slice(0, 16) },
              { title: t('ui.note'), dataIndex: 'note' },
            ]}
          />
        </>
      )}
    </Card>
  );
}

export default function DataEntry({ campaignId, bodyId, formKey }: { campaignId: number; bodyId?: string; formKey?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { me } = useAuth();
  const campaign = useData(() => api<CampaignFull>(`/api/campaigns/${campaignId}`), [campaignId]);
  const subs = useData(() => api<SubmissionRow[]>(`/api/campaigns/${campaignId}/submissions`), [campaignId, formKey]);
  const forms = useData(() => (campaign.data ? Promise.all(campaign.data.editions.map((e) => getForms(e))) : null), [campaign.data]);
  const bodies = (campaign.data?.bodies ?? []).filter((b) => !b.liquidatedOn && (me.role === 'administrator' || isInsider(me) || me.bodies.includes(b.id)));
  const body = bodies.find((b) => b.id === bodyId) ?? bodies[0];
  const list = useMemo(() => {
    if (!campaign.data || !forms.data || !body) return [];
    return campaign.data.schedule
      .filter((s) => s.submitter === 'body' || me.bodies.includes(s.submitter) || me.role === 'administrator')
      .map((s) => ({ s, decl: forms.data![campaign.data!.editions.indexOf(s.edition)]?.find((f) => f.id === s.form) }))
      .filter((x): x is { s: (typeof x)['s']; decl: FormDecl } => !!x.decl && (!x.decl.appliesTo || x.decl.appliesTo.includes(body.kind)));
  }, [campaign.data, forms.data, body, me]);
  const chosen = list.find((x) => `${x.s.edition}:${x.s.form}` === formKey) ?? list[0];
  const statusOf = (edition: string, form: string) => subs.data?.find((r) => r.bodyId === body?.id && r.editionId === edition && r.formId === form)?.status;
  const go = (b: string, f?: string) => navigate(`/campaigns/${campaignId}/entry/${encodeURIComponent(b)}${f ? `/${encodeURIComponent(f)}` : ''}`);

  if (campaign.error || forms.error) return <Failure error={campaign.error ?? forms.error} />;
  if (!campaign.data || !forms.data) return <Loading />;
  return (
    <>
      <Typography.Title level={2}>{t('entry.title')}</Typography.Title>
      <Typography.Paragraph>
        {t('common.campaign')}: <strong>{pick(campaign.data.title, lang)}</strong>
      </Typography.Paragraph>
      {campaign.data.synthetic && <SyntheticBanner />}
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="entry-body">{t('common.body')}</label>
        <Select id="entry-body" showSearch optionFilterProp="label" style={{ width: 360 }} value={body?.id} onChange={(v: string) => go(v)} options={bodies.map((b) => ({ value: b.id, label: `${pick(b.name, lang)} (${b.id})` }))} />
        <label htmlFor="entry-form">{t('entry.form')}</label>
        <Select
          id="entry-form"
          showSearch
          optionFilterProp="label"
          style={{ width: 520 }}
          value={chosen ? `${chosen.s.edition}:${chosen.s.form}` : undefined}
          onChange={(v: string) => body && go(body.id, v)}
          data-testid="entry-form-select"
          options={list.map((x) => {
            const st = statusOf(x.s.edition, x.s.form);
            return { value: `${x.s.edition}:${x.s.form}`, label: `${x.s.form} — ${pick(x.decl.label, lang)}${st ? ` · ${t(`dashboard.status.${st}`)}` : ''}` };
          })}
        />
      </Space>
      {chosen && (
        <Typography.Paragraph type="secondary">
          {t('entry.due', { date: chosen.s.due })} · <Ref r={chosen.decl.ref ?? null} />
        </Typography.Paragraph>
      )}
      {chosen && body && <FormEditor key={`${body.id}/${chosen.s.edition}/${chosen.s.form}`} campaignId={campaignId} bodyId={body.id} kind={body.kind} edition={chosen.s.edition} decl={chosen.decl} />}
    </>
  );
}
