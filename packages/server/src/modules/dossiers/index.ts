/** What the dossiers module offers the other modules; everything else in it is its own. */
export type { AwaitingSignature, DeferApproval, SignResult } from './action-handlers.js';
export { actionBody, actionDescription } from './action-schema.js';
export { definitionOf } from './definitions.js';
export { DeliveryChoiceSchema, DeliveryOptionsSchema, DeliveryViewSchema, deliveryOptions, deliveryView } from './delivery.js';
export { filledDeclaration, formContext, latestDeclarationOf } from './declaration.js';
export type { FilledDeclaration } from './declaration.js';
export { fileNotYours, sortNamedFiles } from './named-files.js';
export { findDossier, findDossierAtStep, listEvents, listRegister } from './repo.js';
export type { DossierAtStep, DossierEventRow, DossierRow, ReceivedComponent, RegisterRow } from './repo.js';
export { ActionResult, Applicant, AssistanceSchema, NewDossierBody, UploadTokens, ApplicantOnFile, CreatedDossierSchema, FilledDeclarationSchema, FormValuesSchema, DeadlineStatusSchema, DossierCodeParam, DossierState, StatusSchema } from './schema.js';
export { DOSSIER, actAsSystem, actOnDossier, assertOfficerSees, findDossierForTracking, linkDossierToAccount, submitOnline } from './service.js';
export type { CreatedDossier, DossierDeps, NewDossierInput } from './service.js';
export { foldDossierTallies } from './tallies.js';
export type { ActionInput } from './transition.js';
export { applicantOf, assistanceOf, dossierDeadline, stateView, stepHistory, stepTiming } from './views.js';
export type { DossierApplicant, StepHistoryRow } from './views.js';
