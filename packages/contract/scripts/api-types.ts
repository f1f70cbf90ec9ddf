import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

/** Where the types generated from packages/server/openapi.json are committed. */
export const API_TYPES_FILE = new URL('../src/generated/openapi.ts', import.meta.url);
export const OPENAPI_DOCUMENT = new URL('../../server/openapi.json', import.meta.url);

const HEADER = `/**
 * Generated from packages/server/openapi.json by openapi-typescript: run \`npm run contract\`,
 * never edit by hand (a test fails when this file and the document disagree).
 */

`;

/**
 * The TypeScript types of the OpenAPI document (its \`paths\`, \`operations\` and \`components\`).
 * A file part (\`format: binary\`) becomes a Blob, so that an upload's body is typed as the File the
 * browser sends rather than as a string.
 */
export async function apiTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], {
    transform: (schema) => (schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
  });
  return HEADER + astToString(ast);
}
