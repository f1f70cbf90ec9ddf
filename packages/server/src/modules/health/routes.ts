import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { API_VERSION } from '../../platform/openapi.js';
import { outboxBacklog } from '../../platform/outbox.js';
import { pdfInspectionsUnderway } from '../files/index.js';

const Outbox = Type.Object(
  {
    waiting: Type.Integer({ description: 'Messages (notices to applicants) not delivered yet, including those waiting for a retry' }),
    oldestWaitingSeconds: Type.Integer({ description: 'Age of the oldest of them; a growing figure means no worker is delivering' }),
    givenUp: Type.Integer({ description: 'Messages given up on (refused, or out of attempts)' }),
  },
  { description: 'The transactional outbox' },
);

export function healthRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { rule: 'public' },
        schema: {
          tags: ['health'],
          summary: 'Tình trạng hệ thống và cơ sở dữ liệu đang dùng',
          response: {
            200: Type.Object({
              status: Type.Literal('ok'),
              version: Type.String(),
              database: Type.Object({ kind: Type.String(), version: Type.String() }),
              notificationChannels: Type.Array(Type.String(), { description: 'The channels applicants are notified on: email, sms' }),
              outbox: Outbox,
              pdfInspections: Type.Object(
                { reading: Type.Integer(), waiting: Type.Integer() },
                { description: 'Uploaded PDFs this instance is reading in its worker threads, and those waiting for one' },
              ),
            }),
            503: Type.Object({ status: Type.Literal('unavailable'), database: Type.Object({ kind: Type.String(), error: Type.String() }) }),
          },
        },
      },
      async (_request, reply) => {
        try {
          const [{ rows }, outbox] = await Promise.all([ctx.db.query<{ version: string }>(`SELECT current_setting('server_version') AS version`), outboxBacklog(ctx.db)]);
          return {
            status: 'ok' as const,
            version: API_VERSION,
            database: { kind: ctx.db.kind, version: rows[0]!.version },
            notificationChannels: [...ctx.notify],
            outbox,
            pdfInspections: pdfInspectionsUnderway(),
          };
        } catch (error) {
          return reply.status(503).send({ status: 'unavailable' as const, database: { kind: ctx.db.kind, error: (error as Error).message } });
        }
      },
    );
  };
}
