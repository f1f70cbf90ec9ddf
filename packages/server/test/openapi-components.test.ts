import { readFile } from 'node:fs/promises';
import { Type } from '@fastify/type-provider-typebox';
import { describe, expect, it } from 'vitest';
import { COMPONENT_KEYWORD, canonical, component, hoistComponents } from '../src/platform/components.js';
import { OPENAPI_FILE } from '../src/paths.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object schema of at least three properties written out in the document, by its shape, with where it is. */
function inlineObjectSchemas(document: Json): Map<string, string[]> {
  const places = new Map<string, string[]>();
  const visit = (node: Json, path: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${path}/${index}`));
    if (node.type === 'object' && node.properties && typeof node.properties === 'object' && Object.keys(node.properties).length >= 3) {
      const shape = canonical(node);
      places.set(shape, [...(places.get(shape) ?? []), path]);
    }
    for (const [key, value] of Object.entries(node)) visit(value, `${path}/${key}`);
  };
  visit(document, '#');
  return places;
}

describe('the OpenAPI document’s components', async () => {
  const document = JSON.parse(await readFile(OPENAPI_FILE, 'utf8')) as { components: { schemas: Record<string, Json> } } & Record<string, Json>;

  it('names every shape used in more than one place: none is written out twice', () => {
    const componentRoots = new Set(Object.keys(document.components.schemas).map((name) => `#/components/schemas/${name}`));
    // Two components may share a shape (two actions taking the same fields); a copy outside them may not.
    const repeated = [...inlineObjectSchemas(document as unknown as Json).values()].filter(
      (places) => places.length > 1 && places.some((place) => !componentRoots.has(place)),
    );
    expect(repeated).toEqual([]);
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Error', 'Dossier', 'DossierSummary', 'DossierPage', 'Applicant', 'Procedure', 'Agency', 'Officer', 'FileFacts', 'DossierState', 'DeadlineStatus']));
  });

  it('uses every component it defines', () => {
    const referenced = new Set([...JSON.stringify(document).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]));
    expect(Object.keys(document.components.schemas).filter((name) => !referenced.has(name))).toEqual([]);
  });

  it('keeps the marker out of the published document', () => {
    expect(JSON.stringify(document)).not.toContain(COMPONENT_KEYWORD);
  });
});

describe('hoisting named schemas', () => {
  const Named = component('Named', Type.Object({ id: Type.String(), name: Type.String() }));

  it('defines a named schema once and refers to it everywhere it is used', () => {
    const document = hoistComponents({ paths: { a: { schema: Named }, b: { schema: Type.Array(Named) } } });
    expect(document).toEqual({
      paths: { a: { schema: { $ref: '#/components/schemas/Named' } }, b: { schema: { type: 'array', items: { $ref: '#/components/schemas/Named' } } } },
      components: { schemas: { Named: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } } } },
    });
  });

  it('refuses two different shapes under one name', () => {
    const Other = component('Named', Type.Object({ id: Type.Integer() }));
    expect(() => hoistComponents({ paths: { a: { schema: Named }, b: { schema: Other } } })).toThrow(/Two different schemas are named Named/);
  });
});
