// Serves the built web application (web/dist, made by `npm run build:web`) under `/`; the API
// stays under /api. Any other path that is not a file gets index.html, so the browser app's own
// routes (/scorecard/…, /public) survive a reload. Without a build, `/` says how to make one.
// Hashed files under /assets/ never change, so they are cached for a year; index.html never is.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function webStatic(app: FastifyInstance, root = WEB_DIST): void {
  const base = resolve(root);
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const path = decodeURIComponent(req.url.split('?')[0] ?? '/');
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const index = join(base, 'index.html');
    if (!existsSync(index))
      return reply.type('text/plain; charset=utf-8').send('The web application is not built yet: run `npm run build:web`, then reload. The API is under /api (docs at /api/docs).');
    // resolve() collapses "..": anything that lands outside the build folder is refused.
    const file = resolve(base, '.' + path);
    if (file !== base && !file.startsWith(base + sep)) return reply.code(404).send();
    const isFile = existsSync(file) && statSync(file).isFile();
    // A missing file (a stale /assets/x.js) is a 404, not the app's page; the app's own paths may
    // hold dots (a form id like D1.composite in /campaigns/2/entry/MOJ/kz-2017-interaction/D1.composite).
    if (!isFile && (path.startsWith('/assets/') || extname(path).toLowerCase() in TYPES)) return reply.callNotFound();
    const target = isFile ? file : index;
    const hashed = isFile && path.startsWith('/assets/');
    reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.type(TYPES[extname(target)] ?? 'application/octet-stream').send(readFileSync(target));
  });
}
