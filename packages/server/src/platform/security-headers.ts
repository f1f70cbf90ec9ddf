import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/**
 * The web application's pages: their own scripts, styles, images and API only; no inline script,
 * no plug-ins, never framed by another site. Files and papers are shown in a frame of the back
 * office, hence `frame-src 'self'`. The land map's base layer, when the installation names one,
 * is the only image from elsewhere.
 */
const pagePolicy = (mapBaseLayerUrl: string | undefined) =>
  policy({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': mapBaseLayerUrl ? `'self' data: ${new URL(mapBaseLayerUrl).origin}` : "'self' data:",
    'connect-src': "'self'",
    'frame-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });

/** Swagger UI at /api/docs: its scripts are files, but it styles elements inline and draws icons as data: images. */
const API_DOCS_POLICY = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
});

/**
 * API answers, files and papers: nothing in them may load or run anything. The back office frames
 * a dossier's files and papers in its own pages, so they may be framed by this site only.
 */
const API_POLICY = policy({ 'default-src': "'none'", 'frame-ancestors': "'self'" });

/**
 * Addresses whose answers carry personal data (dossiers, applicants, files, papers, accounts,
 * signed results): no cache, shared or the browser's, may keep them. The public catalogue
 * (procedures, agencies, statistics, holidays) stays cacheable.
 */
const PERSONAL_DATA = /^\/api\/(v1|citizen)\/|^\/api\/public\/(dossiers|verify|files)(\/|\?|$)/;

function contentPolicy(request: FastifyRequest, pages: string): string {
  const path = request.url;
  if (path === '/api/docs' || path.startsWith('/api/docs/')) return API_DOCS_POLICY;
  return path.startsWith('/api/') ? API_POLICY : pages;
}

/**
 * Security headers on every response: a Content-Security-Policy, `nosniff`, no Referer (tracking
 * and verification codes travel in page addresses), HSTS when cookies are Secure (the installation
 * is served over HTTPS), and `Cache-Control: no-store` on personal data.
 */
export function installSecurityHeaders(app: FastifyInstance, config: Pick<Config, 'secureCookies' | 'mapBaseLayerUrl'>): void {
  const pages = pagePolicy(config.mapBaseLayerUrl);
  app.addHook('onSend', async (request, reply) => {
    reply.header('content-security-policy', contentPolicy(request, pages));
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (config.secureCookies) reply.header('strict-transport-security', 'max-age=31536000');
    if (PERSONAL_DATA.test(request.url)) reply.header('cache-control', 'no-store');
  });
}
