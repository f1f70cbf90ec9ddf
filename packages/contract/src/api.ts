import type { paths } from './generated/openapi.js';
import { query } from './query.js';

/**
 * Names for the API's request and response types, worked out from the operations of the generated
 * document, so that they hold whether the document writes a shape inline or as a named component.
 */
export type { components, operations, paths } from './generated/openapi.js';

export type ApiPath = keyof paths;
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The paths that have an operation for `method`. */
export type PathsWith<M extends HttpMethod> = { [P in ApiPath]: [NonNullable<paths[P][M]>] extends [never] ? never : P }[ApiPath];

type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<paths[P][M]>;
type Json<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : undefined;
type Responses<P extends ApiPath, M extends HttpMethod> = Operation<P, M> extends { responses: infer R } ? R : never;

/** The JSON of a successful answer (undefined for 204 No Content). */
export type ResponseOf<P extends ApiPath, M extends HttpMethod = 'get'> = {
  [Status in keyof Responses<P, M>]: Status extends 200 | 201 | 202 | 204 ? Json<Responses<P, M>[Status]> : never;
}[keyof Responses<P, M>];

/** The JSON body an operation takes. */
export type BodyOf<P extends ApiPath, M extends HttpMethod> = Operation<P, M> extends { requestBody?: infer Body } ? Json<NonNullable<Body>> : never;

/** The query parameters an operation takes. */
export type QueryOf<P extends ApiPath, M extends HttpMethod = 'get'> = NonNullable<Operation<P, M>['parameters']['query']>;

/** Every failure's body: a stable code, the message in Vietnamese and in English, and the field at fault. */
export type ErrorBody = Json<Responses<'/api/v1/auth/login', 'post'>[401]>;

export type GetPath = PathsWith<'get'>;

type ReadParameters<P extends GetPath> = Pick<Operation<P, 'get'>['parameters'], 'path' | 'query'>;

/** A GET of the API as the web sends it: a path of the document and its parameters. */
export interface ApiRead<P extends GetPath = GetPath> {
  path: P;
  params: ReadParameters<P>;
}

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

/** Paths without a parameter of their own take none, the others must have theirs. */
type ReadArguments<P extends GetPath> = [RequiredKeys<ReadParameters<P>>] extends [never] ? [params?: ReadParameters<P>] : [params: ReadParameters<P>];

export function apiRead<P extends GetPath>(path: P, ...[params]: NoInfer<ReadArguments<P>>): ApiRead<P> {
  return { path, params: params ?? ({} as ReadParameters<P>) };
}

/** `/api/v1/dossiers/{code}` with its `{code}` filled in, each value percent-encoded. */
export function fillPath(path: string, values: Record<string, unknown> | undefined): string {
  return path.replace(/\{([^}]+)\}/g, (placeholder, name: string) => (values?.[name] === undefined ? placeholder : encodeURIComponent(String(values[name]))));
}

/** The address of a read, exactly as the web's client builds it (it fills paths and queries with these two functions). */
export const readUrl = (read: ApiRead): string => fillPath(read.path, read.params.path) + query(read.params.query ?? {});
