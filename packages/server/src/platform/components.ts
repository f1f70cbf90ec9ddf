import type { TSchema } from '@fastify/type-provider-typebox';

/**
 * The keyword that names a schema as a component of the OpenAPI document. Validation and
 * serialisation ignore it (it is declared to ajv as an annotation); the document hoists every
 * schema carrying it into `components.schemas` and refers to it by `$ref` wherever it is used.
 */
export const COMPONENT_KEYWORD = 'x-motcua-component';

/** Names a schema for the OpenAPI document: `component('Dossier', Type.Object(…))`. */
export function component<T extends TSchema>(name: string, schema: T): T {
  // TypeBox keeps what it knows of a schema in non-enumerable properties: copy them all.
  const named = Object.defineProperties({}, Object.getOwnPropertyDescriptors(schema)) as T;
  return Object.assign(named, { [COMPONENT_KEYWORD]: name });
}

/** Tells ajv the component name is an annotation, so that strict mode neither warns nor refuses it. */
export function declareComponentKeyword(ajv: { addKeyword(keyword: string): unknown }): void {
  ajv.addKeyword(COMPONENT_KEYWORD);
}

/** Key order does not make two schemas different. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, node: unknown) =>
    node && typeof node === 'object' && !Array.isArray(node) ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => a.localeCompare(b))) : node,
  );
}

/**
 * Replaces every named schema of a document by a `$ref` to `components.schemas`, where it is
 * defined once (named schemas inside it hoisted in turn). Two different schemas under one name are
 * a mistake in the routes, refused here rather than published as whichever came last.
 */
export function hoistComponents<T extends { components?: { schemas?: Record<string, unknown> } } & Record<string, unknown>>(document: T): T {
  const schemas = new Map<string, unknown>(Object.entries(document.components?.schemas ?? {}));
  const hoist = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(hoist);
    if (!node || typeof node !== 'object') return node;
    const { [COMPONENT_KEYWORD]: name, ...rest } = node as Record<string, unknown>;
    const hoisted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, hoist(value)]));
    if (typeof name !== 'string') return hoisted;
    const existing = schemas.get(name);
    if (existing !== undefined && canonical(existing) !== canonical(hoisted)) {
      throw new Error(`Two different schemas are named ${name} in the OpenAPI document:\n${canonical(existing)}\n${canonical(hoisted)}`);
    }
    schemas.set(name, hoisted);
    return { $ref: `#/components/schemas/${name}` };
  };
  const hoisted = hoist(document) as T;
  const sorted = Object.fromEntries([...schemas].sort(([a], [b]) => a.localeCompare(b)));
  return { ...hoisted, components: { ...hoisted.components, schemas: sorted } };
}
