/** What the procedures module offers the other modules; everything else in it is its own. */
export { ProcedureCode, ProcedureDefinitionSchema } from './schema.js';
export { PROCEDURE, assertAdministersProcedure, findCurrentVersion, findVersionById } from './service.js';
export type { ProcedureVersionRow } from './service.js';
export { applyVersionsInForce } from './repo.js';
