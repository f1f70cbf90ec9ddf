import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { Figures } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { requireOfficer } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { CursorParam, NextCursor, Nullable } from '../../platform/schemas.js';
import { statisticsAgencyIds } from '../../platform/policies.js';
import { authorize } from '../../platform/rule-book.js';
import { lineage } from '../agencies/index.js';
import { DRILL_FIGURES, figureDossiers } from './drill-down.js';
import { GROUP_KEYS, type GroupKey, type Period, type StatisticsScope, figuresBy, figuresByMonth, figuresOf } from './figures.js';
import { periodAsked } from './periods.js';
import { AgencyInAnswer, FiguresAnswer, FiguresSchema, PeriodQuery, PeriodSchema, ScopeQuery } from './schema.js';
import { type AgencySubtree, type ScopeQuery as AskedScope, scopeAsked, subtreeOf } from './scopes.js';

const TAGS = ['statistics'];
const OfficerErrors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const BREAKDOWNS = [...(Object.keys(GROUP_KEYS) as GroupKey[]), 'month'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

const Group = Type.Object({
  key: Type.String({ description: 'The agency, procedure, unit or officer id, or the month (YYYY-MM)' }),
  code: Type.Union([Type.String(), Type.Null()], { description: 'The agency’s or procedure’s code' }),
  name: Type.String(),
  figures: FiguresSchema,
});

/**
 * The agency a leader's request is about, with its subtree: the one asked for, or the highest the
 * officer answers for. 403 (rule see-statistics) unless the officer leads it or an agency above it.
 */
export async function agencyOfRequest(ctx: AppContext, request: Parameters<typeof requireOfficer>[0], query: AskedScope) {
  const officer = requireOfficer(request);
  let code = query.agency;
  if (!code) {
    const chains = await Promise.all(statisticsAgencyIds(officer).map((id) => lineage(ctx.db, id)));
    const highest = chains.sort((a, b) => a.length - b.length)[0];
    const agency = highest ? await subtreeOf(ctx.db, { id: highest[0]! }) : null;
    code = agency?.code;
  }
  const asked = await scopeAsked(ctx.db, { ...query, agency: code });
  authorize(request, 'see-statistics', asked.agency ? await lineage(ctx.db, asked.agency.id) : []);
  return asked as { scope: StatisticsScope; agency: AgencySubtree };
}

const When = Nullable(Type.String({ description: 'ISO 8601, Vietnam time (+07:00)' }));
const FigureDossier = Type.Object({
  code: Type.String(),
  procedureName: Type.String(),
  applicantName: Type.String({ description: 'In full: officers read it in the back office' }),
  agencyName: Type.String({ description: 'The agency competent to decide' }),
  receivedAt: When,
  statutoryDueAt: Nullable(Type.String({ description: 'The appointment given at reception, time waiting for the applicant added (ISO 8601, +07:00)' })),
  finishedAt: When,
  state: Type.String(),
  stateLabel: Type.String(),
  supplementRequests: Type.Integer({ minimum: 0 }),
  late: Type.Boolean({ description: 'After its statutory appointment (by now, if open), or with more than one supplement request' }),
});

/**
 * The agencies a scope reads, or none when they are every agency there is: the province-wide
 * indexes then read a page straight, rather than a page per agency.
 */
async function agenciesToRead(db: Queryable, scope: StatisticsScope): Promise<StatisticsScope> {
  if (!scope.agencyIds) return scope;
  const { rows } = await db.query<{ agencies: number }>('SELECT count(*)::int AS agencies FROM agency_directory');
  return rows[0]!.agencies === scope.agencyIds.length ? { ...scope, agencyIds: undefined } : scope;
}

const NAMES: Record<GroupKey, string> = {
  agency: 'SELECT id::text AS key, code, name FROM agency_directory WHERE id = ANY($1::uuid[])',
  procedure: 'SELECT id::text AS key, code, name FROM procedure_catalogue WHERE id = ANY($1::uuid[])',
  unit: 'SELECT id::text AS key, code, name FROM unit_directory WHERE id = ANY($1::uuid[])',
  officer: 'SELECT id::text AS key, NULL AS code, full_name AS name FROM officer_directory WHERE id = ANY($1::uuid[])',
};

async function breakdown(db: Queryable, scope: StatisticsScope, period: Period, now: Date, by: Breakdown) {
  if (by === 'month') {
    const months = await figuresByMonth(db, scope, period, now);
    return months.map(({ key, figures }) => ({ key, code: null, name: key, figures }));
  }
  const grouped = await figuresBy(db, scope, period, now, by);
  const { rows } = await db.query<{ key: string; code: string | null; name: string }>(NAMES[by], [[...grouped.keys()]]);
  return rows
    .map((row) => ({ ...row, figures: grouped.get(row.key) as Figures }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The leaders' statistics in the back office: any scope and period of the agencies they answer for, and its breakdowns. */
export function leaderStatisticsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/v1/statistics',
      {
        config: { rule: 'see-statistics' },
        schema: {
          tags: TAGS,
          summary: 'Số liệu giải quyết hồ sơ của cơ quan (và các cơ quan trực thuộc) theo thời gian, lĩnh vực, thủ tục, kênh nộp',
          querystring: Type.Object({ ...PeriodQuery, ...ScopeQuery }),
          response: { 200: FiguresAnswer, ...OfficerErrors },
        },
      },
      async (request) => {
        const period = periodAsked(request.query, ctx.now());
        const { scope, agency } = await agencyOfRequest(ctx, request, request.query);
        const figures = await figuresOf(ctx.db, scope, period, ctx.now());
        return { period, agency: { code: agency.code, name: agency.name }, ...figures };
      },
    );

    app.get(
      '/api/v1/statistics/breakdown',
      {
        config: { rule: 'see-statistics' },
        schema: {
          tags: TAGS,
          summary: 'Số liệu chia theo cơ quan, thủ tục, phòng, cán bộ hoặc tháng',
          querystring: Type.Object({ by: Type.Union(BREAKDOWNS.map((by) => Type.Literal(by))), ...PeriodQuery, ...ScopeQuery }),
          response: {
            200: Type.Object({ period: PeriodSchema, agency: AgencyInAnswer, by: Type.String(), groups: Type.Array(Group) }),
            ...OfficerErrors,
          },
        },
      },
      async (request) => {
        const period = periodAsked(request.query, ctx.now());
        const { scope, agency } = await agencyOfRequest(ctx, request, request.query);
        const groups = await breakdown(ctx.db, scope, period, ctx.now(), request.query.by);
        return { period, agency: { code: agency.code, name: agency.name }, by: request.query.by, groups };
      },
    );

    app.get(
      '/api/v1/statistics/dossiers',
      {
        config: { rule: 'see-statistics' },
        schema: {
          tags: TAGS,
          summary: 'Danh sách hồ sơ làm nên một số liệu (tiếp nhận, trễ hạn, quá hạn…), mới nhất trước, theo trang',
          querystring: Type.Object({
            figure: Type.Union(DRILL_FIGURES.map((figure) => Type.Literal(figure))),
            ...PeriodQuery,
            ...ScopeQuery,
            cursor: CursorParam,
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          }),
          response: {
            200: Type.Object({ period: PeriodSchema, agency: AgencyInAnswer, figure: Type.String(), items: Type.Array(FigureDossier), nextCursor: NextCursor() }),
            ...OfficerErrors,
          },
        },
      },
      async (request) => {
        const { figure, cursor, limit } = request.query;
        const period = periodAsked(request.query, ctx.now());
        const { scope, agency } = await agencyOfRequest(ctx, request, request.query);
        const page = await figureDossiers(ctx.db, figure, await agenciesToRead(ctx.db, scope), period, ctx.now(), { cursor, limit });
        return { period, agency: { code: agency.code, name: agency.name }, figure, ...page };
      },
    );
  };
}
