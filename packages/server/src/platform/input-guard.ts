import { hasVisibleText, isCalendarDate, isStorableText } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

const TIME_AND_OFFSET = /^T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/**
 * The string formats every schema shares, checked as strictly as the domain needs: `date` and
 * `date-time` are real calendar dates within the years the working-day calendar knows
 * (not 2026-02-30, not 0000-01-01), and `visible-text` is a name or title that shows something
 * (not only spaces or zero-width characters). Ajv's own `date` and `date-time` are replaced, so
 * every date field of every route gets the same rule.
 */
export function addInputFormats(ajv: { addFormat(name: string, validate: (value: string) => boolean): unknown }): void {
  ajv.addFormat('date', isCalendarDate);
  // The instant, read in UTC, must fall in those years too: 1900-01-01T00:00:00+07:00 is still 1899 there.
  ajv.addFormat(
    'date-time',
    (value: string) => isCalendarDate(value.slice(0, 10)) && TIME_AND_OFFSET.test(value.slice(10)) && isCalendarDate(new Date(value).toISOString().slice(0, 10)),
  );
  // Empty passes: whether a field may be empty is minLength's to say.
  ajv.addFormat('visible-text', (value: string) => value === '' || hasVisibleText(value));
}

/** The bounds of a PostgreSQL `integer`, the narrowest column a number from a request may land in. */
const INT4 = { minimum: -2_147_483_648, maximum: 2_147_483_647 };

type JsonSchema = { [key: string]: unknown };

/**
 * A copy of a request schema in which every integer without bounds of its own gets those of a
 * PostgreSQL `integer`: an identifier or a version of 1e20 is a 400 naming the field, not a
 * database error.
 */
function withBoundedIntegers(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withBoundedIntegers);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'default' || key === 'const' || key === 'enum' ? value : withBoundedIntegers(value);
  if (copy.type === 'integer') return { ...INT4, ...copy };
  return copy;
}

const REQUEST_PARTS = ['body', 'querystring', 'params', 'headers'] as const;

/** The path of the first string (or property name) in `value` that cannot be stored, as `body.applicant.name`. */
function unstorableTextAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  // Deeper than any schema goes: the schema refuses it, and walking on would only spend time.
  if (value === null || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (!isStorableText(key)) return path;
    const found = unstorableTextAt(item, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses, before any schema or handler sees them, strings that no column can hold: U+0000 and
 * lone surrogate halves, wherever they are in the path parameters, the query string or a JSON
 * body. 400 `invalid_text` names the field. Integers in request schemas are bounded likewise.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.schema) return;
    for (const part of REQUEST_PARTS) {
      if (route.schema[part]) route.schema[part] = withBoundedIntegers(route.schema[part]);
    }
  });
  app.addHook('preValidation', async (request) => {
    const field =
      unstorableTextAt(request.params, 'params') ?? unstorableTextAt(request.query, 'querystring') ?? unstorableTextAt(request.body, 'body');
    if (field) {
      throw new AppError(
        400,
        'invalid_text',
        `Trường "${field}" chứa ký tự không hợp lệ (ký tự NUL hoặc nửa cặp UTF-16).`,
        `"${field}" holds a character that is not allowed (NUL or half of a UTF-16 surrogate pair).`,
        field,
      );
    }
  });
}
