import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { component } from './components.js';

export interface ErrorBody {
  code: string;
  message: string;
  messageEn: string;
  field?: string | undefined;
  /** The rule of the rule book that refused the request (403). */
  rule?: string | undefined;
  /** Every field at fault, when there are several (a declaration form): `field` names the first. */
  problems?: Array<{ field: string; message: string; messageEn: string }> | undefined;
}

/** An error meant for the caller: a stable code, a message in Vietnamese and English, the field at fault. */
export class AppError extends Error {
  /** Headers the answer carries, e.g. Retry-After. */
  readonly headers: Readonly<Record<string, string>> = {};

  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly vi: string,
    readonly en: string,
    readonly field?: string,
  ) {
    super(en);
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.vi, messageEn: this.en, ...(this.field ? { field: this.field } : {}) };
  }
}

export const notFound = (what: { vi: string; en: string }) =>
  new AppError(404, 'not_found', `Không tìm thấy ${what.vi}.`, `${what.en} not found.`);

export const invalid = (field: string, vi: string, en: string) => new AppError(400, 'invalid_input', vi, en, field);

/** Several fields wrong at once, each with its message, so that a form can mark them all. */
export class FieldProblemsError extends AppError {
  constructor(
    code: string,
    vi: string,
    en: string,
    readonly problems: ReadonlyArray<{ field: string; vi: string; en: string }>,
  ) {
    super(400, code, vi, en, problems[0]?.field);
  }

  override toBody(): ErrorBody {
    return { ...super.toBody(), problems: this.problems.map((problem) => ({ field: problem.field, message: problem.vi, messageEn: problem.en })) };
  }
}

/** The JSON schema shared by every error response in the OpenAPI document. */
export const errorResponseSchema = component('Error', {
  type: 'object',
  required: ['code', 'message', 'messageEn'],
  properties: {
    code: { type: 'string' },
    message: { type: 'string', description: 'Vietnamese' },
    messageEn: { type: 'string' },
    field: { type: 'string' },
    rule: { type: 'string', description: 'The rule of the rule book that refused the request (403)' },
    problems: {
      type: 'array',
      description: 'Every field at fault when there are several (a declaration form); `field` names the first',
      items: {
        type: 'object',
        required: ['field', 'message', 'messageEn'],
        properties: { field: { type: 'string' }, message: { type: 'string' }, messageEn: { type: 'string' } },
      },
    },
  },
} as const);

function fieldOf(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  // A required property that is missing, or one the schema does not declare.
  const params = first.params as { missingProperty?: string; additionalProperty?: string } | undefined;
  const named = params?.missingProperty ?? params?.additionalProperty;
  const path = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  return [error.validationContext, path, named].filter(Boolean).join('.') || undefined;
}

/**
 * What the database refuses when two requests raced for the same thing (the same new code, the same
 * row): the check before the write passed for both, and the loser is told to look again, not that
 * the system failed.
 */
const RACED: ErrorBody = {
  code: 'conflict',
  message: 'Dữ liệu đang được thay đổi cùng lúc bởi một yêu cầu khác. Vui lòng thử lại.',
  messageEn: 'The data was being changed by another request at the same time. Please try again.',
};
const DATABASE_CONFLICTS: Readonly<Record<string, ErrorBody>> = {
  // unique_violation
  '23505': {
    code: 'conflict',
    message: 'Dữ liệu này vừa được ghi bởi một yêu cầu khác (trùng mã hoặc số). Vui lòng tải lại trang và kiểm tra trước khi thử lại.',
    messageEn: 'Another request has just written the same data (a duplicate code or number). Reload and check before trying again.',
  },
  // serialization_failure, deadlock_detected
  '40001': RACED,
  '40P01': RACED,
};

/** Every failure leaves as an ErrorBody; stack traces stay in the log. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).headers(error.headers).send(error.toBody());
    }
    if (error.validation) {
      const field = fieldOf(error);
      const body: ErrorBody = {
        code: 'validation_failed',
        message: `Dữ liệu không hợp lệ${field ? ` ở trường "${field}"` : ''}: ${error.validation[0]?.message ?? ''}`.trim(),
        messageEn: `Invalid input${field ? ` in "${field}"` : ''}: ${error.validation[0]?.message ?? ''}`.trim(),
        field,
      };
      return reply.status(400).send(body);
    }
    const conflict = DATABASE_CONFLICTS[(error as { code?: string }).code ?? ''];
    if (conflict) return reply.status(409).send(conflict);
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({
        code: 'rate_limited',
        message: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
        messageEn: 'Too many requests. Please try again in a few minutes.',
      } satisfies ErrorBody);
    }
    if (status < 500) {
      return reply.status(status).send({
        code: error.code?.toLowerCase() ?? 'bad_request',
        message: 'Yêu cầu không hợp lệ.',
        messageEn: error.message,
      } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      code: 'internal_error',
      message: 'Hệ thống gặp lỗi. Vui lòng thử lại sau.',
      messageEn: 'Something went wrong on our side. Please try again later.',
    } satisfies ErrorBody);
  });
}

export function routeNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send({
    code: 'route_not_found',
    message: `Không có địa chỉ ${request.method} ${request.url}.`,
    messageEn: `No route ${request.method} ${request.url}.`,
  } satisfies ErrorBody);
}
