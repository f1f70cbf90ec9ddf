import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { SCORECARD_GROUPS } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { component } from '../../platform/components.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { CalendarDate } from '../../platform/schemas.js';
import { scorecards } from './service.js';

const Points = (description: string) => Type.Number({ minimum: 0, maximum: 100, description });

const ScorecardGroup = component(
  'ScorecardGroup',
  Type.Object({
    key: Type.Enum(SCORECARD_GROUPS, {
      description: 'transparency (công khai, minh bạch), progress (tiến độ, kết quả giải quyết), digitisation (số hóa hồ sơ), online (dịch vụ trực tuyến), satisfaction (mức độ hài lòng)',
    }),
    points: Points('Points earned, to the hundredth'),
    max: Points('The most the group can earn under the weights in force'),
  }),
);

const Scores = { total: Points('Points out of 100, the sum of the groups'), groups: Type.Array(ScorecardGroup) };

const PublicScorecard = component(
  'PublicScorecard',
  Type.Object({
    province: Type.Object(Scores),
    agencies: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), ...Scores }), {
      description: 'Communes, departments and centres, highest total first (ties by name)',
    }),
  }),
);

/** Decision 766's index of the province and of its agencies, public on the portal. */
export function scorecardRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/scorecard',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: ['statistics'],
          summary: 'Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) của tỉnh và xếp hạng các cơ quan trong kỳ',
          querystring: Type.Object({
            from: CalendarDate('The first day of the period, Vietnam time'),
            to: CalendarDate('The last day, included; the weights in force on it score the period'),
          }),
          response: { 200: PublicScorecard, 400: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => {
        const { province, agencies } = await scorecards(ctx.db, request.query, ctx.now());
        const groupsOf = (groups: typeof province.groups) => groups.map(({ key, points, max }) => ({ key, points, max }));
        return {
          province: { total: province.total, groups: groupsOf(province.groups) },
          agencies: agencies.map(({ code, name, total, groups }) => ({ code, name, total, groups: groupsOf(groups) })),
        };
      },
    );
  };
}
