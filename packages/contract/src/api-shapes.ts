import type { PathsWith, QueryOf, ResponseOf } from './api.js';

/**
 * Names for the shapes both sides speak of, each taken from the operation that answers with it
 * (never written out again), so that they follow the document wherever it defines them.
 */

type Item<List> = List extends ReadonlyArray<infer Element> ? Element : never;

/** A dossier as the back office reads it: steps, history, notices and the actions allowed. */
export type OfficeDossier = ResponseOf<'/api/v1/dossiers/{code}'>;
export type DossierEvent = Item<OfficeDossier['events']>;
export type OfficeDossierList = ResponseOf<'/api/v1/dossiers'>;
export type OfficeDossierListItem = Item<OfficeDossierList['items']>;

/** The route of each action officers take on a dossier. */
export type OfficerActionPath = Extract<PathsWith<'post'>, `/api/v1/dossiers/{code}/actions/${string}`>;

/** How the applicant receives the result, and once it is ready where, when and what to bring, or the postal tracking number. */
export type ResultDelivery = OfficeDossier['delivery'];
/** What a one-stop section offers the applicant choosing how to receive the result: its address, hours and postal fee. */
export type DeliveryOptions = ResponseOf<'/api/public/agencies/{agencyId}/delivery-options'>;

/** The officers' work queues (`GET /api/v1/dossiers?queue=…`). */
export type Queue = NonNullable<QueryOf<'/api/v1/dossiers'>['queue']>;
export type QueueCounts = ResponseOf<'/api/v1/dossiers/counts'>;

/** A notice to an applicant by e-mail or SMS. */
export type ApplicantNotification = Item<ResponseOf<'/api/v1/notifications'>['items']>;
export type NotificationStatus = ApplicantNotification['status'];

/** A procedure's version in force, as anyone reads it. */
export type PublishedProcedure = ResponseOf<'/api/public/procedures/{code}'>;
export type PublishedComponent = Item<PublishedProcedure['components']>;
export type TemplateFile = NonNullable<PublishedComponent['templateFile']>;
export type ProcedureSummary = Item<ResponseOf<'/api/public/procedures'>['items']>;

export type PublicAgency = Item<ResponseOf<'/api/public/agencies'>>;
export type PublicField = Item<ResponseOf<'/api/public/fields'>>;

/** What a list of files shows of each (the files the server has checked and stored). */
export type FileFacts = Item<Item<OfficeDossier['components']>['files']>;

/** A file the server has checked and stored, as an upload answers. */
export type StoredFile = ResponseOf<'/api/v1/files', 'post'>;
