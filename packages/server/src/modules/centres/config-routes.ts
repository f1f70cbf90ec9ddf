import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { DEVICE_KINDS } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { component } from '../../platform/components.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { Nullable } from '../../platform/schemas.js';
import { listOpenCentres, requireCentre } from './centre.js';
import { describeDevice, requireDevice } from './devices.js';
import { listServices } from './services.js';

const AgencyCodeParam = Type.Object({ agencyCode: Type.String({ maxLength: 40, description: 'The centre agency’s code, e.g. 001.01.01.H99' }) });

const PublicCentre = component('PublicCentre', Type.Object({ agencyCode: Type.String(), name: Type.String(), address: Type.String() }));
const PublicQueueService = component(
  'PublicQueueService',
  Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String(), prefix: Type.String({ description: 'The letter(s) its ticket numbers start with' }) }),
);
const PairedDeviceDescription = component(
  'PairedDevice',
  Type.Object({
    id: Type.String(),
    kind: Type.Enum(DEVICE_KINDS),
    name: Type.String(),
    centre: Type.Object({ agencyCode: Type.String(), name: Type.String() }),
    counter: Nullable(Type.Object({ number: Type.Integer(), name: Type.String() })),
  }),
);

/** The centres' configuration: what kiosks offer, counters serve and devices are paired to. */
export function centreConfigRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/centres',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: { tags: ['centres'], summary: 'Các trung tâm có dịch vụ lấy số thứ tự', response: { 200: Type.Array(PublicCentre) } },
      },
      async () => (await listOpenCentres(ctx.db)).map(({ agencyCode, name, address }) => ({ agencyCode, name, address })),
    );

    app.get(
      '/api/public/centres/:agencyCode/services',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['centres'],
          summary: 'Các dịch vụ ki-ốt của trung tâm cấp số (đang hoạt động, theo thứ tự hiển thị)',
          params: AgencyCodeParam,
          response: { 200: Type.Array(PublicQueueService), 404: errorResponseSchema },
        },
      },
      async (request) => {
        const centre = await requireCentre(ctx.db, request.params.agencyCode);
        return (await listServices(ctx.db, centre.agencyId)).map(({ code, name, nameEn, prefix }) => ({ code, name, nameEn, prefix }));
      },
    );

    app.get(
      '/api/public/devices/me',
      {
        config: { rule: 'paired-device', rateLimit: limits.public },
        schema: {
          tags: ['centres'],
          summary: 'Thiết bị đã ghép nối (gửi Authorization: Device <mã>): loại, tên, trung tâm và quầy',
          response: { 200: PairedDeviceDescription, 401: errorResponseSchema },
        },
      },
      async (request) => describeDevice(ctx.db, await requireDevice(ctx.db, request, DEVICE_KINDS)),
    );
  };
}
