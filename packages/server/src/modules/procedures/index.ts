/** What the procedures module offers the other modules; everything else in it is its own. */
export { AgencyChoiceSchema, ProcedureCode, ProcedureDefinitionSchema } from './schema.js';
export { PROCEDURE, assertAdministersProcedure, findCurrentVersion, findVersionById, offeringAgencies } from './service.js';
export type { ProcedureVersionRow } from './service.js';
export { applyVersionsInForce } from './repo.js';
