// The Register of public services: the list and a new service (code, kk/ru name, subtypes,
// providers from the register of bodies, channels, automation, standard and reglament dates) —
// GET and POST /api/services. The register has no change route: a service is added, not edited.
import { useState } from 'react';
import { Button, Checkbox, Col, Form, Input, Modal, Row, Select, Space, Table, Tag, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { pick, type Lang } from '../../i18n';
import { useData } from '../../useData';
import { Failure, Loading } from '../../components/Status';
import { applyRefusal, DialogFooter, bodyOptions, type Body, type Refusal } from './shared';

const CHANNELS = ['egov', 'state_corporation', 'paper'] as const;
const AUTOMATION = ['full', 'partial', 'none'] as const;

interface Service {
  code: string;
  name: { kk: string; ru: string };
  subtypes: string[];
  providers: string[];
  channels: string[];
  automation: string;
  mobile: boolean;
  standardApprovedOn: string | null;
  reglamentApprovedOn: string | null;
}
type ServiceForm = Omit<Service, 'standardApprovedOn' | 'reglamentApprovedOn'> & { standardApprovedOn?: string; reglamentApprovedOn?: string };

const FIELDS = ['code', 'name', 'subtypes', 'providers', 'channels', 'automation', 'mobile', 'standardApprovedOn', 'reglamentApprovedOn'];

function ServiceDialog({ bodies, onClose, onSaved }: { bodies: readonly Body[]; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [form] = Form.useForm<ServiceForm>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const required = { required: true, message: t('admin.required') };
  const save = async (v: ServiceForm) => {
    setBusy(true);
    setRefusal(null);
    try {
      const s = await api<Service>('/api/services', {
        method: 'POST',
        body: { ...v, code: v.code.trim(), mobile: !!v.mobile, standardApprovedOn: v.standardApprovedOn || null, reglamentApprovedOn: v.reglamentApprovedOn || null },
      });
      void message.success(t('admin.services.saved', { code: s.code }));
      onSaved();
    } catch (e) {
      setRefusal(applyRefusal(form, e, t, lang, FIELDS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('admin.services.add')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ subtypes: [], providers: [], channels: ['egov'], automation: 'full', mobile: false }} data-testid="service-form">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.services.code')} name="code" rules={[required, { pattern: /^\d{3,12}$/, message: t('admin.issues.serviceCode') }]}>
              <Input autoFocus inputMode="numeric" data-testid="service-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.services.automation')} name="automation" rules={[required]}>
              <Select options={AUTOMATION.map((a) => ({ value: a, label: t(`admin.automation.${a}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('admin.services.mobile')} name="mobile" valuePropName="checked">
              <Checkbox>{t('admin.services.mobileHint')}</Checkbox>
            </Form.Item>
          </Col>
          {(['kk', 'ru'] as const).map((l) => (
            <Col xs={24} key={l}>
              <Form.Item label={t(`admin.name.${l}`)} name={['name', l]} rules={[required]}>
                <Input data-testid={`service-name-${l}`} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24}>
            <Form.Item label={t('admin.services.providers')} name="providers">
              <Select mode="multiple" showSearch optionFilterProp="label" options={bodyOptions(bodies, lang)} data-testid="service-providers" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('admin.services.subtypes')} name="subtypes" extra={t('admin.services.subtypesHint')}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('admin.services.channels')} name="channels">
              <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: t(`admin.channel.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('admin.services.standard')} name="standardApprovedOn">
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('admin.services.reglament')} name="reglamentApprovedOn">
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
        <DialogFooter refusal={refusal} busy={busy} onClose={onClose} testId="service" />
      </Form>
    </Modal>
  );
}

export default function Services({ bodies }: { bodies: readonly Body[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [version, setVersion] = useState(0);
  const [adding, setAdding] = useState(false);
  const list = useData(() => api<Service[]>('/api/services'), [version]);
  if (list.error) return <Failure error={list.error} />;
  if (!list.data) return <Loading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={() => setAdding(true)} data-testid="service-add">
        {t('admin.services.add')}
      </Button>
      <Table
        rowKey="code"
        size="small"
        dataSource={list.data}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 900 }}
        data-testid="services-table"
        columns={[
          { title: t('admin.services.code'), dataIndex: 'code', width: 100 },
          // The register names services in Kazakh and Russian; English readers get the Russian name.
          { title: t('admin.bodies.name'), key: 'name', render: (_, s) => pick(s.name, lang) },
          { title: t('admin.services.providers'), dataIndex: 'providers', render: (p: string[]) => p.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: t('admin.services.channels'), dataIndex: 'channels', render: (c: string[]) => c.map((x) => t(`admin.channel.${x}`)).join(', ') },
          { title: t('admin.services.automation'), dataIndex: 'automation', width: 140, render: (a: string) => t(`admin.automation.${a}`) },
          { title: t('admin.services.standard'), dataIndex: 'standardApprovedOn', width: 130 },
        ]}
      />
      {adding && (
        <ServiceDialog
          bodies={bodies}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Space>
  );
}
