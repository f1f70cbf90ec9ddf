import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { API_VERSION } from '../../platform/openapi.js';

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['health'],
          summary: 'Tình trạng hệ thống và cơ sở dữ liệu đang dùng',
          response: {
            200: Type.Object({ status: Type.Literal('ok'), version: Type.String(), database: Type.Object({ kind: Type.String(), version: Type.String() }) }),
            503: Type.Object({ status: Type.Literal('unavailable'), database: Type.Object({ kind: Type.String(), error: Type.String() }) }),
          },
        },
      },
      async (_request, reply) => {
        try {
          const { rows } = await ctx.db.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
          return { status: 'ok' as const, version: API_VERSION, database: { kind: ctx.db.kind, version: rows[0]!.version } };
        } catch (error) {
          return reply.status(503).send({ status: 'unavailable' as const, database: { kind: ctx.db.kind, error: (error as Error).message } });
        }
      },
    );
  };
}
