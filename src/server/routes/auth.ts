// Sign-in, sign-out and "who am I". Sessions are random tokens in an httpOnly, sameSite=strict
// cookie (secure when the request came over https); the database keeps only their hash.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { createSession, endSession, loadActorById, SESSION_COOKIE, SESSION_HOURS } from '../auth/actor.js';
import { dummyHash, verifyPassword } from '../auth/password.js';
import { ApiError } from '../errors.js';

export function authRoutes(app: ZApp, { db, throttle }: Deps): void {
  app.post(
    '/api/auth/login',
    { schema: { tags: ['auth'], summary: 'Sign in', body: z.object({ login: z.string().min(1).max(100), password: z.string().min(1).max(200) }) } },
    async (req, reply) => {
      const keys = [`login:${req.body.login.toLowerCase()}`];
      const addr = [`ip:${req.ip}`];
      const wait = Math.max(throttle.perLogin.retryAfter(keys), throttle.perAddress.retryAfter(addr));
      if (wait > 0) {
        reply.header('retry-after', Math.ceil(wait / 1000));
        throw new ApiError(429, 'throttled', `too many failed sign-ins; retry in ${Math.ceil(wait / 1000)} s`);
      }
      const u = await db.selectFrom('users').select(['id', 'password_hash', 'active']).where('login', '=', req.body.login).executeTakeFirst();
      const ok = await verifyPassword(req.body.password, u?.password_hash ?? (await dummyHash()));
      if (!u || !ok || !u.active) {
        throttle.perLogin.fail(keys);
        throttle.perAddress.fail(addr);
        throw new ApiError(401, 'bad_credentials');
      }
      throttle.perLogin.succeed(keys);
      await db.deleteFrom('sessions').where('user_id', '=', u.id).where('expires_at', '<', new Date()).execute();
      const { token, expires } = await createSession(db, u.id);
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', path: '/', expires, maxAge: SESSION_HOURS * 3600 });
      const a = (await loadActorById(db, u.id))!;
      return { login: a.login, role: a.role, bodies: [...a.bodies], assessingBodies: [...a.assessingBodies], directions: [...a.directions], expires: expires.toISOString() };
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out' } }, async (req, reply) => {
    const t = req.cookies[SESSION_COOKIE];
    if (t) await endSession(db, t);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/me', { schema: { tags: ['auth'], summary: 'The signed-in user (or the anonymous public)' } }, async (req) => {
    const a = req.actor;
    return { login: a.login, role: a.role, signedIn: a.id !== null, bodies: [...a.bodies], assessingBodies: [...a.assessingBodies], directions: [...a.directions] };
  });
}
