import { Type } from '@fastify/type-provider-typebox';
import { CHANNELS } from '@motcua/core';
import { component } from '../../platform/components.js';
import { CalendarDate, Nullable } from '../../platform/schemas.js';

const Count = (description: string) => Type.Integer({ minimum: 0, description });
const Share = (description: string) => Nullable(Type.Number({ minimum: 0, maximum: 1, description: `${description}; a fraction, null when there is nothing to divide by` }));

/** The figures of issue 15 item 1 (core/statistics/figures.ts), as every statistics answer carries them. */
export const FiguresSchema = component(
  'StatisticsFigures',
  Type.Object({
    received: Count('Dossiers received in the period'),
    receivedByChannel: component('ChannelCounts', Type.Object({ online: Type.Integer(), inPerson: Type.Integer(), post: Type.Integer() })),
    carriedOver: Count('Received before the period and not ended when it began'),
    finished: component('FinishedFigures', Type.Object({
      total: Count('Finished with a result (approved, or refused with reasons) in the period'),
      early: Type.Integer(),
      onTime: Type.Integer(),
      late: Type.Integer({ description: 'After the statutory appointment, or with more than one supplement request' }),
      rejected: Type.Integer({ description: 'Of the results, refusals with reasons' }),
    })),
    refused: Count('Refused at reception'),
    withdrawn: Type.Integer(),
    stopped: Type.Integer(),
    inProgress: component('InProgressFigures', Type.Object({
      total: Count('Open at the end of the period (now, if it runs on)'),
      onTime: Type.Integer(),
      overdue: Type.Integer({ description: 'Past the statutory appointment, the clock frozen while waiting for the applicant' }),
    })),
    supplementRequests: Count('Supplement requests of the dossiers received in the period'),
    processingDays: Type.Object({
      average: Nullable(Type.Number({ description: 'Days from reception to the result, on average' })),
      p90: Nullable(Type.Integer({ description: 'Whole days within which 90 % of the results came' })),
    }),
    onTimeRate: Share('Early or on time, of the results'),
    onlineShare: Share('Received online, of all received'),
    paidOnlineShare: Share('Fees paid online, of all fees paid'),
    digitisedShare: Share('Received with their components scanned, of all received'),
    satisfaction: component('RatingFigures', Type.Object({
      ratings: Type.Integer(),
      verySatisfied: Type.Integer(),
      satisfied: Type.Integer(),
      notSatisfied: Type.Integer(),
      rate: Share('Satisfied or very satisfied, of all ratings'),
    })),
    steps: component('StepFigures', Type.Object({
      started: Type.Integer(),
      finished: Type.Integer(),
      late: Type.Integer({ description: 'Steps finished after their own deadline' }),
      open: Type.Integer({ description: 'Steps in hand now' }),
    })),
  }),
);

export const PeriodSchema = Type.Object({ from: Type.String(), to: Type.String() });

/** The period and scope every statistics request may carry. */
export const PeriodQuery = {
  from: Type.Optional(CalendarDate('The first day, Vietnam time; by default 1 January of this year')),
  to: Type.Optional(CalendarDate('The last day, included; by default today')),
};

export const ScopeQuery = {
  agency: Type.Optional(Type.String({ maxLength: 20, description: 'An agency code: that agency and every agency below it; by default the whole province' })),
  field: Type.Optional(Type.String({ maxLength: 40, description: 'A field code' })),
  procedure: Type.Optional(Type.String({ maxLength: 40, description: 'A procedure code' })),
  channel: Type.Optional(Type.Union(CHANNELS.map((channel) => Type.Literal(channel)))),
};

export const AgencyInAnswer = Nullable(Type.Object({ code: Type.String(), name: Type.String() }));

/** A scope's figures over a period, with the period and the agency (null: the whole province) they are of. */
export const FiguresAnswer = component('StatisticsAnswer', Type.Object({ period: PeriodSchema, agency: AgencyInAnswer, ...FiguresSchema.properties }));
