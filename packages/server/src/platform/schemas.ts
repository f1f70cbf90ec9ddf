import { Type } from '@fastify/type-provider-typebox';
import { errorResponseSchema } from './errors.js';

/** The error responses an authenticated write can give, for the OpenAPI document. */
export const writeErrors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
