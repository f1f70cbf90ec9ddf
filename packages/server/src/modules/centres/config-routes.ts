import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { CALL_ORDER_CRITERIA, COUNTER_STATUSES, DEVICE_KINDS } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { appendAudit } from '../../platform/audit.js';
import { component } from '../../platform/components.js';
import { AppError, errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { authorize } from '../../platform/rule-book.js';
import { Name, Nullable, writeErrors } from '../../platform/schemas.js';
import { rootAgencyIds } from '../agencies/index.js';
import { listOfficerCentres, listOpenCentres, requireCentre, requireConfigurableCentre } from './centre.js';
import { createCounter, listCounters, updateCounter } from './counter-config.js';
import { describeDevice, listDevices, pairCentreDevice, requireDevice, revokeDevice } from './devices.js';
import { listPriorityGroups, savePriorityGroups } from './priority-groups.js';
import { createService, listServices, updateService } from './services.js';
import { type CentreSettings, readCentreSettings, saveCentreSettings } from './settings.js';
import { CentreCode, CentreParams } from './ticket-schemas.js';

export const PublicCentre = component('PublicCentre', Type.Object({ agencyCode: Type.String(), name: Type.String(), address: Type.String() }));
export const PublicQueueService = component(
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

const ClockTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, the centre’s local time' });
// A pair [opens, closes]: an array of two rather than a tuple, which OpenAPI 3.0 cannot describe.
const OpeningPeriod = Type.Array(ClockTime, { minItems: 2, maxItems: 2, description: '[opens, closes]' });
const OpeningPeriods = Type.Optional(Type.Array(OpeningPeriod, { maxItems: 6 }));
/** The periods as the pairs they are (the schema has let through only arrays of two). */
const asOpeningHours = (hours: Record<string, string[][] | undefined>): CentreSettings['openingHours'] =>
  Object.fromEntries(Object.entries(hours).map(([day, periods]) => [day, periods?.map(([opens, closes]): [string, string] => [opens!, closes!])]));
const openingDays = { '1': OpeningPeriods, '2': OpeningPeriods, '3': OpeningPeriods, '4': OpeningPeriods, '5': OpeningPeriods, '6': OpeningPeriods, '7': OpeningPeriods };
const CentreSettingsSchema = component(
  'CentreSettings',
  Type.Object({
    timeZone: Type.String({ maxLength: 60, description: 'IANA time zone; the day and the hours are read in it' }),
    openingHours: Type.Object(openingDays, {
      additionalProperties: false,
      description: 'Per ISO weekday (1 = Monday … 7 = Sunday), the opening periods in order; a day left out is closed',
    }),
    callsBeforeNoShow: Type.Integer({ minimum: 1, maximum: 10 }),
    callOrder: Type.Array(Type.Enum(CALL_ORDER_CRITERIA), { minItems: 1, maxItems: CALL_ORDER_CRITERIA.length, description: 'The calling rule: criteria in order' }),
    bookingSlotMinutes: Type.Integer({ minimum: 5, maximum: 240 }),
    bookingsPerCounterSlot: Type.Integer({ minimum: 0, maximum: 100, description: 'Bookings per slot and per counter serving the service' }),
    bookingEarlyMinutes: Type.Integer({ minimum: 0, maximum: 240, description: 'Check-in opens this long before the slot' }),
    bookingLateMinutes: Type.Integer({ minimum: 0, maximum: 240, description: 'Check-in closes this long after the slot starts' }),
  }),
);
const ServiceFields = {
  name: Name(200),
  nameEn: Type.String({ maxLength: 200, default: '' }),
  prefix: Type.String({ maxLength: 2, description: 'One or two capital letters: A, B … HT' }),
  field: Type.Union([Type.Null(), Type.String({ maxLength: 60 })], { default: null, description: 'Code of the field of procedures it receives' }),
  unit: Type.Union([Type.Null(), Type.String({ maxLength: 40 })], { default: null, description: 'Code of the centre agency’s unit whose desk it is' }),
  procedures: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 200, default: [], description: 'Codes of named procedures' }),
  position: Type.Integer({ minimum: 0, maximum: 999, default: 0 }),
  active: Type.Boolean({ default: true }),
};
const ServiceCode = Type.String({ maxLength: 40, description: 'Lower-case letters, digits and hyphens: ho-tich' });
const QueueServiceSchema = component('QueueService', Type.Object({ code: Type.String(), ...ServiceFields, nameEn: Type.String(), field: Nullable(Type.String()), unit: Nullable(Type.String()), procedures: Type.Array(Type.String()), position: Type.Integer(), active: Type.Boolean() }));
const CounterFields = {
  name: Type.String({ maxLength: 100, default: '', format: 'visible-text' }),
  priority: Type.Boolean({ default: false, description: 'Serves the priority groups first' }),
  active: Type.Boolean({ default: true }),
  services: Type.Array(ServiceCode, { maxItems: 100, description: 'Codes of the services it serves' }),
};
const CounterNumber = Type.Integer({ minimum: 1, maximum: 999, description: 'The number called out: "quầy số 3"' });
const CounterSchema = component(
  'CentreCounter',
  Type.Object({ number: Type.Integer(), name: Type.String(), priority: Type.Boolean(), active: Type.Boolean(), services: Type.Array(Type.String()), status: Type.Enum(COUNTER_STATUSES) }),
);
const DeviceSchema = component(
  'CentreDevice',
  Type.Object({
    id: Type.String(),
    kind: Type.Enum(DEVICE_KINDS),
    name: Type.String(),
    counter: Nullable(Type.Object({ number: Type.Integer(), name: Type.String() })),
    pairedBy: Nullable(Type.String()),
    pairedAt: Type.String({ format: 'date-time' }),
    lastSeenAt: Nullable(Type.String({ format: 'date-time' })),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
  }),
);
const PriorityGroupSchema = component(
  'PriorityGroup',
  Type.Object({ code: Type.String({ maxLength: 40 }), name: Name(200), nameEn: Type.String({ maxLength: 200 }), active: Type.Boolean({ default: true }) }),
);
const PublicPriorityGroup = component('PublicPriorityGroup', Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() }));
const OfficerCentreSchema = component(
  'OfficerCentre',
  Type.Object({ agencyCode: Type.String(), name: Type.String(), mayServe: Type.Boolean(), mayManage: Type.Boolean(), mayConfigure: Type.Boolean() }),
);
const CentreReadErrors = { 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

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
          params: CentreParams,
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

    app.get(
      '/api/public/priority-groups',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: { tags: ['centres'], summary: 'Các nhóm được ưu tiên khi lấy số (đang áp dụng, theo thứ tự)', response: { 200: Type.Array(PublicPriorityGroup) } },
      },
      async () => (await listPriorityGroups(ctx.db)).map(({ code, name, nameEn }) => ({ code, name, nameEn })),
    );

    app.get(
      '/api/v1/priority-groups',
      {
        config: { rule: 'change-calendar' },
        schema: { tags: ['centres'], summary: 'Các nhóm ưu tiên, kể cả nhóm đã ngừng áp dụng', response: { 200: Type.Array(PriorityGroupSchema), ...CentreReadErrors } },
      },
      async (request) => {
        authorize(request, 'change-calendar', await rootAgencyIds(ctx.db));
        return listPriorityGroups(ctx.db, { includeInactive: true });
      },
    );

    app.put(
      '/api/v1/priority-groups',
      {
        config: { rule: 'change-calendar' },
        schema: {
          tags: ['centres'],
          summary: 'Đặt danh sách nhóm ưu tiên theo thứ tự (nhóm không có trong danh sách thì ngừng áp dụng, không bị xóa)',
          body: Type.Object({ groups: Type.Array(PriorityGroupSchema, { minItems: 1, maxItems: 30 }) }),
          response: { 200: Type.Array(PriorityGroupSchema), ...writeErrors },
        },
      },
      async (request) => {
        authorize(request, 'change-calendar', await rootAgencyIds(ctx.db));
        return savePriorityGroups(ctx.db, officerActor(request), request.body.groups);
      },
    );

    app.get(
      '/api/v1/centres',
      {
        config: { rule: 'signed-in-officer' },
        schema: {
          tags: ['centres'],
          summary: 'Các trung tâm cán bộ làm việc tại quầy, quản lý hoặc cấu hình',
          response: { 200: Type.Array(OfficerCentreSchema), 401: errorResponseSchema },
        },
      },
      async (request) => listOfficerCentres(ctx.db, requireOfficer(request)),
    );

    const configurable = (request: { params: { agencyCode: string } } & Parameters<typeof requireOfficer>[0]) =>
      requireConfigurableCentre(ctx.db, requireOfficer(request), request.params.agencyCode);

    app.get(
      '/api/v1/centres/:agencyCode/settings',
      {
        config: { rule: 'administer-agencies' },
        schema: { tags: ['centres'], summary: 'Cấu hình trung tâm: giờ làm việc, quy tắc gọi số, đặt lịch', params: CentreParams, response: { 200: CentreSettingsSchema, ...CentreReadErrors } },
      },
      async (request) => readCentreSettings(ctx.db, (await configurable(request)).agencyId),
    );

    app.put(
      '/api/v1/centres/:agencyCode/settings',
      {
        config: { rule: 'administer-agencies' },
        schema: { tags: ['centres'], summary: 'Lưu cấu hình trung tâm', params: CentreParams, body: CentreSettingsSchema, response: { 200: CentreSettingsSchema, ...writeErrors } },
      },
      async (request) =>
        saveCentreSettings(ctx.db, officerActor(request), await configurable(request), { ...request.body, openingHours: asOpeningHours(request.body.openingHours) }),
    );

    app.get(
      '/api/v1/centres/:agencyCode/services',
      {
        config: { rule: 'administer-agencies' },
        schema: { tags: ['centres'], summary: 'Các dịch vụ của trung tâm, kể cả dịch vụ đã ngừng', params: CentreParams, response: { 200: Type.Array(QueueServiceSchema), ...CentreReadErrors } },
      },
      async (request) => listServices(ctx.db, (await configurable(request)).agencyId, { includeInactive: true }),
    );

    app.post(
      '/api/v1/centres/:agencyCode/services',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['centres'],
          summary: 'Thêm dịch vụ (lĩnh vực, bàn của đơn vị hoặc thủ tục) với tiền tố số thứ tự',
          params: CentreParams,
          body: Type.Object({ code: ServiceCode, ...ServiceFields }),
          response: { 201: QueueServiceSchema, ...writeErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await createService(ctx.db, officerActor(request), await configurable(request), request.body)),
    );

    app.put(
      '/api/v1/centres/:agencyCode/services/:serviceCode',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['centres'],
          summary: 'Sửa dịch vụ (mã dịch vụ giữ nguyên)',
          params: Type.Object({ agencyCode: CentreCode, serviceCode: ServiceCode }),
          body: Type.Object(ServiceFields),
          response: { 200: QueueServiceSchema, ...writeErrors },
        },
      },
      async (request) => updateService(ctx.db, officerActor(request), await configurable(request), request.params.serviceCode, request.body),
    );

    app.get(
      '/api/v1/centres/:agencyCode/counters',
      {
        config: { rule: 'administer-agencies' },
        schema: { tags: ['centres'], summary: 'Các quầy của trung tâm và dịch vụ từng quầy phục vụ', params: CentreParams, response: { 200: Type.Array(CounterSchema), ...CentreReadErrors } },
      },
      async (request) => listCounters(ctx.db, (await configurable(request)).agencyId),
    );

    app.post(
      '/api/v1/centres/:agencyCode/counters',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['centres'],
          summary: 'Thêm quầy',
          params: CentreParams,
          body: Type.Object({ number: CounterNumber, ...CounterFields }),
          response: { 201: CounterSchema, ...writeErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await createCounter(ctx.db, officerActor(request), await configurable(request), request.body)),
    );

    app.put(
      '/api/v1/centres/:agencyCode/counters/:number',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['centres'],
          summary: 'Sửa quầy: tên, quầy ưu tiên, đang sử dụng, dịch vụ phục vụ',
          params: Type.Object({ agencyCode: CentreCode, number: CounterNumber }),
          body: Type.Object(CounterFields),
          response: { 200: CounterSchema, ...writeErrors },
        },
      },
      async (request) => updateCounter(ctx.db, officerActor(request), await configurable(request), request.params.number, request.body),
    );

    app.get(
      '/api/v1/centres/:agencyCode/devices',
      {
        config: { rule: 'administer-agencies' },
        schema: { tags: ['centres'], summary: 'Các thiết bị đã ghép nối với trung tâm (không có mã)', params: CentreParams, response: { 200: Type.Array(DeviceSchema), ...CentreReadErrors } },
      },
      async (request) => listDevices(ctx.db, (await configurable(request)).agencyId),
    );

    app.post(
      '/api/v1/centres/:agencyCode/devices',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['centres'],
          summary: 'Ghép nối ki-ốt, màn hình gọi số hoặc máy tính bảng đánh giá (mã chỉ hiện một lần)',
          params: CentreParams,
          body: Type.Object({
            kind: Type.Enum(DEVICE_KINDS),
            name: Name(100),
            counter: Type.Optional(Type.Integer({ minimum: 1, maximum: 999, description: 'The counter a rating tablet stands at (tablets only)' })),
          }),
          response: { 201: Type.Object({ id: Type.String(), token: Type.String({ description: 'Goes in Authorization: Device <token>; shown this once' }) }), ...writeErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await pairCentreDevice(ctx.db, officerActor(request), await configurable(request), request.body)),
    );

    app.delete(
      '/api/v1/centres/:agencyCode/devices/:id',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: ['centres'],
          summary: 'Thu hồi ghép nối của thiết bị',
          params: Type.Object({ agencyCode: CentreCode, id: Type.String({ format: 'uuid' }) }),
          response: { 204: Type.Null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        const centre = await configurable(request);
        await ctx.db.transaction(async (tx) => {
          const revoked = await revokeDevice(tx, centre.agencyId, request.params.id, ctx.now());
          if (!revoked) throw new AppError(404, 'device_not_found', 'Trung tâm không có thiết bị này.', 'The centre has no such device.', 'id');
          await appendAudit(tx, officerActor(request), { action: 'centre.device.revoke', entityType: 'centre_device', entityId: request.params.id, details: { agencyCode: centre.agencyCode, ...revoked } });
        });
        return reply.status(204).send(null);
      },
    );
  };
}
