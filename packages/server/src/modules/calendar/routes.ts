import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { HOLIDAY_KINDS, toVietnamIso } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { errorResponseSchema, notFound } from '../../platform/errors.js';
import { rootAgencyIds } from '../agencies/index.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { CalendarDate, CalendarYear, Name } from '../../platform/schemas.js';
import { authorize } from '../../platform/rule-book.js';

const IsoDate = CalendarDate();
const Override = component('CalendarOverride', Type.Object({
  date: IsoDate,
  kind: Type.Union([Type.Literal('day_off'), Type.Literal('working_day')]),
  name: Name(200),
}));

export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/holidays',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['calendar'],
          summary: 'Ngày nghỉ lễ, Tết trong năm (gồm nghỉ bù và điều chỉnh của Chính phủ)',
          querystring: Type.Object({ year: CalendarYear }),
          response: {
            200: Type.Array(Type.Object({ date: IsoDate, name: Type.String(), nameEn: Type.String(), kind: Type.Enum(HOLIDAY_KINDS) })),
            400: errorResponseSchema,
          },
        },
      },
      async (request) => (await ctx.calendar.current()).holidays(request.query.year),
    );

    app.get(
      '/api/public/due-date',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['calendar'],
          summary: 'Tính ngày hẹn trả: ngày làm việc thứ N sau ngày tiếp nhận, cùng giờ',
          querystring: Type.Object({
            receivedAt: Type.String({ format: 'date-time', description: 'ISO 8601 with offset, e.g. 2026-03-02T09:30:00+07:00' }),
            workingDays: Type.Integer({ minimum: 0, maximum: 3650 }),
          }),
          response: { 200: Type.Object({ dueAt: Type.String() }), 400: errorResponseSchema },
        },
      },
      async (request) => {
        const calendar = await ctx.calendar.current();
        return { dueAt: toVietnamIso(calendar.appointmentFor(new Date(request.query.receivedAt), request.query.workingDays)) };
      },
    );

    app.get(
      '/api/v1/calendar/overrides',
      {
        config: { rule: 'signed-in-officer' },
        schema: {
          tags: ['calendar'],
          summary: 'Các ngày nghỉ thêm / làm bù do quản trị nhập',
          querystring: Type.Object({ year: CalendarYear }),
          response: { 200: Type.Array(Override), 401: errorResponseSchema },
        },
      },
      async (request) => {
        officerActor(request);
        return ctx.calendar.listOverrides(request.query.year);
      },
    );

    app.put(
      '/api/v1/calendar/overrides/:date',
      {
        config: { rule: 'change-calendar' },
        schema: {
          tags: ['calendar'],
          summary: 'Thêm hoặc sửa một ngày nghỉ thêm / ngày làm bù',
          params: Type.Object({ date: IsoDate }),
          body: Type.Omit(Override, ['date']),
          description: 'Refused (400 override_changes_nothing, naming the day) when it would change nothing: a day off on a weekly rest day or holiday, a working day on a working day.',
          response: { 200: Override, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
        },
      },
      async (request) => {
        authorize(request, 'change-calendar', await rootAgencyIds(ctx.db));
        const actor = officerActor(request);
        const override = { date: request.params.date, ...request.body };
        await ctx.calendar.setOverride(actor, override);
        return override;
      },
    );

    app.delete(
      '/api/v1/calendar/overrides/:date',
      {
        config: { rule: 'change-calendar' },
        schema: {
          tags: ['calendar'],
          summary: 'Xoá một điều chỉnh lịch',
          params: Type.Object({ date: IsoDate }),
          response: { 204: Type.Null(), 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        authorize(request, 'change-calendar', await rootAgencyIds(ctx.db));
        const actor = officerActor(request);
        if (!(await ctx.calendar.removeOverride(actor, request.params.date))) {
          throw notFound({ vi: 'điều chỉnh lịch của ngày này', en: 'Calendar override' });
        }
        return reply.status(204).send(null);
      },
    );
  };
}
