// The registries: bodies (with their vertical, level, region, reorganisation and liquidation),
// the Register of public services, and users with roles and scopes.
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit.js';
import { json } from '../db/open.js';
import type { Database } from '../db/types.js';
import { badField, conflict, invalid, notFound, type ApiIssue } from '../errors.js';
import { endUserSessions, type Actor, type Role } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { auditUser } from './campaigns.js';

export const BODY_LEVELS = ['republic', 'oblast', 'city_republican', 'capital', 'district', 'city_oblast', 'rural_district'] as const;
export const VERTICALS = ['department', 'territorial', 'subordinate'] as const;
export const CHANNELS = ['egov', 'state_corporation', 'paper'] as const;
export const AUTOMATION = ['full', 'partial', 'none'] as const;

export interface Body {
  id: string;
  name: { kk: string; ru: string; en: string };
  kind: string;
  level: (typeof BODY_LEVELS)[number];
  region: string | null;
  parentId: string | null;
  vertical: (typeof VERTICALS)[number] | null;
  reorganisedOn: string | null;
  reorganisedInto: string | null;
  liquidatedOn: string | null;
}

type BodyRow = Database['bodies'];
const bodyOut = (r: Omit<BodyRow, 'created_at'>): Body => ({
  id: r.id,
  name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
  kind: r.kind,
  level: r.level as Body['level'],
  region: r.region,
  parentId: r.parent_id,
  vertical: r.vertical as Body['vertical'],
  reorganisedOn: r.reorganised_on,
  reorganisedInto: r.reorganised_into,
  liquidatedOn: r.liquidated_on,
});
const bodyIn = (b: Body) => ({
  id: b.id,
  name_kk: b.name.kk,
  name_ru: b.name.ru,
  name_en: b.name.en,
  kind: b.kind,
  level: b.level,
  region: b.region,
  parent_id: b.parentId,
  vertical: b.vertical,
  reorganised_on: b.reorganisedOn,
  reorganised_into: b.reorganisedInto,
  liquidated_on: b.liquidatedOn,
});

const BODY_COLUMNS = ['id', 'name_kk', 'name_ru', 'name_en', 'kind', 'level', 'region', 'parent_id', 'vertical', 'reorganised_on', 'reorganised_into', 'liquidated_on'] as const;

export async function listBodies(db: Kysely<Database>): Promise<Body[]> {
  return (await db.selectFrom('bodies').select(BODY_COLUMNS).orderBy('id').execute()).map(bodyOut);
}

export async function getBody(db: Kysely<Database>, id: string): Promise<Body> {
  const r = await db.selectFrom('bodies').select(BODY_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound(`body ${id}`);
  return bodyOut(r);
}

async function checkBodyRefs(db: Kysely<Database>, b: Body): Promise<void> {
  const issues: ApiIssue[] = [];
  const refs = [['parentId', b.parentId], ['reorganisedInto', b.reorganisedInto]] as const;
  for (const [field, ref] of refs) {
    if (ref === null) continue;
    if (ref === b.id) issues.push({ body: b.id, form: '-', field, value: ref, message: 'a body cannot refer to itself' });
    else if (!(await db.selectFrom('bodies').select('id').where('id', '=', ref).executeTakeFirst()))
      issues.push({ body: b.id, form: '-', field, value: ref, message: 'unknown body code' });
  }
  if (b.vertical && !b.parentId) issues.push({ body: b.id, form: '-', field: 'parentId', value: null, message: `a ${b.vertical} needs the body it belongs to` });
  if (b.reorganisedInto && !b.reorganisedOn) issues.push({ body: b.id, form: '-', field: 'reorganisedOn', value: null, message: 'give the date of the reorganisation' });
  if (issues.length) throw invalid(issues);
}

export async function createBody(db: Kysely<Database>, actor: Actor, b: Body): Promise<Body> {
  await checkBodyRefs(db, b);
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('bodies').select('id').where('id', '=', b.id).executeTakeFirst()) throw badField('id', b.id, 'a body with this code exists', { body: b.id });
    await trx.insertInto('bodies').values(bodyIn(b)).execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'body.create', entity: 'body', id: b.id, after: b });
    return b;
  });
}

export async function updateBody(db: Kysely<Database>, actor: Actor, id: string, patch: Partial<Omit<Body, 'id'>>): Promise<Body> {
  const before = await getBody(db, id);
  const after: Body = { ...before, ...patch, name: { ...before.name, ...(patch.name ?? {}) }, id };
  await checkBodyRefs(db, after);
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('bodies').set(bodyIn(after)).where('id', '=', id).execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'body.update', entity: 'body', id, before, after });
    return after;
  });
}

export interface Service {
  code: string;
  name: { kk: string; ru: string };
  subtypes: string[];
  providers: string[];
  channels: (typeof CHANNELS)[number][];
  automation: (typeof AUTOMATION)[number];
  mobile: boolean;
  standardApprovedOn: string | null;
  reglamentApprovedOn: string | null;
}

export async function listServices(db: Kysely<Database>): Promise<Service[]> {
  const rows = await db.selectFrom('services').selectAll().orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    name: { kk: r.name_kk, ru: r.name_ru },
    subtypes: r.subtypes as string[],
    providers: r.provider_body_ids as string[],
    channels: r.channels as Service['channels'],
    automation: r.automation as Service['automation'],
    mobile: r.mobile,
    standardApprovedOn: r.standard_approved_on,
    reglamentApprovedOn: r.reglament_approved_on,
  }));
}

export async function createService(db: Kysely<Database>, actor: Actor, s: Service): Promise<Service> {
  const issues: ApiIssue[] = [];
  const known = s.providers.length ? new Set((await db.selectFrom('bodies').select('id').where('id', 'in', s.providers).execute()).map((r) => r.id)) : new Set();
  s.providers.forEach((p, i) => {
    if (!known.has(p)) issues.push({ body: p, form: '-', field: `providers.${i}`, value: p, message: 'unknown body code' });
  });
  if (new Set(s.channels).size !== s.channels.length) issues.push({ body: '-', form: '-', field: 'channels', value: s.channels, message: 'duplicate channel' });
  if (issues.length) throw invalid(issues);
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('services').select('code').where('code', '=', s.code).executeTakeFirst()) throw badField('code', s.code, 'a service with this code exists');
    await trx
      .insertInto('services')
      .values({
        code: s.code,
        name_kk: s.name.kk,
        name_ru: s.name.ru,
        subtypes: json(s.subtypes),
        provider_body_ids: json(s.providers),
        channels: json(s.channels),
        automation: s.automation,
        mobile: s.mobile,
        standard_approved_on: s.standardApprovedOn,
        reglament_approved_on: s.reglamentApprovedOn,
      })
      .execute();
    await appendAudit(trx, { user: auditUser(actor), action: 'service.create', entity: 'service', id: s.code, after: s });
    return s;
  });
}

export interface UserIn {
  login: string;
  displayName: string;
  password: string;
  role: Role;
  bodies?: string[];
  assessingBodies?: string[];
  directions?: string[];
}

export interface UserOut {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  active: boolean;
  bodies: string[];
  assessingBodies: string[];
  directions: string[];
}

export async function listUsers(db: Kysely<Database>): Promise<UserOut[]> {
  const users = await db.selectFrom('users').select(['id', 'login', 'display_name', 'role_id', 'active']).orderBy('id').execute();
  const scopes = await db.selectFrom('user_scopes').selectAll().execute();
  const of = (id: number, k: string) => scopes.filter((s) => s.user_id === id && s.scope_kind === k).map((s) => s.scope_value);
  return users.map((u) => ({ id: u.id, login: u.login, displayName: u.display_name, role: u.role_id as Role, active: u.active, bodies: of(u.id, 'body'), assessingBodies: of(u.id, 'assessing_body'), directions: of(u.id, 'direction') }));
}

export async function createUser(db: Kysely<Database>, actor: Actor | null, u: UserIn): Promise<UserOut> {
  const issues: ApiIssue[] = [];
  if (u.role === 'body_officer' && !u.bodies?.length) issues.push({ body: '-', form: '-', field: 'bodies', value: u.bodies ?? null, message: 'a body officer works for at least one body' });
  if (u.role === 'evaluator' && !u.assessingBodies?.length) issues.push({ body: '-', form: '-', field: 'assessingBodies', value: u.assessingBodies ?? null, message: 'an evaluator works for at least one assessing body' });
  if (u.role !== 'body_officer' && u.bodies?.length) issues.push({ body: '-', form: '-', field: 'bodies', value: u.bodies, message: 'only body officers have bodies' });
  if (u.role !== 'evaluator' && (u.assessingBodies?.length || u.directions?.length)) issues.push({ body: '-', form: '-', field: 'assessingBodies', value: u.assessingBodies ?? u.directions ?? null, message: 'only evaluators have assessing bodies and directions' });
  const refs = [...(u.bodies ?? []), ...(u.assessingBodies ?? [])];
  const known = refs.length ? new Set((await db.selectFrom('bodies').select('id').where('id', 'in', refs).execute()).map((r) => r.id)) : new Set();
  (u.bodies ?? []).forEach((b, i) => known.has(b) || issues.push({ body: b, form: '-', field: `bodies.${i}`, value: b, message: 'unknown body code' }));
  (u.assessingBodies ?? []).forEach((b, i) => known.has(b) || issues.push({ body: b, form: '-', field: `assessingBodies.${i}`, value: b, message: 'unknown body code' }));
  if (issues.length) throw invalid(issues);
  const hash = await hashPassword(u.password);
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('users').select('id').where('login', '=', u.login).executeTakeFirst()) throw conflict(`login ${u.login} is taken`);
    const row = await trx.insertInto('users').values({ login: u.login, display_name: u.displayName, password_hash: hash, role_id: u.role }).returning('id').executeTakeFirstOrThrow();
    const scopes = [
      ...(u.bodies ?? []).map((v) => ({ user_id: row.id, scope_kind: 'body', scope_value: v })),
      ...(u.assessingBodies ?? []).map((v) => ({ user_id: row.id, scope_kind: 'assessing_body', scope_value: v })),
      ...(u.directions ?? []).map((v) => ({ user_id: row.id, scope_kind: 'direction', scope_value: v })),
    ];
    if (scopes.length) await trx.insertInto('user_scopes').values(scopes).execute();
    const out: UserOut = { id: row.id, login: u.login, displayName: u.displayName, role: u.role, active: true, bodies: u.bodies ?? [], assessingBodies: u.assessingBodies ?? [], directions: u.directions ?? [] };
    await appendAudit(trx, { user: actor ? auditUser(actor) : null, action: 'user.create', entity: 'user', id: String(row.id), after: out });
    return out;
  });
}

export interface UserPatch {
  displayName?: string;
  password?: string;
  active?: boolean;
  bodies?: string[];
  assessingBodies?: string[];
  directions?: string[];
}

/** Change a user; any change of password, activity or scopes signs the user out everywhere. */
export async function updateUser(db: Kysely<Database>, actor: Actor, id: number, p: UserPatch): Promise<UserOut> {
  const before = (await listUsers(db)).find((u) => u.id === id);
  if (!before) throw notFound(`user ${id}`);
  const after = { ...before, ...Object.fromEntries(Object.entries(p).filter(([k, v]) => v !== undefined && k !== 'password')) } as UserOut;
  const issues: ApiIssue[] = [];
  if (after.role === 'body_officer' && !after.bodies.length) issues.push({ body: '-', form: '-', field: 'bodies', value: after.bodies, message: 'a body officer works for at least one body' });
  if (after.role === 'evaluator' && !after.assessingBodies.length) issues.push({ body: '-', form: '-', field: 'assessingBodies', value: after.assessingBodies, message: 'an evaluator works for at least one assessing body' });
  if (after.role !== 'body_officer' && p.bodies?.length) issues.push({ body: '-', form: '-', field: 'bodies', value: p.bodies, message: 'only body officers have bodies' });
  if (after.role !== 'evaluator' && (p.assessingBodies?.length || p.directions?.length)) issues.push({ body: '-', form: '-', field: 'assessingBodies', value: p.assessingBodies ?? p.directions ?? null, message: 'only evaluators have assessing bodies and directions' });
  const refs = [...(p.bodies ?? []), ...(p.assessingBodies ?? [])];
  const known = refs.length ? new Set((await db.selectFrom('bodies').select('id').where('id', 'in', refs).execute()).map((r) => r.id)) : new Set();
  (p.bodies ?? []).forEach((b, i) => known.has(b) || issues.push({ body: b, form: '-', field: `bodies.${i}`, value: b, message: 'unknown body code' }));
  (p.assessingBodies ?? []).forEach((b, i) => known.has(b) || issues.push({ body: b, form: '-', field: `assessingBodies.${i}`, value: b, message: 'unknown body code' }));
  if (actor.id === id && p.active === false) issues.push({ body: '-', form: '-', field: 'active', value: false, message: 'you cannot deactivate yourself' });
  if (issues.length) throw invalid(issues);
  const hash = p.password ? await hashPassword(p.password) : undefined;
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ display_name: after.displayName, active: after.active, ...(hash ? { password_hash: hash } : {}) })
      .where('id', '=', id)
      .execute();
    const scopes: [string, string[] | undefined][] = [['body', p.bodies], ['assessing_body', p.assessingBodies], ['direction', p.directions]];
    for (const [kind, values] of scopes) {
      if (!values) continue;
      await trx.deleteFrom('user_scopes').where('user_id', '=', id).where('scope_kind', '=', kind).execute();
      if (values.length) await trx.insertInto('user_scopes').values(values.map((v) => ({ user_id: id, scope_kind: kind, scope_value: v }))).execute();
    }
    if (hash || p.active === false || p.bodies || p.assessingBodies || p.directions) await endUserSessions(trx, id);
    await appendAudit(trx, { user: auditUser(actor), action: 'user.update', entity: 'user', id: String(id), before, after: { ...after, passwordChanged: !!hash } });
    return after;
  });
}
