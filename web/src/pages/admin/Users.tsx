// Users: the list with role and scope, switching a user on or off, a new user (login, name,
// password, role; a body officer's bodies, an evaluator's assessing bodies and directions) and a
// change of one (name, new password, scope; login and role stay) — GET/POST /api/users,
// PATCH /api/users/:id (signs the user out when access changes), the roles' labels from GET /api/roles.
import { useMemo, useState } from 'react';
import { Alert, Button, Col, Form, Input, Modal, Row, Select, Space, Switch, Table, Tag, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Labels } from '../../api';
import { useAuth } from '../../auth';
import { pick, type Lang } from '../../i18n';
import { useData } from '../../useData';
import { Failure, Loading } from '../../components/Status';
import { applyRefusal, DialogFooter, bodyOptions, type Body, type Refusal } from './shared';

interface User {
  id: number;
  login: string;
  displayName: string;
  role: string;
  active: boolean;
  bodies: string[];
  assessingBodies: string[];
  directions: string[];
}
interface UserForm {
  login: string;
  displayName: string;
  password: string;
  role: string;
  bodies?: string[];
  assessingBodies?: string[];
  directions?: string[];
}
interface Role {
  id: string;
  label: Labels;
}

const FIELDS = ['login', 'displayName', 'password', 'role', 'bodies', 'assessingBodies', 'directions'];

function UserDialog({ user, roles, bodies, directions, onClose, onSaved }: { user: User | null; roles: readonly Role[]; bodies: readonly Body[]; directions: readonly string[]; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [form] = Form.useForm<UserForm>();
  const role: string | undefined = Form.useWatch('role', form);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const required = { required: true, message: t('admin.required') };
  const live = bodyOptions(bodies.filter((b) => !b.liquidatedOn), lang);
  const save = async (v: UserForm) => {
    setBusy(true);
    setRefusal(null);
    try {
      const scope = {
        ...(v.role === 'body_officer' ? { bodies: v.bodies ?? [] } : {}),
        ...(v.role === 'evaluator' ? { assessingBodies: v.assessingBodies ?? [], directions: v.directions ?? [] } : {}),
      };
      const u = user
        ? await api<User>(`/api/users/${user.id}`, { method: 'PATCH', body: { displayName: v.displayName, ...(v.password ? { password: v.password } : {}), ...scope } })
        : await api<User>('/api/users', { method: 'POST', body: { login: v.login.trim(), displayName: v.displayName, password: v.password, role: v.role, ...scope } });
      void message.success(t(user ? 'admin.users.changed' : 'admin.users.saved', { login: u.login }));
      onSaved();
    } catch (e) {
      setRefusal(applyRefusal(form, e, t, lang, FIELDS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={user ? t('admin.users.edit', { login: user.login }) : t('admin.users.add')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="user-form" initialValues={user ? { ...user, password: '' } : undefined}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('auth.loginField')} name="login" rules={[required, { pattern: /^[a-z0-9_.-]{3,40}$/, message: t('admin.issues.login') }]}>
              <Input autoFocus={!user} disabled={!!user} autoComplete="off" data-testid="user-login" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={user ? t('admin.users.newPassword') : t('auth.password')} name="password" rules={[...(user ? [] : [required]), { min: 12, message: t('admin.issues.password') }]} extra={user ? t('admin.users.newPasswordHint') : undefined}>
              <Input.Password autoComplete="new-password" data-testid="user-password" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('admin.users.displayName')} name="displayName" rules={[required]}>
              <Input data-testid="user-name" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('admin.users.role')} name="role" rules={[required]}>
              <Select showSearch optionFilterProp="label" disabled={!!user} options={roles.map((r) => ({ value: r.id, label: pick(r.label, lang) }))} data-testid="user-role" />
            </Form.Item>
          </Col>
          {role === 'body_officer' && (
            <Col xs={24}>
              <Form.Item label={t('admin.users.bodies')} name="bodies" rules={[{ ...required, type: 'array', min: 1 }]} extra={t('admin.users.bodiesHint')}>
                <Select mode="multiple" showSearch optionFilterProp="label" options={live} data-testid="user-bodies" />
              </Form.Item>
            </Col>
          )}
          {role === 'evaluator' && (
            <>
              <Col xs={24}>
                <Form.Item label={t('admin.users.assessingBodies')} name="assessingBodies" rules={[{ ...required, type: 'array', min: 1 }]}>
                  <Select mode="multiple" showSearch optionFilterProp="label" options={live} data-testid="user-assessing" />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item label={t('admin.users.directions')} name="directions" extra={t('admin.users.directionsHint')}>
                  <Select mode="tags" options={directions.map((d) => ({ value: d, label: d }))} data-testid="user-directions" />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        <DialogFooter refusal={refusal} busy={busy} onClose={onClose} testId="user" />
      </Form>
    </Modal>
  );
}

export default function Users({ bodies }: { bodies: readonly Body[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { me } = useAuth();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<User | null | 'new'>(null);
  const [error, setError] = useState<string | null>(null);
  const users = useData(() => api<User[]>('/api/users'), [version]);
  const roles = useData(() => api<Role[]>('/api/roles'), []);
  const editions = useData(() => api<{ forms: { id: string }[] }[]>('/api/editions'), []);
  const directions = useMemo(() => [...new Set((editions.data ?? []).flatMap((e) => e.forms.map((f) => /^(D\d+)\./.exec(f.id)?.[1]).filter((d): d is string => !!d)))].sort(), [editions.data]);
  if (users.error || roles.error) return <Failure error={users.error ?? roles.error} />;
  if (!users.data || !roles.data) return <Loading />;
  const roleLabel = (id: string) => pick(roles.data!.find((r) => r.id === id)?.label, lang) || id;
  const setActive = async (u: User, active: boolean) => {
    setError(null);
    try {
      await api(`/api/users/${u.id}`, { method: 'PATCH', body: { active } });
      setVersion((v) => v + 1);
    } catch (e) {
      const r = applyRefusal(null, e, t, lang, []);
      setError([r.title, ...r.rest].join(' — '));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={() => setEditing('new')} data-testid="user-add">
        {t('admin.users.add')}
      </Button>
      {error && <Alert type="error" showIcon message={error} data-testid="users-error" />}
      <Table
        rowKey="id"
        size="small"
        dataSource={users.data}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 700 }}
        data-testid="users-table"
        columns={[
          { title: t('auth.loginField'), dataIndex: 'login', width: 140, render: (l: string) => <span data-testid={`user-row-${l}`}>{l}</span> },
          { title: t('admin.users.displayName'), dataIndex: 'displayName' },
          { title: t('admin.users.role'), dataIndex: 'role', width: 170, render: roleLabel },
          {
            title: t('admin.users.scope'),
            key: 'scope',
            render: (_, u) => (
              <>
                {[...u.bodies, ...u.assessingBodies].map((b) => (
                  <Tag key={b} title={pick(bodies.find((x) => x.id === b)?.name, lang)}>
                    {b}
                  </Tag>
                ))}
                {u.directions.map((d) => (
                  <Tag key={d} color="blue">
                    {d}
                  </Tag>
                ))}
              </>
            ),
          },
          {
            title: t('admin.users.active'),
            key: 'active',
            width: 110,
            render: (_, u) => <Switch checked={u.active} disabled={u.login === me.login} onChange={(v) => void setActive(u, v)} aria-label={`${t('admin.users.active')}: ${u.login}`} />,
          },
          {
            title: '',
            key: 'edit',
            width: 110,
            render: (_, u) => (
              <Button size="small" onClick={() => setEditing(u)} data-testid={`user-edit-${u.login}`} aria-label={`${t('admin.edit')} ${u.login}`}>
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <UserDialog
          user={editing === 'new' ? null : editing}
          roles={roles.data}
          bodies={bodies}
          directions={directions}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Space>
  );
}
