// The register of bodies: filter by kind, region and vertical, add a body, and change one (rename,
// move, reorganise into a successor, liquidate) — POST /api/bodies, PATCH /api/bodies/:id.
import { useMemo, useState } from 'react';
import { Button, Col, Form, Input, Modal, Row, Select, Space, Table, Tag, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { pick, type Lang } from '../../i18n';
import { applyRefusal, DialogFooter, BODY_LEVELS, bodyOptions, KINDS, VERTICALS, type Body, type Refusal } from './shared';

interface BodyForm {
  id: string;
  name: { kk: string; ru: string; en: string };
  kind: Body['kind'];
  level: string;
  region?: string;
  parentId?: string;
  vertical?: Body['vertical'];
  reorganisedOn?: string;
  reorganisedInto?: string;
  liquidatedOn?: string;
}

const FIELDS = ['id', 'name', 'kind', 'level', 'region', 'parentId', 'vertical', 'reorganisedOn', 'reorganisedInto', 'liquidatedOn'];
const orNull = (s: string | null | undefined) => (s === undefined || s === null || s.trim() === '' ? null : s.trim());

/** The body as the service takes it: empty optional fields are null. */
function toBody(v: BodyForm): Body {
  return {
    id: v.id.trim(),
    name: v.name,
    kind: v.kind,
    level: v.level,
    region: orNull(v.region),
    parentId: orNull(v.parentId),
    vertical: v.vertical ?? null,
    reorganisedOn: orNull(v.reorganisedOn),
    reorganisedInto: orNull(v.reorganisedInto),
    liquidatedOn: orNull(v.liquidatedOn),
  };
}

function BodyDialog({ body, bodies, onClose, onSaved }: { body: Body | null; bodies: readonly Body[]; onClose: () => void; onSaved: (b: Body) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [form] = Form.useForm<BodyForm>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const others = bodyOptions(bodies.filter((b) => b.id !== body?.id), lang);
  const required = { required: true, message: t('admin.required') };

  const save = async (v: BodyForm) => {
    setBusy(true);
    setRefusal(null);
    try {
      const next = toBody(v);
      let saved: Body;
      if (!body) saved = await api<Body>('/api/bodies', { method: 'POST', body: next });
      else {
        // Only what changed: the service records the change (before/after) in the audit log.
        const patch = Object.fromEntries(Object.entries(next).filter(([k, val]) => k !== 'id' && JSON.stringify(val) !== JSON.stringify(body[k as keyof Body])));
        saved = Object.keys(patch).length ? await api<Body>(`/api/bodies/${encodeURIComponent(body.id)}`, { method: 'PATCH', body: patch }) : body;
      }
      void message.success(t('admin.bodies.saved', { id: saved.id }));
      onSaved(saved);
    } catch (e) {
      setRefusal(applyRefusal(form, e, t, lang, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={body ? t('admin.bodies.edit', { id: body.id }) : t('admin.bodies.add')} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        data-testid="body-form"
        initialValues={
          body
            ? { ...body, region: body.region ?? undefined, parentId: body.parentId ?? undefined, vertical: body.vertical ?? undefined, reorganisedOn: body.reorganisedOn ?? undefined, reorganisedInto: body.reorganisedInto ?? undefined, liquidatedOn: body.liquidatedOn ?? undefined }
            : { kind: 'central', level: 'republic' }
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.bodies.id')} name="id" rules={[required, { pattern: /^[A-Za-z0-9_.-]{1,40}$/, message: t('admin.issues.code') }]}>
              <Input disabled={!!body} autoFocus data-testid="body-id" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('common.kind')} name="kind" rules={[required]}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`admin.kind.${k}`) }))} data-testid="body-kind" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('admin.bodies.level')} name="level" rules={[required]}>
              <Select options={BODY_LEVELS.map((k) => ({ value: k, label: t(`admin.level.${k}`) }))} data-testid="body-level" />
            </Form.Item>
          </Col>
          {(['kk', 'ru', 'en'] as const).map((l) => (
            <Col xs={24} key={l}>
              <Form.Item label={t(`admin.name.${l}`)} name={['name', l]} rules={[required]}>
                <Input data-testid={`body-name-${l}`} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.bodies.region')} name="region" extra={t('admin.bodies.regionHint')}>
              <Input data-testid="body-region" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.bodies.parent')} name="parentId">
              <Select allowClear showSearch optionFilterProp="label" options={others} data-testid="body-parent" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.bodies.vertical')} name="vertical">
              <Select allowClear options={VERTICALS.map((k) => ({ value: k, label: t(`admin.vertical.${k}`) }))} data-testid="body-vertical" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.bodies.reorganisedOn')} name="reorganisedOn">
              <Input type="date" data-testid="body-reorganised-on" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.bodies.reorganisedInto')} name="reorganisedInto">
              <Select allowClear showSearch optionFilterProp="label" options={others} data-testid="body-successor" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.bodies.liquidatedOn')} name="liquidatedOn">
              <Input type="date" data-testid="body-liquidated-on" />
            </Form.Item>
          </Col>
        </Row>
        <DialogFooter refusal={refusal} busy={busy} onClose={onClose} testId="body" />
      </Form>
    </Modal>
  );
}

export default function Bodies({ bodies, reload }: { bodies: readonly Body[]; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [kind, setKind] = useState<string | undefined>();
  const [region, setRegion] = useState<string | undefined>();
  const [vertical, setVertical] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Body | null | 'new'>(null);
  const regions = useMemo(() => [...new Set(bodies.map((b) => b.region).filter((r): r is string => !!r))].sort(), [bodies]);
  const shown = bodies.filter(
    (b) =>
      (!kind || b.kind === kind) &&
      (!region || b.region === region) &&
      (!vertical || (vertical === 'none' ? !b.vertical : b.vertical === vertical)) &&
      (!q || `${b.id} ${b.name.kk} ${b.name.ru} ${b.name.en}`.toLowerCase().includes(q.toLowerCase())),
  );
  const nameOf = (id: string | null) => (id ? (bodies.find((b) => b.id === id)?.name[lang] ?? id) : '');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="bodies-q">{t('common.search')}</label>
        <Input id="bodies-q" allowClear value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 200 }} data-testid="bodies-search" />
        <label htmlFor="bodies-kind">{t('common.kind')}</label>
        <Select id="bodies-kind" allowClear style={{ width: 150 }} value={kind} onChange={setKind} placeholder={t('admin.any')} options={KINDS.map((k) => ({ value: k, label: t(`admin.kind.${k}`) }))} />
        <label htmlFor="bodies-region">{t('admin.bodies.region')}</label>
        <Select id="bodies-region" allowClear showSearch style={{ width: 120 }} value={region} onChange={setRegion} placeholder={t('admin.any')} options={regions.map((r) => ({ value: r, label: r }))} />
        <label htmlFor="bodies-vertical">{t('admin.bodies.vertical')}</label>
        <Select
          id="bodies-vertical"
          allowClear
          style={{ width: 170 }}
          value={vertical}
          onChange={setVertical}
          placeholder={t('admin.any')}
          options={[{ value: 'none', label: t('admin.vertical.none') }, ...VERTICALS.map((k) => ({ value: k, label: t(`admin.vertical.${k}`) }))]}
        />
        <Button type="primary" onClick={() => setEditing('new')} data-testid="body-add">
          {t('admin.bodies.add')}
        </Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={shown}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 900 }}
        data-testid="bodies-table"
        columns={[
          { title: t('admin.bodies.id'), dataIndex: 'id', width: 130, render: (id: string) => <span data-testid={`body-row-${id}`}>{id}</span> },
          { title: t('admin.bodies.name'), key: 'name', render: (_, b) => pick(b.name, lang) },
          { title: t('common.kind'), dataIndex: 'kind', width: 110, render: (k: string) => t(`admin.kind.${k}`) },
          { title: t('admin.bodies.level'), dataIndex: 'level', width: 150, render: (k: string) => t(`admin.level.${k}`) },
          { title: t('admin.bodies.region'), dataIndex: 'region', width: 80 },
          { title: t('admin.bodies.vertical'), key: 'vertical', render: (_, b) => (b.vertical ? `${t(`admin.vertical.${b.vertical}`)}: ${nameOf(b.parentId)}` : '') },
          {
            title: t('common.status'),
            key: 'state',
            width: 200,
            render: (_, b) => (
              <>
                {b.liquidatedOn && <Tag color="red">{t('admin.bodies.liquidated', { date: b.liquidatedOn })}</Tag>}
                {b.reorganisedOn && <Tag color="orange">{t('admin.bodies.reorganised', { date: b.reorganisedOn, into: b.reorganisedInto ?? '' })}</Tag>}
              </>
            ),
          },
          {
            title: '',
            key: 'edit',
            width: 110,
            render: (_, b) => (
              <Button size="small" onClick={() => setEditing(b)} data-testid={`body-edit-${b.id}`} aria-label={`${t('admin.edit')} ${b.id}`}>
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <BodyDialog
          body={editing === 'new' ? null : editing}
          bodies={bodies}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Space>
  );
}
