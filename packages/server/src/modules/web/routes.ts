import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { routeNotFound } from '../../platform/errors.js';
import { pageHtml } from './page-html.js';

/**
 * Serves the web application: hashed assets cached for a year (pre-compressed .br/.gz where the
 * build wrote them), and index.html for every other page address so that the browser's router
 * shows the page, naming what that page loads first (page-html.ts). Unknown API addresses keep
 * their JSON 404.
 */
export async function installWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const indexFile = join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn(`No web build in ${webDir}: run "npm run build" to serve the portal and the back office.`);
    app.setNotFoundHandler(routeNotFound);
    return;
  }
  const htmlFor = pageHtml(webDir, readFileSync(indexFile, 'utf8'), app.log);
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    setHeaders: (response, path) => {
      response.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/');
    if (!isPage) return routeNotFound(request, reply);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(htmlFor(request.url));
  });
}
