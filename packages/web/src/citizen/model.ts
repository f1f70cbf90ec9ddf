import type { BodyOf, ResponseOf } from '@motcua/contract';

/** Names for the shapes of the citizen API (`/api/citizen/...`), each taken from the operation that answers with it. */

export type { ApplicantAction } from '@motcua/core';
export type { PublishedProcedure as PublicProcedure, PublishedComponent as ProcedureComponent } from '@motcua/contract';

export type Draft = ResponseOf<'/api/citizen/drafts/{id}'>;
/** What a draft holds (anything, while it is being filled in), and what its submission sends. */
export type DraftContent = Draft['content'];
/** The applicant as a dossier takes them. */
export type ApplicantDetails = BodyOf<'/api/public/dossiers', 'post'>['applicant'];
export type DraftListItem = ResponseOf<'/api/citizen/drafts'>['items'][number];
export type SubmittedDossier = ResponseOf<'/api/citizen/drafts/{id}/submit', 'post'>;

export type DossierDetail = ResponseOf<'/api/citizen/dossiers/{code}'>;
/** An e-mail or SMS that told the applicant of a change to their dossier. */
export type SentNotice = DossierDetail['notifications'][number];
export type NoticeStatus = SentNotice['status'];
