// Registries: bodies, the Register of public services, users. Names and codes of bodies and
// services are public; changing them, and everything about users, is the administrator's.
import { z } from 'zod';
import type { ZApp, Deps } from '../app.js';
import { requireRole } from '../auth/policy.js';
import { ROLES } from '../auth/actor.js';
import { AUTOMATION, BODY_LEVELS, CHANNELS, VERTICALS, createBody, createService, createUser, getBody, listBodies, listServices, listUsers, updateBody, updateUser } from '../domain/registries.js';
import { code, isoDate, text, trilingual } from './schemas.js';

const bodyFields = {
  name: trilingual,
  kind: z.enum(['central', 'local']),
  level: z.enum(BODY_LEVELS),
  region: text(100).nullable(),
  parentId: code.nullable(),
  vertical: z.enum(VERTICALS).nullable(),
  reorganisedOn: isoDate.nullable(),
  reorganisedInto: code.nullable(),
  liquidatedOn: isoDate.nullable(),
};
const body = z.object({
  id: code,
  ...bodyFields,
  region: bodyFields.region.default(null),
  parentId: bodyFields.parentId.default(null),
  vertical: bodyFields.vertical.default(null),
  reorganisedOn: bodyFields.reorganisedOn.default(null),
  reorganisedInto: bodyFields.reorganisedInto.default(null),
  liquidatedOn: bodyFields.liquidatedOn.default(null),
});
/** A change names only what changes: no defaults here (zod 4 applies a default inside .partial(), which would null the fields left out). */
const bodyPatch = z.object(bodyFields).partial().strict();

const service = z.object({
  code: z.string().regex(/^\d{3,12}$/, 'expected the register code (3–12 digits)'),
  name: z.object({ kk: text(), ru: text() }),
  subtypes: z.array(text(200)).max(50).default([]),
  providers: z.array(code).max(500).default([]),
  channels: z.array(z.enum(CHANNELS)).max(3).default([]),
  automation: z.enum(AUTOMATION),
  mobile: z.boolean().default(false),
  standardApprovedOn: isoDate.nullable().default(null),
  reglamentApprovedOn: isoDate.nullable().default(null),
});

const user = z.object({
  login: z.string().regex(/^[a-z0-9_.-]{3,40}$/, 'expected 3–40 of a-z 0-9 _ . -'),
  displayName: text(200),
  password: z.string().min(12, 'at least 12 characters').max(200),
  role: z.enum(ROLES),
  bodies: z.array(code).max(100).optional(),
  assessingBodies: z.array(code).max(100).optional(),
  directions: z.array(code).max(50).optional(),
});

export function registryRoutes(app: ZApp, { db }: Deps): void {
  app.get('/api/bodies', { schema: { tags: ['registries'], summary: 'The register of bodies' } }, async () => listBodies(db));
  app.get('/api/bodies/:id', { schema: { tags: ['registries'], params: z.object({ id: code }) } }, async (req) => getBody(db, req.params.id));
  app.post('/api/bodies', { schema: { tags: ['registries'], summary: 'Add a body (administrator)', body } }, async (req, reply) => {
    requireRole(req.actor, 'administrator');
    reply.code(201);
    return createBody(db, req.actor, req.body);
  });
  app.patch(
    '/api/bodies/:id',
    { schema: { tags: ['registries'], summary: 'Change a body: rename, reorganise, liquidate (administrator)', params: z.object({ id: code }), body: bodyPatch } },
    async (req) => {
      requireRole(req.actor, 'administrator');
      return updateBody(db, req.actor, req.params.id, req.body);
    },
  );
  app.get('/api/services', { schema: { tags: ['registries'], summary: 'The Register of public services' } }, async () => listServices(db));
  app.post('/api/services', { schema: { tags: ['registries'], summary: 'Add a service (administrator)', body: service } }, async (req, reply) => {
    requireRole(req.actor, 'administrator');
    reply.code(201);
    return createService(db, req.actor, req.body);
  });
  app.get('/api/users', { schema: { tags: ['registries'], summary: 'Users with roles and scopes (administrator)' } }, async (req) => {
    requireRole(req.actor, 'administrator');
    return listUsers(db);
  });
  app.post('/api/users', { schema: { tags: ['registries'], summary: 'Add a user (administrator)', body: user } }, async (req, reply) => {
    requireRole(req.actor, 'administrator');
    reply.code(201);
    return createUser(db, req.actor, req.body);
  });
  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['registries'],
        summary: 'Change a user: name, password, active, scopes (administrator); signs the user out when access changes',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: user.pick({ displayName: true, password: true, bodies: true, assessingBodies: true, directions: true }).partial().extend({ active: z.boolean().optional() }).strict(),
      },
    },
    async (req) => {
      requireRole(req.actor, 'administrator');
      return updateUser(db, req.actor, req.params.id, req.body);
    },
  );
  app.get('/api/roles', { schema: { tags: ['registries'], summary: 'Roles with kk/ru/en labels' } }, async () =>
    (await db.selectFrom('roles').selectAll().execute()).map((r) => ({ id: r.id, label: { kk: r.label_kk, ru: r.label_ru, en: r.label_en } })),
  );
}
