import { Type } from '@fastify/type-provider-typebox';
import { component } from './components.js';
import { CALENDAR_YEARS, MAX_AMOUNT_VND, OFFICER_ROLES } from '@motcua/core';
import { errorResponseSchema } from './errors.js';

/** The error responses an authenticated write can give, for the OpenAPI document. */
export const writeErrors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/** A role an officer holds at an agency (and, for some roles, in one of its units). */
export const RoleGrantSchema = component(
  'RoleGrant',
  Type.Object({ role: Type.Enum(OFFICER_ROLES), agencyId: Type.String(), unitId: Type.Union([Type.String(), Type.Null()]) }),
);

/** An agency as another record names it. */
export const AgencyReference = component('AgencyReference', Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }));

export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

/** A question or a feedback as the portal shows it once published: the officers' edited, masked text. */
export const EnquiryPublicationSchema = component(
  'EnquiryPublication',
  Type.Object({ title: Type.String(), body: Type.String(), answer: Type.String(), publishedAt: Nullable(Type.String()) }),
);

/** One step in the history of a question or a feedback. */
export const EnquiryHistoryEntrySchema = component(
  'EnquiryHistoryEntry',
  Type.Object({
    action: Type.String(),
    label: Type.String(),
    fromState: Nullable(Type.String()),
    toState: Type.String(),
    actor: Type.String(),
    agency: Type.String(),
    note: Nullable(Type.String()),
    at: Type.String(),
  }),
);

/** The query parameter and the answer's field of a keyset list (platform/keyset.ts). */
export const CursorParam = Type.Optional(Type.String({ maxLength: 200, description: 'The nextCursor of the page before; the first page without' }));
export const NextCursor = (more = '') => Nullable(Type.String({ description: `Send as cursor for the next page; null on the last page${more}` }));

/** A calendar date that exists, within the years the working-day calendar knows (format checked in input-guard.ts). */
export const CalendarDate = (description = 'YYYY-MM-DD') =>
  Type.String({ format: 'date', description: `${description}; years ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}` });

/** A year the working-day calendar knows. */
export const CalendarYear = Type.Integer({ minimum: CALENDAR_YEARS.first, maximum: CALENDAR_YEARS.last });

/** A person's, an agency's or a procedure's name, or a title: something visible, not only spaces or zero-width characters. */
export const Name = (maxLength: number, options: { minLength?: number; description?: string; default?: string } = {}) =>
  Type.String({ minLength: 1, ...options, maxLength, format: 'visible-text' });

/** An amount of money in đồng: whole, not negative, and bounded so receipts can spell it out. */
export const AmountVnd = (options: { minimum?: number; description?: string } = {}) => Type.Integer({ minimum: 0, ...options, maximum: MAX_AMOUNT_VND });
