// Campaigns: the list (each with its bodies and schedule), and a new campaign — code, title in kk,
// ru and en, period, parameters date, editions with their readings, bodies picked from the register
// (search, or all of a kind and region at once) and the schedule of forms, filled from the
// editions' forms (due a number of working days after the period, on the service's calendar) and
// editable row by row. POST /api/campaigns; its refusals go back to their fields.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Campaign, type CampaignFull, type Labels, type Reading } from '../../api';
import { pick, type Lang } from '../../i18n';
import { Link } from '../../components/Link';
import { Failure, Loading } from '../../components/Status';
import { useData } from '../../useData';
import { applyRefusal, bodyOptions, FIELDSET, LEGEND, KINDS, type Body, type Refusal } from './shared';

interface EditionInfo {
  id: string;
  title: Labels;
  effective: { from: string; to?: string };
  readings: Reading[];
  forms: { id: string; label: Labels }[];
}

interface CalendarYear {
  year: number;
  daysOff: string[];
  workingDays: string[];
}

interface ScheduleFormRow {
  edition: string;
  form: string;
  submitter: string;
  assessingBody: string;
  direction?: string;
  due: string;
}

interface CampaignForm {
  code: string;
  title: Labels;
  periodFrom: string;
  periodTo: string;
  asOf?: string;
  editions: string[];
  readings?: Record<string, string>;
  synthetic?: boolean;
  bodies: string[];
  schedule?: ScheduleFormRow[];
}

const FIELDS = ['code', 'title', 'periodFrom', 'periodTo', 'asOf', 'editions', 'readings', 'synthetic', 'bodies', 'schedule'];
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** A form named after its direction ("D1.deadlines") belongs to it, as the service's default schedule says. */
const directionOf = (formId: string) => /^(D\d+)\./.exec(formId)?.[1] ?? '';

/** The date n working days after `date`, on the service's calendar of those years (weekends, holidays, transfers). */
function addWorkingDays(date: string, n: number, years: readonly CalendarYear[]): string {
  const off = new Set(years.flatMap((y) => y.daysOff));
  const worked = new Set(years.flatMap((y) => y.workingDays));
  let t = Date.parse(`${date}T00:00:00Z`);
  for (let k = 0; k < n; ) {
    t += DAY;
    const d = iso(t);
    const w = new Date(t).getUTCDay();
    if (worked.has(d) || (w !== 0 && w !== 6 && !off.has(d))) k++;
  }
  return iso(t);
}

/** One campaign's bodies and schedule, read when its row is opened. */
function CampaignDetail({ id, bodies }: { id: number; bodies: readonly Body[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const c = useData(() => api<CampaignFull>(`/api/campaigns/${id}`), [id]);
  if (c.error) return <Failure error={c.error} />;
  if (!c.data) return <Loading />;
  const name = (b: string) => (b === 'body' ? t('admin.campaigns.submitterBody') : (bodies.find((x) => x.id === b)?.name[lang] ?? b));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`campaign-detail-${c.data.code}`}>
      <div>
        <strong>{t('admin.campaigns.bodies')}</strong> ({c.data.bodies.length}):{' '}
        {c.data.bodies.map((b) => (
          <Tag key={b.id} title={pick(b.name, lang)}>
            {b.id}
          </Tag>
        ))}
      </div>
      <Table
        size="small"
        rowKey={(r) => `${r.edition}/${r.form}`}
        dataSource={c.data.schedule}
        pagination={false}
        scroll={{ x: 700 }}
        columns={[
          { title: t('common.edition'), dataIndex: 'edition' },
          { title: t('admin.campaigns.form'), dataIndex: 'form' },
          { title: t('admin.campaigns.submitter'), dataIndex: 'submitter', render: name },
          { title: t('admin.campaigns.assessingBody'), dataIndex: 'assessingBody', render: name },
          { title: t('admin.campaigns.direction'), dataIndex: 'direction', render: (d: string | null) => d ?? t('common.none') },
          { title: t('admin.campaigns.due'), dataIndex: 'due' },
        ]}
      />
    </Space>
  );
}

function NewCampaign({ editions, bodies, onCreated }: { editions: readonly EditionInfo[]; bodies: readonly Body[]; onCreated: (c: Campaign) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [form] = Form.useForm<CampaignForm>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [kind, setKind] = useState<string | undefined>();
  const [region, setRegion] = useState<string | undefined>();
  const [assessing, setAssessing] = useState<string | undefined>(bodies.some((b) => b.id === 'ACSA') ? 'ACSA' : undefined);
  const [dueDays, setDueDays] = useState<number>(15);
  const chosen: string[] = Form.useWatch('editions', form) ?? [];
  const periodTo: string | undefined = Form.useWatch('periodTo', form);
  const regions = useMemo(() => [...new Set(bodies.map((b) => b.region).filter((r): r is string => !!r))].sort(), [bodies]);
  const live = bodies.filter((b) => !b.liquidatedOn);
  const readings = useMemo(() => {
    const seen = new Map<string, Reading>();
    for (const e of editions.filter((x) => chosen.includes(x.id))) for (const r of e.readings) if (!seen.has(r.id)) seen.set(r.id, r);
    return [...seen.values()];
  }, [editions, chosen]);

  /** The editions in force on a date (the risk edition is not a campaign's). */
  const inForce = (date: string) => editions.filter((e) => e.effective.from <= date && (!e.effective.to || date <= e.effective.to) && !e.id.includes('risk')).map((e) => e.id);

  const addMatching = () => {
    const now = new Set<string>(form.getFieldValue('bodies') ?? []);
    for (const b of live) if ((!kind || b.kind === kind) && (!region || b.region === region)) now.add(b.id);
    form.setFieldValue('bodies', [...now]);
  };

  /** Every form of the chosen editions, submitted by the body itself, due `dueDays` working days after the period. */
  const fillSchedule = async () => {
    const end: string | undefined = form.getFieldValue('periodTo');
    if (!end || !chosen.length || !assessing) {
      setRefusal({ title: t('admin.campaigns.fillNeeds'), rest: [] });
      return;
    }
    setRefusal(null);
    const y = Number(end.slice(0, 4));
    const years = await Promise.all([y, y + 1].map((k) => api<CalendarYear>(`/api/calendar/${k}`)));
    const due = addWorkingDays(end, dueDays, years);
    const rows: ScheduleFormRow[] = editions
      .filter((e) => chosen.includes(e.id))
      .flatMap((e) => e.forms.map((f) => ({ edition: e.id, form: f.id, submitter: 'body', assessingBody: assessing, direction: directionOf(f.id), due })));
    form.setFieldValue('schedule', rows);
  };
  /** A schedule cell's name for screen readers: the column and the row's form. */
  const cell = (column: string, row: number) => `${column}: ${form.getFieldValue(['schedule', row, 'form']) ?? ''}`;

  const submit = async (v: CampaignForm) => {
    setBusy(true);
    setRefusal(null);
    try {
      const body = {
        code: v.code.trim(),
        title: v.title,
        periodFrom: v.periodFrom,
        periodTo: v.periodTo,
        ...(v.asOf ? { asOf: v.asOf } : {}),
        editions: v.editions,
        readings: Object.fromEntries(Object.entries(v.readings ?? {}).filter(([id, val]) => val && readings.some((r) => r.id === id))),
        synthetic: !!v.synthetic,
        bodies: v.bodies,
        schedule: (v.schedule ?? []).map((s) => ({ ...s, direction: s.direction?.trim() || null })),
      };
      const c = await api<Campaign>('/api/campaigns', { method: 'POST', body });
      void message.success(t('admin.campaigns.created', { code: c.code }));
      form.resetFields();
      onCreated(c);
    } catch (e) {
      setRefusal(applyRefusal(form, e, t, lang, FIELDS, ['schedule']));
    } finally {
      setBusy(false);
    }
  };

  const editionOptions = editions.filter((e) => !e.id.includes('risk')).map((e) => ({ value: e.id, label: `${e.id} — ${pick(e.title, lang)}` }));
  const submitterOptions = [{ value: 'body', label: t('admin.campaigns.submitterBody') }, ...bodyOptions(live, lang)];
  const formLabel = (edition: string, id: string) => pick(editions.find((e) => e.id === edition)?.forms.find((f) => f.id === id)?.label, lang);
  const required = { required: true, message: t('admin.required') };

  return (
    <Card title={t('admin.campaigns.new')} data-testid="campaign-new">
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<CampaignForm>) => {
          // The editions in force on the parameters date, until the administrator picks them.
          const date = changed.asOf ?? (changed.periodTo && !form.getFieldValue('asOf') ? changed.periodTo : undefined);
          if (date && !form.isFieldTouched('editions')) form.setFieldValue('editions', inForce(date));
        }}
        initialValues={{ synthetic: false, bodies: [], schedule: [] }}
        data-testid="campaign-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.campaigns.code')} name="code" rules={[required, { pattern: /^[A-Za-z0-9_.-]{1,40}$/, message: t('admin.issues.code') }]} extra={t('admin.campaigns.codeHint')}>
              <Input data-testid="campaign-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('admin.synthetic')} name="synthetic" valuePropName="checked">
              <Checkbox data-testid="campaign-synthetic">{t('admin.campaigns.syntheticHint')}</Checkbox>
            </Form.Item>
          </Col>
          {(['kk', 'ru', 'en'] as const).map((l) => (
            <Col xs={24} md={8} key={l}>
              <Form.Item label={t(`admin.titleIn.${l}`)} name={['title', l]} rules={[required]}>
                <Input data-testid={`campaign-title-${l}`} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} sm={8}>
            <Form.Item label={t('admin.campaigns.periodFrom')} name="periodFrom" rules={[required]}>
              <Input type="date" data-testid="campaign-from" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              label={t('admin.campaigns.periodTo')}
              name="periodTo"
              dependencies={['periodFrom']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, v: string) => (!v || !getFieldValue('periodFrom') || v >= getFieldValue('periodFrom') ? Promise.resolve() : Promise.reject(new Error(t('admin.issues.beforeFrom', { date: getFieldValue('periodFrom') })))),
                }),
              ]}
            >
              <Input type="date" data-testid="campaign-to" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('admin.campaigns.asOf')} name="asOf" extra={t('admin.campaigns.asOfHint')}>
              <Input type="date" data-testid="campaign-asof" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('admin.campaigns.editions')} name="editions" rules={[{ ...required, type: 'array', min: 1 }]} extra={t('admin.campaigns.editionsHint')}>
              <Select mode="multiple" options={editionOptions} data-testid="campaign-editions" />
            </Form.Item>
          </Col>
          {readings.map((r) => (
            <Col xs={24} md={12} key={r.id}>
              <Form.Item label={`${t('admin.campaigns.reading')} ${r.id}: ${pick(r.label, lang)}`} name={['readings', r.id]} initialValue={r.default}>
                <Select options={r.options.map((o) => ({ value: o.value, label: pick(o.label, lang) }))} />
              </Form.Item>
            </Col>
          ))}
        </Row>

        <fieldset style={FIELDSET}>
          <legend style={LEGEND}>{t('admin.campaigns.bodies')}</legend>
          <Space wrap style={{ marginBottom: 8 }}>
            <label htmlFor="campaign-kind">{t('common.kind')}</label>
            <Select id="campaign-kind" allowClear style={{ width: 160 }} value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: t(`admin.kind.${k}`) }))} placeholder={t('admin.any')} />
            <label htmlFor="campaign-region">{t('admin.bodies.region')}</label>
            <Select id="campaign-region" allowClear showSearch style={{ width: 140 }} value={region} onChange={setRegion} options={regions.map((r) => ({ value: r, label: r }))} placeholder={t('admin.any')} />
            <Button onClick={addMatching} data-testid="campaign-add-matching">
              {t('admin.campaigns.addMatching', { n: live.filter((b) => (!kind || b.kind === kind) && (!region || b.region === region)).length })}
            </Button>
            <Button onClick={() => form.setFieldValue('bodies', [])}>{t('admin.campaigns.clearBodies')}</Button>
          </Space>
          <Form.Item label={t('admin.campaigns.bodiesPicked')} name="bodies" rules={[{ ...required, type: 'array', min: 1 }]}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={bodyOptions(live, lang)} placeholder={t('admin.campaigns.bodiesSearch')} data-testid="campaign-bodies" />
          </Form.Item>
        </fieldset>

        <fieldset style={FIELDSET}>
          <legend style={LEGEND}>{t('admin.campaigns.schedule')}</legend>
          <Typography.Paragraph type="secondary">{t('admin.campaigns.scheduleHint')}</Typography.Paragraph>
          <Space wrap style={{ marginBottom: 8 }}>
            <label htmlFor="campaign-assessing">{t('admin.campaigns.assessingBody')}</label>
            <Select id="campaign-assessing" showSearch optionFilterProp="label" style={{ width: 300 }} value={assessing} onChange={setAssessing} options={bodyOptions(live, lang)} />
            <label htmlFor="campaign-due-days">{t('admin.campaigns.dueDays')}</label>
            <InputNumber id="campaign-due-days" min={1} max={120} value={dueDays} onChange={(v) => setDueDays(v ?? 15)} />
            <Button onClick={() => void fillSchedule()} disabled={!chosen.length || !periodTo} data-testid="campaign-fill-schedule">
              {t('admin.campaigns.fill')}
            </Button>
          </Space>
          <Form.List name="schedule">
            {(rows, { remove }) => (
              <Table
                size="small"
                rowKey="key"
                dataSource={rows}
                pagination={false}
                scroll={{ x: 900 }}
                data-testid="campaign-schedule"
                locale={{ emptyText: t('admin.campaigns.scheduleEmpty') }}
                columns={[
                  {
                    title: t('admin.campaigns.form'),
                    key: 'form',
                    width: 220,
                    render: (_, r) => {
                      const s = form.getFieldValue(['schedule', r.name]) as ScheduleFormRow | undefined;
                      return (
                        <span title={s ? formLabel(s.edition, s.form) : ''}>
                          <strong>{s?.form}</strong>
                          <br />
                          <small>{s?.edition}</small>
                          <Form.Item name={[r.name, 'form']} hidden>
                            <Input />
                          </Form.Item>
                          <Form.Item name={[r.name, 'edition']} hidden>
                            <Input />
                          </Form.Item>
                        </span>
                      );
                    },
                  },
                  {
                    title: t('admin.campaigns.submitter'),
                    key: 'submitter',
                    width: 220,
                    render: (_, r) => (
                      <Form.Item name={[r.name, 'submitter']} rules={[required]} style={{ margin: 0 }}>
                        <Select showSearch optionFilterProp="label" options={submitterOptions} aria-label={cell(t('admin.campaigns.submitter'), r.name)} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('admin.campaigns.assessingBody'),
                    key: 'assessingBody',
                    width: 220,
                    render: (_, r) => (
                      <Form.Item name={[r.name, 'assessingBody']} rules={[required]} style={{ margin: 0 }}>
                        <Select showSearch optionFilterProp="label" options={bodyOptions(live, lang)} aria-label={cell(t('admin.campaigns.assessingBody'), r.name)} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('admin.campaigns.direction'),
                    key: 'direction',
                    width: 90,
                    render: (_, r) => (
                      <Form.Item name={[r.name, 'direction']} style={{ margin: 0 }}>
                        <Input aria-label={cell(t('admin.campaigns.direction'), r.name)} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('admin.campaigns.due'),
                    key: 'due',
                    width: 160,
                    render: (_, r) => (
                      <Form.Item name={[r.name, 'due']} rules={[required]} style={{ margin: 0 }}>
                        <Input type="date" aria-label={cell(t('admin.campaigns.due'), r.name)} data-testid={`schedule-due-${r.name}`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '',
                    key: 'remove',
                    width: 90,
                    render: (_, r) => (
                      <Button size="small" onClick={() => remove(r.name)}>
                        {t('admin.remove')}
                      </Button>
                    ),
                  },
                ]}
              />
            )}
          </Form.List>
        </fieldset>

        {refusal && (
          <Alert
            type="error"
            showIcon
            message={refusal.title}
            description={refusal.rest.length ? refusal.rest.map((r) => <div key={r}>{r}</div>) : t('admin.atFields')}
            style={{ margin: '16px 0' }}
            data-testid="campaign-error"
          />
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="campaign-submit">
          {t('admin.campaigns.create')}
        </Button>
      </Form>
    </Card>
  );
}

export default function Campaigns({ bodies }: { bodies: readonly Body[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [version, setVersion] = useState(0);
  const [creating, setCreating] = useState(false);
  const list = useData(() => api<Campaign[]>('/api/campaigns'), [version]);
  const editions = useData(() => api<EditionInfo[]>('/api/editions'), []);
  if (list.error || editions.error) return <Failure error={list.error ?? editions.error} />;
  if (!list.data || !editions.data) return <Loading />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Table
        rowKey="id"
        size="small"
        dataSource={list.data}
        pagination={false}
        scroll={{ x: 800 }}
        data-testid="campaign-list"
        expandable={{ expandedRowRender: (c) => <CampaignDetail id={c.id} bodies={bodies} /> }}
        columns={[
          { title: t('admin.campaigns.code'), dataIndex: 'code', render: (code: string) => <span data-testid={`campaign-row-${code}`}>{code}</span> },
          { title: t('admin.campaigns.titleCol'), key: 'title', render: (_, c) => pick(c.title, lang) },
          { title: t('common.period'), key: 'period', render: (_, c) => `${c.periodFrom} – ${c.periodTo}` },
          { title: t('common.asOf'), dataIndex: 'asOf' },
          { title: t('admin.campaigns.editions'), dataIndex: 'editions', render: (e: string[]) => e.map((x) => <Tag key={x}>{x}</Tag>) },
          {
            title: t('common.status'),
            key: 'state',
            render: (_, c) => (
              <>
                {c.synthetic && <Tag color="orange">{t('admin.synthetic')}</Tag>}
                {c.publishedSnapshot !== null ? <Tag color="green">{t('common.published')}</Tag> : c.releasedSnapshot !== null ? <Tag color="blue">{t('common.released')}</Tag> : null}
              </>
            ),
          },
          { title: '', key: 'open', render: (_, c) => <Link to={`/campaigns/${c.id}/dashboard`}>{t('dashboard.open')}</Link> },
        ]}
      />
      {creating ? (
        <NewCampaign
          editions={editions.data}
          bodies={bodies}
          onCreated={() => {
            setCreating(false);
            setVersion((v) => v + 1);
          }}
        />
      ) : (
        <Button type="primary" onClick={() => setCreating(true)} data-testid="campaign-new-open">
          {t('admin.campaigns.new')}
        </Button>
      )}
      <Typography.Paragraph type="secondary">{t('admin.campaigns.noEdit')}</Typography.Paragraph>
    </Space>
  );
}
