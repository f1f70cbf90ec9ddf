import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { CITIZEN_COOKIES, CSRF_HEADER, OFFICER_COOKIES } from '@motcua/contract';
import { UNSAFE_METHODS } from './authentication.js';
import { hoistComponents } from './components.js';
import { errorResponseSchema } from './errors.js';
import { ruleOf } from './route-access.js';
import { RULES, type RouteAccess, type RuleName } from './rule-book.js';

export const API_VERSION = '1.0.0';

/** The credentials each kind of route accepts, as OpenAPI security requirements; writes by cookie also need the CSRF header. */
const SECURITY: Record<RouteAccess, { read: Array<Record<string, string[]>>; write: Array<Record<string, string[]>> }> = {
  public: { read: [], write: [] },
  officer: { read: [{ bearer: [] }, { officerSession: [] }], write: [{ bearer: [] }, { officerSession: [], csrfToken: [] }] },
  citizen: { read: [{ citizenSession: [] }], write: [{ citizenSession: [], csrfToken: [] }] },
};

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `GET /api/v1/dossiers/:code/papers/:paper.pdf` → `getDossiersByCodePapersByPaperPdf`: unique, stable, readable in a generated client. */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/(v1\/)?/, '')
    .split('/')
    .flatMap((segment) => (segment.startsWith(':') ? ['by', ...segment.slice(1).split(/[^A-Za-z0-9]+/)] : segment.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean);
  return method.toLowerCase() + words.map(capitalised).join('');
}

/** The sentence of an operation's description that gives its rule, Vietnamese first. */
const ruleSentence = (rule: RuleName) =>
  `Quy tắc phân quyền \`${rule}\`: ${RULES[rule].description.vi}. Authorisation rule \`${rule}\`: ${RULES[rule].description.en}.`;

/** Every documented route gets its operation id, its rule of the rule book, and the security its rule calls for. */
function describeRoute(route: RouteOptions): void {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  if (schema.hide || !route.url.startsWith('/api/')) return;
  const method = Array.isArray(route.method) ? route.method[0]! : route.method;
  const rule = ruleOf(route);
  const access = RULES[rule].who;
  const responses = (schema.response ?? {}) as Record<string, unknown>;
  const described: Record<string, unknown> = {
    ...schema,
    description: [schema.description, ruleSentence(rule)].filter(Boolean).join('\n\n'),
    // Copied into the operation by @fastify/swagger, as every `x-` key of a route schema is.
    'x-motcua-rule': rule,
    // A rate-limited route can always answer 429, whether or not its own schema says so.
    ...(route.config?.rateLimit && !responses['429'] && { response: { ...responses, 429: errorResponseSchema } }),
    operationId: (schema.operationId as string | undefined) ?? operationIdFor(method, route.url),
    security: SECURITY[access][UNSAFE_METHODS.has(method) ? 'write' : 'read'],
  };
  route.schema = described;
}

/** Generates the OpenAPI 3 document from the route schemas, served at /api/openapi.json, browsable at /api/docs. */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', describeRoute);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'MotCua API',
        version: API_VERSION,
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
        description:
          'Hệ thống một cửa điện tử và Cổng dịch vụ công MotCua. Officer endpoints live under /api/v1 and need a session ' +
          '(cookie plus the x-csrf-token header on writes, or a bearer token from POST /api/v1/auth/login); citizen endpoints ' +
          'live under /api/citizen (cookie plus x-csrf-token on writes); /api/public needs none. ' +
          'Errors are `{ code, message (Vietnamese), messageEn, field? }`.',
      },
      servers: [{ url: '/', description: 'This installation' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An officer session token from POST /api/v1/auth/login' },
          officerSession: { type: 'apiKey', in: 'cookie', name: OFFICER_COOKIES.session, description: 'An officer session set by POST /api/v1/auth/login' },
          citizenSession: { type: 'apiKey', in: 'cookie', name: CITIZEN_COOKIES.session, description: 'A citizen session set by POST /api/citizen/login' },
          csrfToken: { type: 'apiKey', in: 'header', name: CSRF_HEADER, description: 'The csrfToken of the session (also in a readable cookie), on every write made with a session cookie' },
        },
      },
    },
    // Shared shapes are named in the route schemas (component()); the document defines each once.
    transformObject: (document) => ('openapiObject' in document ? hoistComponents(document.openapiObject) : document.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
