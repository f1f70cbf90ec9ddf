import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from './authentication.js';

export const API_VERSION = '1.0.0';

/** Generates the OpenAPI 3 document from the route schemas, served at /api/openapi.json, browsable at /api/docs. */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'MotCua API',
        version: API_VERSION,
        description:
          'Hệ thống một cửa điện tử và Cổng dịch vụ công MotCua. Officer endpoints live under /api/v1 and need a session ' +
          '(cookie plus the x-csrf-token header, or a bearer token from POST /api/v1/auth/login); /api/public needs none. ' +
          'Errors are `{ code, message (Vietnamese), messageEn, field? }`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
