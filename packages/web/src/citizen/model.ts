import type { ApplicantAction, DossierAction, DossierState, NotificationChannel } from '@motcua/core';
import type { FileFacts } from '../shared/files.js';
import type { PublishedComponent as ProcedureComponent } from '../shared/procedures.js';

/** Shapes of the citizen API (`/api/citizen/...`) and of the public procedure the pages read. */

export type { PublishedProcedure as PublicProcedure, PublishedComponent as ProcedureComponent } from '../shared/procedures.js';

export interface ApplicantDetails {
  type: 'citizen' | 'organisation';
  name: string;
  idNumber: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface ComponentFileIds {
  code: string;
  fileIds: string[];
}

/** What a draft holds, and what its submission sends. */
export interface DraftContent {
  applicant: ApplicantDetails;
  summary?: string;
  components: ComponentFileIds[];
}

export interface Draft {
  id: string;
  procedureCode: string;
  content: DraftContent;
  /** The files the draft holds, whichever component they belong to. */
  files: FileFacts[];
  updatedAt: string;
}

export interface DraftListItem {
  id: string;
  procedureCode: string;
  procedureName: string;
  updatedAt: string;
}

export interface SubmittedDossier {
  code: string;
  lookupCode: string;
  state: DossierState;
  version: number;
  receivedAt: string | null;
  dueAt: string | null;
}

export interface DossierListItem {
  code: string;
  procedureCode: string;
  procedureName: string;
  state: DossierState;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
}

export interface UploadedFile {
  id: string;
  name: string;
}

export type { ApplicantAction } from '@motcua/core';

/** A result signed for one of the citizen's dossiers. */
export interface SignedResult {
  verificationCode: string;
  documentType: string;
  agencyName: string;
  signedAt: string;
  revoked: { at: string; reason: string } | null;
}

/** `GET /api/citizen/digitised-documents`: scans and results kept to be reused in later dossiers. */
export interface DigitisedDocument {
  id: string;
  fileId: string;
  kind: 'component' | 'result';
  componentCode: string | null;
  title: string;
  name: string;
  contentType: string;
  size: number;
  pages: number | null;
  sha256: string;
  sourceDossierCode: string;
  digitisedAt: string;
  reuseCount: number;
  verificationCode: string | null;
}

export type NoticeStatus = 'pending' | 'sent' | 'failed';

/** An e-mail or SMS that told the applicant of a change to their dossier. */
export interface SentNotice {
  action: DossierAction | string;
  channel: NotificationChannel;
  recipient: string;
  status: NoticeStatus;
  /** Empty for SMS, and before the first attempt. */
  subject: string;
  /** Empty before the first attempt. */
  text: string;
  createdAt: string;
  sentAt: string | null;
}

export interface DossierDetail {
  code: string;
  lookupCode: string;
  version: number;
  state: DossierState;
  procedure: { code: string; name: string };
  applicant: ApplicantDetails;
  summary: string | null;
  components: Array<{ code: string; name: string; form: ProcedureComponent['form']; copies: number; files: UploadedFile[] }>;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  receivingAgencyName: string | null;
  currentStep: { name: string; agencyName: string; dueAt: string | null } | null;
  supplementRequest: { comment: string | null; missingComponents: Array<{ name: string; reason: string }>; requestedAt: string } | null;
  signedResults: SignedResult[];
  events: Array<{ action: DossierAction | string; at: string; fromState: DossierState | null; toState: DossierState | null; comment: string | null; agencyName: string | null }>;
  /** Oldest first. */
  notifications: SentNotice[];
  availableActions: ApplicantAction[];
}
