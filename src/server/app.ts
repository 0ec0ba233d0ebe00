// The Fastify application: plugins, the signed-in actor on every request, the routes, the
// OpenAPI document (/api/openapi.json) and its browsable UI (/api/docs).
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from './db/types.js';
import { actorFromToken, SESSION_COOKIE, type Actor } from './auth/actor.js';
import { LoginThrottle } from './auth/throttle.js';
import { installErrorHandler } from './errors.js';
import { authRoutes } from './routes/auth.js';
import { registryRoutes } from './routes/registries.js';
import { editionRoutes } from './routes/editions.js';
import { campaignRoutes } from './routes/campaigns.js';
import { submissionRoutes } from './routes/submissions.js';
import { resultRoutes } from './routes/results.js';
import { auditRoutes } from './routes/audit.js';
import { csvRoutes, excelRoutes } from './routes/excel.js';
import { calendarRoutes } from './routes/calendar.js';
import { riskRoutes } from './routes/risk.js';
import { methodologyRoutes } from './routes/methodologies.js';
import { whatIfRoutes } from './routes/what-if.js';
import { workflowRoutes } from './routes/workflow.js';
import { documentRoutes } from './routes/documents.js';
import { webStatic } from './web-static.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

export interface AppOptions {
  db: Kysely<Database>;
  logger?: boolean;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* so cookies get `secure`. */
  trustProxy?: boolean;
  /** Largest request body, bytes (default 2 MiB). */
  bodyLimit?: number;
  throttle?: { perLogin: LoginThrottle; perAddress: LoginThrottle };
  /** The clock of deadlines (release, objection and decision windows); tests move it. */
  now?: () => Date;
}

export type App = FastifyInstance;
export interface Deps {
  db: Kysely<Database>;
  throttle: { perLogin: LoginThrottle; perAddress: LoginThrottle };
  now: () => Date;
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: o.logger ?? false, trustProxy: o.trustProxy ?? false, bodyLimit: o.bodyLimit ?? 2 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'tiimdi — assessment service API',
        description:
          'Annual assessment of the effectiveness of government bodies of the Republic of Kazakhstan. ' +
          'Sign in with POST /api/auth/login (session cookie). Errors: {error: {code, message, messages: {kk, ru, en}, issues: [{body, form, field, value, message, row?}]}}.',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (req) => {
    req.actor = await actorFromToken(o.db, req.cookies[SESSION_COOKIE]);
  });

  const deps: Deps = {
    db: o.db,
    throttle: o.throttle ?? { perLogin: new LoginThrottle({ freeAttempts: 5 }), perAddress: new LoginThrottle({ freeAttempts: 50 }) },
    now: o.now ?? (() => new Date()),
  };
  const z = app.withTypeProvider<ZodTypeProvider>();
  authRoutes(z, deps);
  registryRoutes(z, deps);
  editionRoutes(z, deps);
  campaignRoutes(z, deps);
  submissionRoutes(z, deps);
  resultRoutes(z, deps);
  auditRoutes(z, deps);
  excelRoutes(z, deps);
  csvRoutes(z, deps);
  calendarRoutes(z, deps);
  riskRoutes(z, deps);
  methodologyRoutes(z, deps);
  whatIfRoutes(z, deps);
  workflowRoutes(z, deps);
  documentRoutes(z, deps);
  webStatic(app);
  app.get('/api/health', { schema: { tags: ['service'] } }, async () => ({ ok: true }));
  return app;
}

export type ZApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;
