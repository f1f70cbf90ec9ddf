import { Type } from '@fastify/type-provider-typebox';
import { NOT_RATABLE_REASONS, RATING_CHANNELS, RATING_SCORES } from '@motcua/core';
import { component } from '../../platform/components.js';
import { Nullable } from '../../platform/schemas.js';
import { PublicQueueService } from '../centres/index.js';

export const RatingScoreSchema = component('RatingScore', Type.Enum(RATING_SCORES));

const Criteria = component(
  'RatingCriteria',
  Type.Object(
    {
      attitude: Type.Optional(RatingScoreSchema),
      guidance: Type.Optional(RatingScoreSchema),
      time: Type.Optional(RatingScoreSchema),
      result: Type.Optional(RatingScoreSchema),
    },
    { additionalProperties: false, description: 'Optional, per criterion: attitude, guidance, time, result' },
  ),
);

const ratingProperties = {
  score: RatingScoreSchema,
  criteria: Type.Optional(Criteria),
  // Counted in characters by the rating rules (at most 1000); this bounds what is read at all.
  comment: Type.Optional(Type.String({ maxLength: 4000, description: 'At most 1000 characters' })),
};

export const RatingBody = component('RatingInput', Type.Object(ratingProperties));
export const TabletRatingBody = Type.Object({ ticketId: Type.String({ format: 'uuid' }), ...ratingProperties });
export const LookupRatingBody = Type.Object({
  lookupCode: Type.String({ minLength: 4, maxLength: 20, description: 'The lookup code printed on the receipt' }),
  ...ratingProperties,
});

export const GivenRatingSchema = component(
  'GivenRating',
  Type.Object({
    score: RatingScoreSchema,
    criteria: Criteria,
    comment: Type.String(),
    channel: Type.Enum(RATING_CHANNELS),
    createdAt: Type.String(),
  }),
);

const NotRatableSchema = Nullable(
  Type.Enum(NOT_RATABLE_REASONS, {
    description: 'Why it cannot be rated now; null when it can',
  }),
);

export const TicketToRateSchema = component(
  'TicketToRate',
  Type.Object({
    id: Type.String(),
    number: Type.String({ description: 'e.g. A017' }),
    service: PublicQueueService,
    counter: Nullable(Type.Object({ number: Type.Integer(), name: Type.String() })),
    finishedAt: Nullable(Type.String()),
  }),
);

export const AwaitingSchema = Type.Object({ ticket: Nullable(TicketToRateSchema) });

export const TicketRatingStateSchema = Type.Object({ ticket: TicketToRateSchema, notRatable: NotRatableSchema, rating: Nullable(GivenRatingSchema) });

export const DossierRatingStateSchema = Type.Object({ notRatable: NotRatableSchema, rating: Nullable(GivenRatingSchema) });

export const SatisfactionSchema = component(
  'Satisfaction',
  Type.Object({
    ratings: Type.Integer(),
    verySatisfied: Type.Integer(),
    satisfied: Type.Integer(),
    notSatisfied: Type.Integer(),
    satisfactionRate: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'Satisfied or very satisfied, of all ratings; null without ratings' })),
  }),
);

export const CentreRatingsSchema = Type.Object({
  summary: SatisfactionSchema,
  criteria: Type.Object({ attitude: SatisfactionSchema, guidance: SatisfactionSchema, time: SatisfactionSchema, result: SatisfactionSchema }),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      score: RatingScoreSchema,
      criteria: Criteria,
      comment: Type.String(),
      channel: Type.Enum(RATING_CHANNELS),
      createdAt: Type.String(),
      officer: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
      counter: Nullable(Type.Object({ number: Type.Integer(), name: Type.String() })),
      service: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
      ticketNumber: Nullable(Type.String()),
      dossierCode: Nullable(Type.String()),
    }),
  ),
  more: Type.Boolean({ description: 'The period holds more ratings than the list shows (the newest 500); the counts cover all' }),
});
