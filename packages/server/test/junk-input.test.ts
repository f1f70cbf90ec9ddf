import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES, BIRTH_REGISTRATION } from './support/province.js';

/**
 * Junk sent to every operation of the OpenAPI document, by an anonymous client and by a signed-in
 * officer, must never make the server answer 5xx. Values follow each operation's schemas often
 * enough to reach the handlers (real codes and ids, enum members, in-range numbers) and break
 * them the rest of the time: wrong types, huge numbers, NUL, lone surrogates, impossible dates,
 * very long strings, deep nesting. Seeded and bounded: the same requests on every run.
 */

const RUNS_PER_OPERATION = 40;
const SEED = 7;

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  $ref?: string;
}
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const BROKEN_TEXT = ['\u0000', 'a\u0000b', '\uD800', 'x\uDC00y', '\u200B\u200D', '2026-02-30', '0000-01-01', '9999-99-99', '1e20', '-1', '', ' ', '%', '_', '\\', "'", '"', '<script>'];

const junkText = fc.oneof(fc.constantFrom(...BROKEN_TEXT), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('x'.repeat(100_000)));
const junkNumber = fc.oneof(fc.constantFrom(1e20, -1e20, 2 ** 31, 2 ** 53 + 2, -0, 0.5, Number.MAX_VALUE), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const deepValue = fc.nat({ max: 3 }).map((kind) => {
  let value: unknown = 'leaf';
  for (let depth = 0; depth < 200; depth += 1) value = kind % 2 ? [value] : { a: value };
  return value;
});
const junk: fc.Arbitrary<unknown> = fc.oneof(
  junkText,
  junkNumber,
  fc.boolean(),
  fc.constant(null),
  deepValue,
  fc.array(junkText, { maxLength: 3 }),
  fc.dictionary(junkText, junkText, { maxKeys: 3 }),
);

const DATES = ['2026-03-02', '2026-02-30', '0000-01-01', '2026-13-01', '1900-01-01', '2100-12-31'];
const INSTANTS = ['2026-03-02T09:30:00+07:00', '2026-02-30T09:30:00+07:00', '0000-01-01T00:00:00Z', '1900-01-01T00:00:00+14:00', '2026-03-02'];

/** Turns `#/components/schemas/Name` references into their schemas. */
function resolver(document: OpenApiDocument) {
  return (schema: Schema | undefined): Schema => {
    let current = schema ?? {};
    while (current.$ref) current = document.components?.schemas?.[current.$ref.split('/').pop()!] ?? {};
    return current;
  };
}

/**
 * A value shaped by the schema (with the real values the test province knows for strings) or,
 * now and then at every level, junk.
 */
function valueFor(schema: Schema | undefined, resolve: (schema: Schema | undefined) => Schema, known: string[], depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(schema);
  if (depth > 6) return junk;
  const shaped = shapedValue(resolved, resolve, known, depth);
  return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: junk });
}

function shapedValue(schema: Schema, resolve: (schema: Schema | undefined) => Schema, known: string[], depth: number): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((variant) => valueFor(variant, resolve, known, depth + 1)));
  if (schema.allOf?.length) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf.map(resolve)) {
      Object.assign(merged.properties!, part.properties);
      merged.required!.push(...(part.required ?? []));
    }
    return shapedValue(merged, resolve, known, depth);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      if (properties.length === 0) return fc.dictionary(junkText, junk, { maxKeys: 3 });
      const required = new Set(schema.required ?? []);
      return fc.record(
        Object.fromEntries(properties.map(([name, property]) => [name, valueFor(property, resolve, known, depth + 1)])),
        { requiredKeys: properties.map(([name]) => name).filter((name) => required.has(name)) },
      );
    }
    case 'array':
      return fc.array(valueFor(schema.items, resolve, known, depth + 1), { maxLength: 3 });
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -10, max: Math.min(schema.maximum ?? 1_000, 1_000_000) }), junkNumber);
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'date') return fc.constantFrom(...DATES);
      if (schema.format === 'date-time') return fc.constantFrom(...INSTANTS);
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...known), fc.uuid());
      if (schema.format === 'email') return fc.constantFrom('an.nguyen@example.vn', 'a@b');
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...knownMatching(known, schema.pattern)) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });
    default:
      return junk;
  }
}

/** The known values a pattern admits; all of them when it admits none. */
function knownMatching(known: string[], pattern: string | undefined): string[] {
  if (!pattern) return known;
  const matching = known.filter((value) => new RegExp(pattern, 'u').test(value));
  return matching.length > 0 ? matching : known;
}

/** Every byte percent-encoded: any text, lone surrogates included, fits in an address. */
const inAddress = (value: unknown) => [...Buffer.from(typeof value === 'string' ? value : JSON.stringify(value) ?? '')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

/** The requests one operation may receive, as inject options without the caller's credentials. */
function requestsFor(document: OpenApiDocument, path: string, method: string, operation: Operation, known: string[]): fc.Arbitrary<InjectOptions> {
  const resolve = resolver(document);
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  return fc
    .record({
      pathValues: fc.tuple(...pathParameters.map((parameter) => valueFor(parameter.schema, resolve, known))),
      query: fc.tuple(...queryParameters.map((parameter) => fc.option(valueFor(parameter.schema, resolve, known), { nil: undefined }))),
      body: bodySchema ? valueFor(bodySchema, resolve, known) : fc.constant(undefined),
    })
    .map(({ pathValues, query, body }) => {
      let url = path;
      pathParameters.forEach((parameter, index) => {
        url = url.replace(`{${parameter.name}}`, inAddress(pathValues[index]));
      });
      const search = queryParameters
        .map((parameter, index) => (query[index] === undefined ? '' : `${parameter.name}=${inAddress(query[index])}`))
        .filter(Boolean)
        .join('&');
      return {
        method: method.toUpperCase() as InjectOptions['method'],
        url: search ? `${url}?${search}` : url,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      };
    });
}

describe.each(ENGINES)('junk input to every operation on $name', (engine) => {
  let t: TestApp;
  let officer: Session;
  let known: string[];
  beforeAll(async () => {
    t = await startTestApp(engine);
    const reception = await signIn(t.app, 'reception');
    const dossier = await receiveWalkIn(reception);
    officer = await signIn(t.app, 'admin');
    known = [...Object.values(t.province.agencyIds), ...Object.values(t.province.officerIds), BIRTH_REGISTRATION.code, AGENCIES.commune.code, dossier.code, dossier.lookupCode, 'TK', '1', 'Nguyễn Văn An'];
  });
  afterAll(() => t.close());

  it('answers every generated request below 500, anonymous or signed in', { timeout: 300_000 }, async () => {
    const document = t.app.swagger() as unknown as OpenApiDocument;
    const failures: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const requests = requestsFor(document, path, method, operation, known);
        // Signing out would leave the rest of the run anonymous: the officer keeps their session.
        const signsOut = path.endsWith('/logout');
        // An event stream that opens never ends: its status is read, then the stream is let go.
        const streams = operation.responses?.['200']?.content?.['text/event-stream'] !== undefined;
        const result = await fc.check(
          fc.asyncProperty(requests, fc.boolean(), async (request, signedIn) => {
            const options = signedIn && !signsOut ? { ...request, headers: { ...request.headers, ...officer.headers } } : request;
            const response = await t.app.inject({ ...options, payloadAsStream: streams });
            if (streams) response.stream().destroy();
            return response.statusCode < 500;
          }),
          { numRuns: RUNS_PER_OPERATION, seed: SEED, endOnFailure: true },
        );
        if (result.failed) failures.push(`${method.toUpperCase()} ${path}: ${fc.stringify(result.counterexample).slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
