// The checklist of Appendix 2 (тексеру парағы) as a form an inspector fills during a visit, on a
// tablet: the six header fields, the 19 requirement rows (complies / does not comply / not
// applicable — the last only on rows 2–3 of a subject that is not a central state body, A29), the
// signature block. Every control is labelled and reachable by keyboard; touch targets are large;
// on a narrow screen each row is one card. Missing fields are shown inline in the user's language.
// Saving records the visit with its checklist in the subject's facts
// (PUT /api/risk/subjects/:id/controls/:control); its "does not comply" rows are the subject's S1
// findings, so the next assessment (the next list's reference date) is shown before and after.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Space, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../../api';
import { pick, type Lang } from '../../i18n';
import { navigate } from '../../router';
import { useAuth } from '../../auth';
import { useData } from '../../useData';
import { Failure, Loading } from '../Status';
import { SyntheticBanner } from '../SyntheticBanner';
import { GROUP_COLOR, SEVERITY_COLOR, nextHalf, type AssessmentReply, type EditionView, type StoredControl, type StoredSubject, type Subject } from './types';

type Answer = 'complies' | 'does-not-comply' | 'not-applicable';

interface Signer {
  name: string;
  position: string;
  signed: boolean;
}

interface Values {
  control: string;
  kind: 'pcv' | 'inspection';
  date: string;
  H1: string;
  H2: string;
  H3number: string;
  H3date: string;
  H4: string;
  H5: string;
  H6: string;
  answers: Record<string, Answer | undefined>;
  officials: Signer[];
  head: Signer;
}

/** IIN/BIN: 12 digits, the last a check digit (as src/risk/iin-bin.ts). */
function iinBinProblem(v: string): 'digits' | 'check' | null {
  if (!/^\d{12}$/.test(v)) return 'digits';
  const d = [...v].map(Number);
  const sum = (w: number[]) => w.reduce((s, x, i) => s + x * d[i]!, 0) % 11;
  let c = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (c === 10) c = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return c === 10 || c !== d[11] ? 'check' : null;
}

const errText = (e: unknown, lang: Lang) => (e instanceof ApiFailure ? [e.text(lang), ...e.issues.map((i) => `${i.form ? i.form + ', ' : ''}${i.field}: ${i.message}`)].join(' — ') : e instanceof Error ? e.message : String(e));

function Outcome({ a, label, testId }: { a: AssessmentReply | undefined; label: string; testId: string }) {
  const { t } = useTranslation();
  if (!a) return null;
  const x = a.assessment;
  return (
    <div data-testid={testId}>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      <Tag color={GROUP_COLOR[x.final]}>{t(`risk.group.${x.final}`)}</Tag>{' '}
      <span className="num">SP {x.subjective?.SP?.value ?? '—'}</span>
      {x.notApplied && <Typography.Text type="secondary"> · {t(`risk.notApplied.${x.notApplied}`, { defaultValue: x.notApplied })}</Typography.Text>}
      {x.s1Control && <Typography.Text type="secondary"> · S1: {x.s1Control}</Typography.Text>}
      {x.violations.filter((v) => v.source === 'S1').length > 0 && (
        <Typography.Text type="secondary">
          {' '}
          · {t('risk.cl.s1Rows')}: {x.violations.filter((v) => v.source === 'S1').map((v) => v.row).join(', ')}
        </Typography.Text>
      )}
    </div>
  );
}

export function Checklist({ edition, subjects, initialSubject }: { edition: EditionView; subjects: Subject[]; initialSubject?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const canWrite = me.role === 'inspector' || me.role === 'administrator';
  const [subjectId, setSubjectId] = useState<string | undefined>(initialSubject);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [before, setBefore] = useState<AssessmentReply | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const subject = useData(() => (subjectId ? api<StoredSubject>(`/api/risk/subjects/${encodeURIComponent(subjectId)}`) : null), [subjectId, tick]);
  const date = Form.useWatch('date', form) as string | undefined;
  const controlId = Form.useWatch('control', form) as string | undefined;
  const kindDecl = edition.subjectKinds.find((k) => k.id === subject.data?.doc.kind);
  const central = kindDecl?.central ?? false;
  const next = useMemo(() => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? nextHalf(edition, date) : null), [date, edition]);
  const assessment = useData(
    () => (subjectId && next ? api<AssessmentReply>(`/api/risk/subjects/${encodeURIComponent(subjectId)}/assessment?date=${next.deadline}&lang=${lang}`) : null),
    [subjectId, next?.deadline, lang, tick],
  );
  const recorded = (subject.data?.doc.controls ?? []).filter((c) => c.checklist);
  const criterion = (no: number) => edition.criteria.find((c) => c.no === no);

  /** A new checklist for this subject, its header prefilled from the subject's facts. */
  const fresh = (s: StoredSubject): Partial<Values> => {
    const today = new Date().toISOString().slice(0, 10);
    const name = pick(s.doc.name, lang);
    return {
      control: '',
      kind: 'pcv',
      date: today,
      H1: name,
      H2: '',
      H3number: '',
      H3date: '',
      H4: name,
      H5: s.doc.bin ?? s.doc.iin ?? '',
      H6: s.doc.address ?? '',
      answers: {},
      officials: [{ name: '', position: '', signed: false }],
      head: { name: '', position: '', signed: false },
    };
  };
  const load = (c: StoredControl): Partial<Values> => {
    const cl = c.checklist!;
    const answers: Record<string, Answer> = {};
    for (const n of cl.complies ?? []) answers[n] = 'complies';
    for (const n of cl.doesNotComply ?? []) answers[n] = 'does-not-comply';
    for (const n of cl.notApplicable ?? []) answers[n] = 'not-applicable';
    const h = cl.header ?? {};
    return {
      control: c.id,
      kind: c.kind,
      date: c.date,
      H1: h.H1 ?? '',
      H2: h.H2 ?? '',
      H3number: h.H3?.number ?? '',
      H3date: h.H3?.date ?? '',
      H4: h.H4 ?? '',
      H5: h.H5 ?? '',
      H6: h.H6 ?? '',
      answers,
      officials: cl.officials?.length ? cl.officials : [{ name: '', position: '', signed: false }],
      head: cl.head ?? { name: '', position: '', signed: false },
    };
  };
  // A new subject: a fresh form. (Saving reloads the subject but keeps what was typed.)
  const loadedFor = subject.data?.id;
  useEffect(() => {
    if (!subject.data) return;
    form.resetFields();
    form.setFieldsValue(fresh(subject.data));
    // Readers (who cannot record one) see the latest recorded checklist.
    const latest = (subject.data.doc.controls ?? []).filter((c) => c.checklist).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    if (!canWrite && latest) form.setFieldsValue(load(latest));
    setBefore(undefined);
    setSaved(null);
    setError(null);
  }, [loadedFor]);

  const save = async (v: Values) => {
    if (!subject.data) return;
    setBusy(true);
    setError(null);
    try {
      const existing = new Set((subject.data.doc.controls ?? []).map((c) => c.id));
      let id = v.control;
      if (!id) {
        const base = `${v.kind === 'pcv' ? 'PCV' : 'INSP'}-${v.date}`;
        id = base;
        for (let i = 2; existing.has(id); i++) id = `${base}-${i}`;
      }
      const rows = edition.checklist.rows.map((r) => r.no);
      const by = (a: Answer) => rows.filter((n) => v.answers[n] === a);
      const sign = (s: Signer) => ({ name: s.name.trim(), position: s.position.trim(), signed: !!s.signed });
      const control = {
        date: v.date,
        kind: v.kind,
        act: { number: v.H3number.trim(), date: v.H3date },
        checklist: {
          header: { H1: v.H1.trim(), H2: v.H2.trim(), H3: { number: v.H3number.trim(), date: v.H3date }, H4: v.H4.trim(), H5: v.H5.trim(), H6: v.H6.trim() },
          complies: by('complies'),
          doesNotComply: by('does-not-comply'),
          notApplicable: by('not-applicable'),
          officials: v.officials.map(sign),
          head: sign(v.head),
        },
      };
      setBefore(assessment.data);
      await api(`/api/risk/subjects/${encodeURIComponent(subject.data.id)}/controls/${encodeURIComponent(id)}`, { method: 'PUT', body: control });
      form.setFieldValue('control', id);
      setSaved(id);
      void message.success(t('risk.cl.saved', { id }));
      setTick((x) => x + 1);
    } catch (e) {
      setBefore(undefined);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, whitespace: true, message: t('risk.required') };
  const answerOptions = (no: number) => {
    const naAllowed = !central && !!criterion(no)?.centralOnly;
    return [
      { value: 'complies', label: t('risk.cl.complies') },
      { value: 'does-not-comply', label: t('risk.cl.doesNotComply') },
      ...(naAllowed ? [{ value: 'not-applicable', label: t('risk.cl.notApplicable') }] : []),
    ];
  };
  const header = (id: string) => edition.checklist.header.find((h) => h.id === id)!;
  const sigF = edition.checklist.signatures.fields;
  const signedRule = { validator: (_: unknown, v: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('risk.cl.mustSign')))) };

  return (
    <div className="risk-cl">
      <Space wrap align="end" style={{ marginBottom: 12 }}>
        <div>
          <label htmlFor="cl-subject" className="risk-label">
            {t('risk.subject')}
          </label>
          <Select
            id="cl-subject"
            showSearch
            optionFilterProp="label"
            style={{ width: 'min(460px, 86vw)' }}
            value={subjectId}
            placeholder={t('risk.cl.chooseSubject')}
            onChange={(v: string) => (setSubjectId(v), navigate(`/risk?tab=checklist&subject=${encodeURIComponent(v)}`))}
            options={subjects.map((s) => ({ value: s.id, label: `${s.id} — ${pick(s.name, lang)}` }))}
            data-testid="cl-subject"
          />
        </div>
        {recorded.length > 0 && (
          <div>
            <label htmlFor="cl-recorded" className="risk-label">
              {t('risk.cl.recorded')}
            </label>
            <Select
              id="cl-recorded"
              style={{ width: 260 }}
              placeholder={t('risk.cl.newChecklist')}
              value={controlId || undefined}
              onChange={(id: string) => {
                const c = recorded.find((x) => x.id === id);
                if (c) form.setFieldsValue(load(c));
              }}
              options={recorded.map((c) => ({ value: c.id, label: `${c.id} · ${c.date}` }))}
              data-testid="cl-recorded"
            />
          </div>
        )}
      </Space>
      {!subjectId ? (
        <Typography.Paragraph type="secondary">{t('risk.cl.chooseSubject')}</Typography.Paragraph>
      ) : subject.error ? (
        <Failure error={subject.error} />
      ) : !subject.data ? (
        <Loading />
      ) : (
        <>
          {subject.data.synthetic && <SyntheticBanner />}
          <Card size="small" className="risk-cl-next" style={{ marginBottom: 16 }} data-testid="cl-next">
            <Typography.Text strong>{t('risk.cl.next', { half: next?.half ?? '—', date: next?.deadline ?? '—' })}</Typography.Text>
            {before && saved ? (
              <>
                <Outcome a={before} label={t('risk.cl.before')} testId="cl-before" />
                <Outcome a={assessment.data} label={t('risk.cl.after', { id: saved })} testId="cl-after" />
              </>
            ) : (
              <Outcome a={assessment.data} label={t('risk.cl.now')} testId="cl-now" />
            )}
          </Card>
          {!canWrite && <Alert type="info" showIcon title={t('risk.readOnly')} style={{ marginBottom: 12 }} />}
          <Form<Values> form={form} name="checklist" layout="vertical" onFinish={save} disabled={!canWrite} scrollToFirstError={{ block: 'center' }} requiredMark data-testid="cl-form">
            <Typography.Title level={3} style={{ fontSize: 18 }}>
              {pick(edition.checklist.title, lang)}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{pick(edition.checklist.caption, lang)}</Typography.Paragraph>
            <Form.Item name="control" hidden>
              <Input />
            </Form.Item>
            <Card size="small" title={t('risk.cl.visit')} style={{ marginBottom: 16 }}>
              <div className="risk-grid">
                <Form.Item name="kind" label={t('risk.cl.kind')} rules={[required]} className="risk-choice risk-grid-full">
                  <Radio.Group optionType="button" buttonStyle="solid" size="large" options={[{ value: 'pcv', label: t('risk.cl.pcv') }, { value: 'inspection', label: t('risk.cl.inspection') }]} />
                </Form.Item>
                <Form.Item name="date" label={t('risk.cl.date')} rules={[required]}>
                  <Input type="date" size="large" data-testid="cl-date" />
                </Form.Item>
              </div>
            </Card>
            <Card size="small" title={t('risk.cl.header')} style={{ marginBottom: 16 }}>
              <div className="risk-grid">
                {(['H1', 'H2'] as const).map((h) => (
                  <Form.Item key={h} name={h} label={`${h}. ${pick(header(h).label, lang)}`} rules={[required]}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} size="large" data-testid={`cl-${h}`} />
                  </Form.Item>
                ))}
                <Form.Item name="H3number" label={`H3. ${pick(header('H3').label, lang)} — ${t('risk.cl.actNumber')}`} rules={[required]}>
                  <Input size="large" data-testid="cl-H3number" />
                </Form.Item>
                <Form.Item name="H3date" label={`H3 — ${t('risk.cl.actDate')}`} rules={[required]}>
                  <Input type="date" size="large" data-testid="cl-H3date" />
                </Form.Item>
                <Form.Item name="H4" label={`H4. ${pick(header('H4').label, lang)}`} rules={[required]}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} size="large" data-testid="cl-H4" />
                </Form.Item>
                <Form.Item
                  name="H5"
                  label={`H5. ${pick(header('H5').label, lang)}`}
                  rules={[
                    required,
                    {
                      validator: (_, v: string) => {
                        const p = v ? iinBinProblem(v.trim()) : null;
                        return p ? Promise.reject(new Error(t(p === 'digits' ? 'risk.cl.iinBinDigits' : 'risk.cl.iinBinCheck'))) : Promise.resolve();
                      },
                    },
                  ]}
                >
                  <Input size="large" inputMode="numeric" maxLength={12} data-testid="cl-H5" />
                </Form.Item>
                <Form.Item name="H6" label={`H6. ${pick(header('H6').label, lang)}`} rules={[required]} className="risk-grid-full">
                  <Input size="large" data-testid="cl-H6" />
                </Form.Item>
              </div>
            </Card>
            <Card
              size="small"
              title={t('risk.cl.rows', { n: edition.checklist.rows.length })}
              style={{ marginBottom: 16 }}
              extra={
                <Button
                  onClick={() => {
                    const cur = (form.getFieldValue('answers') ?? {}) as Record<string, Answer | undefined>;
                    const all = Object.fromEntries(edition.checklist.rows.map((r) => [String(r.no), cur[r.no] ?? 'complies']));
                    form.setFieldsValue({ answers: all });
                  }}
                  data-testid="cl-rest-comply"
                >
                  {t('risk.cl.restComply')}
                </Button>
              }
            >
              <ol className="risk-cl-rows">
                {edition.checklist.rows.map((r) => {
                  const c = criterion(r.criterion);
                  return (
                    <li key={r.no} className="risk-cl-row" id={`cl-row-${r.no}`} data-testid={`cl-row-${r.no}`}>
                      <div className="risk-cl-text">
                        <span id={`cl-row-text-${r.no}`}>
                          <strong>{r.no}.</strong> {pick(r.text, lang)}
                        </span>
                        {c && (
                          <div>
                            <Tag color={SEVERITY_COLOR[c.severity]}>{t(`risk.severity.${c.severity}`)}</Tag>
                          </div>
                        )}
                      </div>
                      <Form.Item name={['answers', String(r.no)]} rules={[{ required: true, message: t('risk.cl.answerRow', { n: r.no }) }]} className="risk-cl-answer">
                        <Radio.Group optionType="button" buttonStyle="solid" size="large" aria-labelledby={`cl-row-text-${r.no}`} options={answerOptions(r.no)} />
                      </Form.Item>
                    </li>
                  );
                })}
              </ol>
            </Card>
            <Card size="small" title={t('risk.cl.signatures')} style={{ marginBottom: 16 }}>
              <Typography.Text strong>{pick(edition.checklist.signatures.officials, lang)}</Typography.Text>
              <Form.List name="officials">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f, i) => (
                      <div key={f.key} className="risk-grid risk-signer">
                        <Form.Item name={[f.name, 'name']} label={`${i + 1}. ${pick(sigF.name, lang)}`} rules={[required]}>
                          <Input size="large" autoComplete="name" data-testid={`cl-official-${i}-name`} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'position']} label={pick(sigF.position, lang)} rules={[required]}>
                          <Input size="large" data-testid={`cl-official-${i}-position`} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'signed']} valuePropName="checked" rules={[signedRule]}>
                          <Checkbox className="risk-big-check" data-testid={`cl-official-${i}-signed`}>
                            {t('risk.cl.signed')}
                          </Checkbox>
                        </Form.Item>
                        {fields.length > 1 && (
                          <Button onClick={() => remove(f.name)} aria-label={t('risk.cl.removeOfficial', { n: i + 1 })}>
                            {t('risk.cl.remove')}
                          </Button>
                        )}
                      </div>
                    ))}
                    <Button onClick={() => add({ name: '', position: '', signed: false })} style={{ marginBottom: 16 }}>
                      {t('risk.cl.addOfficial')}
                    </Button>
                  </>
                )}
              </Form.List>
              <div>
                <Typography.Text strong>{pick(edition.checklist.signatures.head, lang)}</Typography.Text>
              </div>
              <div className="risk-grid risk-signer">
                <Form.Item name={['head', 'name']} label={pick(sigF.name, lang)} rules={[required]}>
                  <Input size="large" data-testid="cl-head-name" />
                </Form.Item>
                <Form.Item name={['head', 'position']} label={pick(sigF.position, lang)} rules={[required]}>
                  <Input size="large" data-testid="cl-head-position" />
                </Form.Item>
                <Form.Item name={['head', 'signed']} valuePropName="checked" rules={[signedRule]}>
                  <Checkbox className="risk-big-check" data-testid="cl-head-signed">
                    {t('risk.cl.signed')}
                  </Checkbox>
                </Form.Item>
              </div>
            </Card>
            {error != null && <Alert type="error" showIcon title={errText(error, lang)} style={{ marginBottom: 12 }} data-testid="cl-error" />}
            {canWrite && (
              <Button type="primary" size="large" htmlType="submit" loading={busy} className="risk-cl-save" data-testid="cl-save">
                {t('risk.cl.save')}
              </Button>
            )}
          </Form>
        </>
      )}
    </div>
  );
}
