// The special commission's decision on one objection: the tally of the votes against the quorum, the
// outcome the votes give (more "uphold" than "reject" upholds; a tie rejects), and — when they uphold —
// the changes the decision carries: an input of one of the edition's forms (picked by its label, with
// the body's reported value, a typed new value) or another reading of a formula for this body. The
// service recomputes the campaign into a new snapshot; its number and the body's scorecard in it are
// shown. The service's refusals appear at the change they name, in the user's language.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure, getEdition, getForms, type ApiIssue, type FieldDecl } from '../../api';
import { issueText } from '../../issues';
import { pick, type Lang } from '../../i18n';
import { Link } from '../Link';
import { useData } from '../../useData';
import { Failure, Loading } from '../Status';


/** A searchable select under its label; the id doubles as the test id. */
function LabelledSelect({ id, label, width, ...rest }: { id: string; label: string; width: number } & Omit<SelectProps<string>, 'id' | 'showSearch' | 'optionFilterProp' | 'style'>) {
  return (
    <Space direction="vertical" size={2}>
      <label htmlFor={id}>{label}</label>
      <Select id={id} data-testid={id} showSearch optionFilterProp="label" style={{ width, maxWidth: '100%' }} {...rest} />
    </Space>
  );
}

export type Change = { form: string; field: string; value: string | number | boolean } | { reading: string; value: string };

export interface DecidedObjection {
  id: number;
  bodyId: string;
  edition: string;
  votes: { login: string; vote: string }[];
  quorum?: number;
}

/** The single-value field types a decision may change (the service's scalarField). */
const SCALAR = new Set(['integer', 'number', 'boolean', 'date', 'text', 'enum']);
const QUORUM = 5;

export function tally(o: DecidedObjection) {
  const count = (v: string) => o.votes.filter((x) => x.vote === v).length;
  const up = count('uphold');
  const down = count('reject');
  const quorum = o.quorum ?? QUORUM;
  return { up, down, abstain: count('abstain'), voted: o.votes.length, quorum, quorate: o.votes.length >= quorum, upholds: up > down };
}

/** A change as the commission reads it: the field's or reading's label and the value (options by their label). */
export function useChangeLabel(edition: string) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const forms = useData(() => getForms(edition), [edition]);
  const ed = useData(() => getEdition(edition), [edition]);
  /** `short`: the codes only (form.field / reading id), for narrow places; the full label goes in a title. */
  return (c: Change, short = false): string => {
    if ('reading' in c) {
      const r = ed.data?.readings.find((x) => x.id === c.reading);
      const o = r?.options.find((x) => x.value === c.value);
      return `${t('wf.dec.reading')} ${c.reading}${r && !short ? ` (${pick(r.label, lang)})` : ''}: ${o ? pick(o.label, lang) : c.value}`;
    }
    const f = forms.data?.find((x) => x.id === c.form)?.fields.find((x) => x.name === c.field);
    const v = typeof c.value === 'boolean' ? t(c.value ? 'wf.dec.yes' : 'wf.dec.no') : String(c.value);
    return `${c.form}.${c.field}${f && !short ? ` (${pick(f.label, lang)})` : ''} → ${v}`;
  };
}

/** A typed control for one field's new value. */
function ValueInput({ f, id, value, onChange }: { f: FieldDecl; id: string; value: string | number | boolean | null; onChange: (v: string | number | boolean | null) => void }) {
  const { t } = useTranslation();
  const common = { id, 'data-testid': 'dec-value', style: { width: 220, maxWidth: '100%' } };
  switch (f.type) {
    case 'integer':
    case 'number': {
      const min = f.min ?? (f.type === 'integer' ? 0 : undefined);
      return (
        <InputNumber
          {...common}
          value={typeof value === 'number' ? value : null}
          min={min === undefined ? undefined : Number(min)}
          max={f.max === undefined ? undefined : Number(f.max)}
          precision={f.type === 'integer' ? 0 : undefined}
          addonAfter={f.unit}
          onChange={(v) => onChange(v ?? null)}
        />
      );
    }
    case 'boolean':
      return (
        <Select
          {...common}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={(v: boolean) => onChange(v)}
          options={[
            { value: true, label: t('wf.dec.yes') },
            { value: false, label: t('wf.dec.no') },
          ]}
        />
      );
    case 'enum':
      return <Select {...common} showSearch value={typeof value === 'string' ? value : undefined} onChange={(v: string) => onChange(v)} options={(f.values ?? []).map((v) => ({ value: v, label: v }))} />;
    case 'date':
      return <Input {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)} />;
    default:
      return <Input {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)} />;
  }
}

/** A service issue about the decision, in the user's language. */
function issueMessage(i: ApiIssue, t: (k: string, o?: Record<string, unknown>) => string, lang: Lang): string {
  if (/\.field$/.test(i.field) && /^no such single-value field/.test(i.message)) return t('wf.dec.badField');
  if (/^changes\.\d+\.reading$/.test(i.field)) return t('wf.dec.badReading');
  if (i.field === 'changes' && /carries the changed inputs/.test(i.message)) return t('wf.dec.needChanges');
  if (i.field === 'changes' && /votes reject/.test(i.message)) return t('wf.dec.noChangesOnReject');
  return issueText(i.message, t as never, [], lang);
}

/** Which change an issue is about: `changes.<i>.…`, or the form and field the engine refused. */
function issueIndex(i: ApiIssue, changes: Change[]): number | null {
  const m = /^changes\.(\d+)\./.exec(i.field);
  if (m) return Number(m[1]);
  const k = changes.findIndex((c) => !('reading' in c) && c.form === i.form && (c.field === i.field || i.field.startsWith(`${c.field}.`)));
  return k >= 0 ? k : null;
}

export function Decision({
  campaignId,
  objection,
  readings,
  onDecided,
  onClose,
}: {
  campaignId: number;
  objection: DecidedObjection;
  /** The readings of the body's latest snapshot under the objection's edition (shown beside each reading). */
  readings: Record<string, string>;
  onDecided: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const o = objection;
  const forms = useData(() => getForms(o.edition), [o.edition]);
  const edition = useData(() => getEdition(o.edition), [o.edition]);
  const label = useChangeLabel(o.edition);
  const [kind, setKind] = useState<'input' | 'reading'>('input');
  const [form, setForm] = useState<string>();
  const [field, setField] = useState<string>();
  const [value, setValue] = useState<string | number | boolean | null>(null);
  const [reported, setReported] = useState<unknown>(undefined);
  const [reading, setReading] = useState<string>();
  const [option, setOption] = useState<string>();
  const [changes, setChanges] = useState<Change[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ decision: 'upheld' | 'rejected'; snapshot: number | null } | null>(null);
  const v = tally(o);
  const decl = forms.data?.find((f) => f.id === form);
  const fieldDecl = decl?.fields.find((f) => f.name === field);
  const readingDecl = edition.data?.readings.find((r) => r.id === reading);

  // The body's reported value of the chosen field (its accepted or latest form).
  useEffect(() => {
    setReported(undefined);
    if (!form || !field) return;
    let live = true;
    api<{ data: Record<string, unknown> | null }>(`/api/campaigns/${campaignId}/submissions/${encodeURIComponent(o.bodyId)}/${encodeURIComponent(o.edition)}/${encodeURIComponent(form)}`).then(
      (s) => live && setReported(s.data?.[field] ?? null),
      () => live && setReported(null),
    );
    return () => {
      live = false;
    };
  }, [campaignId, o.bodyId, o.edition, form, field]);

  if (forms.loading || edition.loading) return <Loading />;
  if (forms.error || edition.error) return <Failure error={forms.error ?? edition.error} />;

  // a refusal is about the changes as they were sent: editing them clears it
  const add = () => {
    setError(null);
    if (kind === 'input' && form && field && value !== null) setChanges([...changes.filter((c) => 'reading' in c || c.form !== form || c.field !== field), { form, field, value }]);
    if (kind === 'reading' && reading && option) setChanges([...changes.filter((c) => !('reading' in c) || c.reading !== reading), { reading, value: option }]);
    setField(undefined);
    setValue(null);
    setReading(undefined);
    setOption(undefined);
  };
  const decide = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await api<{ objection: { decision: { decision: 'upheld' | 'rejected' } }; snapshot: { number: number } | null }>(`/api/campaigns/${campaignId}/objections/${o.id}/decision`, {
        method: 'POST',
        body: { changes: v.upholds ? changes : [] },
      });
      setDone({ decision: r.objection.decision.decision, snapshot: r.snapshot?.number ?? null });
      onDecided();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const issues = error instanceof ApiFailure ? error.issues : [];
  const atChange = (k: number) => issues.filter((i) => issueIndex(i, changes) === k);
  const general = issues.filter((i) => issueIndex(i, changes) === null);
  const fmt = (x: unknown) => (x === undefined ? '…' : x === null || x === '' ? '—' : typeof x === 'boolean' ? t(x ? 'wf.dec.yes' : 'wf.dec.no') : String(x));
  const scalarFields = (decl?.fields ?? []).filter((f) => SCALAR.has(f.type));
  const canAdd = kind === 'input' ? !!form && !!field && value !== null && value !== '' : !!reading && !!option;

  if (done)
    return (
      <Card size="small" title={t('wf.dec.title', { id: o.id })} data-testid="decision-panel">
        <Alert
          type="success"
          showIcon
          data-testid="decision-done"
          message={t('wf.dec.done', { decision: t(`wf.decision.${done.decision}`) })}
          description={
            done.snapshot !== null ? (
              <Space wrap>
                <span data-testid="decision-snapshot">{t('wf.dec.newSnapshot', { n: done.snapshot })}</span>
                <Link to={`/campaigns/${campaignId}/scorecard/${encodeURIComponent(o.bodyId)}?snapshot=${done.snapshot}`} testId="decision-scorecard">
                  {t('wf.dec.openScorecard', { n: done.snapshot })}
                </Link>
              </Space>
            ) : (
              t('wf.dec.nothingChanges')
            )
          }
        />
        <Button style={{ marginTop: 12 }} onClick={onClose} data-testid="decision-close">
          {t('wf.dec.close')}
        </Button>
      </Card>
    );

  return (
    <Card size="small" title={t('wf.dec.title', { id: o.id })} data-testid="decision-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        <div data-testid="decision-tally">
          <Space wrap size={4}>
            <Tag color="green">{`${t('wf.vote.uphold')}: ${v.up}`}</Tag>
            <Tag color="red">{`${t('wf.vote.reject')}: ${v.down}`}</Tag>
            <Tag>{`${t('wf.vote.abstain')}: ${v.abstain}`}</Tag>
            <Typography.Text>{t('wf.dec.voted', { n: v.voted, quorum: v.quorum })}</Typography.Text>
          </Space>
        </div>
        {!v.quorate ? (
          <Alert type="warning" showIcon message={t('wf.dec.noQuorum', { n: v.voted, quorum: v.quorum })} data-testid="decision-outcome" />
        ) : v.upholds ? (
          <Alert type="info" showIcon message={t('wf.dec.upholds')} data-testid="decision-outcome" />
        ) : (
          <Alert type="info" showIcon message={t('wf.dec.rejects')} data-testid="decision-outcome" />
        )}
        {v.quorate && v.upholds && (
          <>
            <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as 'input' | 'reading')} aria-label={t('wf.dec.kind')} data-testid="dec-kind">
              <Radio value="input">{t('wf.dec.kindInput')}</Radio>
              <Radio value="reading">{t('wf.dec.kindReading')}</Radio>
            </Radio.Group>
            {kind === 'input' ? (
              <Space wrap align="end">
                <LabelledSelect
                  id="dec-form"
                  label={t('wf.form')}
                  width={300}
                  value={form}
                  onChange={(x: string) => (setForm(x), setField(undefined), setValue(null))}
                  options={(forms.data ?? []).filter((f) => f.fields.some((x) => SCALAR.has(x.type))).map((f) => ({ value: f.id, label: `${f.id} — ${pick(f.label, lang)}` }))}
                />
                <LabelledSelect
                  id="dec-field"
                  label={t('wf.field')}
                  width={340}
                  value={field}
                  disabled={!form}
                  onChange={(x: string) => (setField(x), setValue(null))}
                  options={scalarFields.map((f) => ({ value: f.name, label: `${f.name} — ${pick(f.label, lang)}` }))}
                />
                <Space direction="vertical" size={2}>
                  <span id="dec-reported-label">{t('wf.reported')}</span>
                  <Typography.Text strong aria-labelledby="dec-reported-label" data-testid="dec-reported" style={{ display: 'inline-block', minWidth: 80, lineHeight: '32px' }}>
                    {field ? fmt(reported) : '—'}
                  </Typography.Text>
                </Space>
                <Space direction="vertical" size={2}>
                  <label htmlFor="dec-value">{t('wf.dec.newValue')}</label>
                  {fieldDecl ? <ValueInput f={fieldDecl} id="dec-value" value={value} onChange={setValue} /> : <Input id="dec-value" disabled style={{ width: 220 }} />}
                </Space>
                <Button onClick={add} disabled={!canAdd} data-testid="dec-add">
                  {t('wf.dec.add')}
                </Button>
              </Space>
            ) : (
              <Space wrap align="end">
                <LabelledSelect
                  id="dec-reading"
                  label={t('wf.dec.reading')}
                  width={380}
                  value={reading}
                  onChange={(x: string) => (setReading(x), setOption(undefined))}
                  options={(edition.data?.readings ?? []).map((r) => ({ value: r.id, label: `${r.id} — ${pick(r.label, lang)}` }))}
                />
                <LabelledSelect
                  id="dec-option"
                  label={t('wf.dec.option')}
                  width={380}
                  value={option}
                  disabled={!readingDecl}
                  onChange={(x: string) => setOption(x)}
                  options={(readingDecl?.options ?? []).map((x) => ({
                    value: x.value,
                    label: `${pick(x.label, lang)}${x.value === (readings[readingDecl!.id] ?? readingDecl!.default) ? ` · ${t('wf.dec.inSnapshot')}` : ''}`,
                  }))}
                />
                <Button onClick={add} disabled={!canAdd} data-testid="dec-add">
                  {t('wf.dec.add')}
                </Button>
              </Space>
            )}
            <Table<{ k: number; c: Change }>
              size="small"
              rowKey="k"
              pagination={false}
              data-testid="dec-changes"
              locale={{ emptyText: t('wf.dec.noChanges') }}
              dataSource={changes.map((c, k) => ({ k, c }))}
              columns={[
                { title: '№', width: 50, render: (_, r) => r.k + 1 },
                {
                  title: t('wf.dec.changes'),
                  render: (_, r) => (
                    <>
                      <div>{label(r.c)}</div>
                      {atChange(r.k).map((i, n) => (
                        <Typography.Text key={n} type="danger" data-testid={`dec-issue-${r.k}`} style={{ display: 'block' }}>
                          {issueMessage(i, t, lang)}
                        </Typography.Text>
                      ))}
                    </>
                  ),
                },
                { title: '', width: 110, render: (_, r) => <Button size="small" onClick={() => (setError(null), setChanges(changes.filter((_, i) => i !== r.k)))}>{t('wf.remove')}</Button> },
              ]}
            />
          </>
        )}
        {error != null && (
          <Alert
            type="error"
            showIcon
            data-testid="decision-error"
            message={error instanceof ApiFailure ? error.text(lang) : String(error)}
            // a refusal with its own kk/ru/en text says it all; the issues of refused input add where
            description={error instanceof ApiFailure && (error.code === 'invalid_input' || error.code === 'computation_failed') && general.length ? general.map((i, n) => <div key={n}>{issueMessage(i, t, lang)}</div>) : undefined}
          />
        )}
        <Space wrap>
          <Button type="primary" loading={busy} disabled={v.quorate && v.upholds && !changes.length} onClick={() => void decide()} data-testid="decision-submit">
            {!v.quorate ? t('wf.decide') : v.upholds ? t('wf.dec.decideUpheld') : t('wf.dec.decideRejected')}
          </Button>
          <Button onClick={onClose} data-testid="decision-close">
            {t('wf.dec.close')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
