// Who is asking: the signed-in user with role and scopes, or the anonymous public.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.js';
import { Lru, SHORT_TTL_MS } from '../cache.js';

export const ROLES = ['administrator', 'methodologist', 'evaluator', 'body_officer', 'commission', 'inspector', 'public'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** null for the anonymous public. */
  id: number | null;
  login: string;
  role: Role;
  /** body_officer: the bodies it works for. */
  bodies: Set<string>;
  /** evaluator: the assessing bodies it works for, and the directions (empty = every direction). */
  assessingBodies: Set<string>;
  directions: Set<string>;
}

export const ANONYMOUS: Actor = { id: null, login: 'anonymous', role: 'public', bodies: new Set(), assessingBodies: new Set(), directions: new Set() };

export const SESSION_COOKIE = 'tiimdi_session';
export const SESSION_HOURS = 12;

/** Only the hash of a session token is stored: a leaked table does not leak sessions. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Kysely<Database>, userId: number): Promise<{ token: string; expires: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insertInto('sessions').values({ token_hash: tokenHash(token), user_id: userId, expires_at: expires }).execute();
  return { token, expires };
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  sessions.delete(tokenHash(token));
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}

/** Sign a user out everywhere (deactivation, password or scope change). */
export async function endUserSessions(db: Kysely<Database> | Transaction<Database>, userId: number): Promise<void> {
  sessions.deleteWhere((s) => s.actor.id === userId);
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** token hash → actor and session expiry, for a few seconds (three queries saved per request). */
const sessions = new Lru<string, { actor: Actor; expires: number }>(10_000, SHORT_TTL_MS);

export async function loadActorById(db: Kysely<Database>, userId: number): Promise<Actor | null> {
  const u = await db.selectFrom('users').select(['id', 'login', 'role_id', 'active']).where('id', '=', userId).executeTakeFirst();
  if (!u || !u.active) return null;
  const scopes = await db.selectFrom('user_scopes').select(['scope_kind', 'scope_value']).where('user_id', '=', u.id).execute();
  const of = (k: string) => new Set(scopes.filter((s) => s.scope_kind === k).map((s) => s.scope_value));
  return { id: u.id, login: u.login, role: u.role_id as Role, bodies: of('body'), assessingBodies: of('assessing_body'), directions: of('direction') };
}

export async function actorFromToken(db: Kysely<Database>, token: string | undefined): Promise<Actor> {
  if (!token) return ANONYMOUS;
  const h = tokenHash(token);
  const hit = sessions.get(h);
  if (hit) return hit.expires < Date.now() ? ANONYMOUS : hit.actor;
  const s = await db
    .selectFrom('sessions')
    .select(['user_id', 'expires_at'])
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!s || new Date(s.expires_at).getTime() < Date.now()) return ANONYMOUS;
  const actor = (await loadActorById(db, s.user_id)) ?? ANONYMOUS;
  if (actor !== ANONYMOUS) sessions.set(h, { actor, expires: new Date(s.expires_at).getTime() });
  return actor;
}
