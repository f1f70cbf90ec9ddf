import type { DeadlineStatus, DossierAction, DossierState, NotificationChannel, OfficerRole, ProcedureDefinition } from '@motcua/core';
import type { FileFacts } from '../shared/files.js';

/** The work queues of `GET /api/v1/dossiers` (server: QUEUES in dossiers/queries.ts). */
export const QUEUES = ['awaiting_reception', 'my_steps', 'to_approve', 'to_return', 'waiting_applicant', 'due_soon', 'overdue', 'finished', 'all'] as const;
export type Queue = (typeof QUEUES)[number];
export type QueueCounts = Record<Queue, number>;

export interface DossierStatus {
  state: DossierState;
  label: string;
  labelEn: string;
  nationalStatus: number;
  clockStopped: boolean;
}

export interface DossierListItem {
  code: string;
  status: DossierStatus;
  channel: string;
  procedure: { code: string; name: string };
  applicantName: string;
  receivingAgency: string;
  currentStep: { name: string; agency: string | null; assignee: string | null } | null;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  deadlineStatus: DeadlineStatus | null;
  version: number;
}

export interface DossierList {
  items: DossierListItem[];
  /** Where the next page starts; null on the last. */
  nextCursor: string | null;
}

export interface DossierStep {
  index: number;
  code: string;
  name: string;
  role: OfficerRole;
  roleLabel: string;
  agency: { id: string; name: string };
  unitName: string | null;
  assigneeName: string | null;
  finishedByName: string | null;
  startedAt: string;
  dueAt: string;
  finishedAt: string | null;
  deadlineStatus: DeadlineStatus | null;
}

export interface DossierEvent {
  id: number;
  action: string;
  fromState: DossierState | null;
  toState: DossierState;
  toStateLabel: string;
  fromStepIndex: number | null;
  toStepIndex: number | null;
  fromAgency: string | null;
  toAgency: string | null;
  actorKind: string;
  actorName: string;
  comment: string;
  attachmentIds: string[];
  /** The attachments that exist, named. */
  attachments: FileFacts[];
  data: Record<string, unknown>;
  occurredAt: string;
}

export interface DossierComponent {
  code: string;
  name: string;
  form: string;
  copies: number;
  fileIds: string[];
  /** The scans that exist, named. */
  files: FileFacts[];
}

export interface DossierDetail {
  code: string;
  lookupCode: string;
  version: number;
  channel: string;
  status: DossierStatus;
  procedure: { code: string; name: string; version: number; processingDays: number; process: ProcedureDefinition['process'] };
  receivingAgency: { id: string; code: string; name: string };
  competentAgency: { id: string; name: string };
  applicant: { type: string; name: string; idNumber: string; phone: string; email: string; address: string };
  summary: string;
  components: DossierComponent[];
  submittedAt: string | null;
  receivedAt: string | null;
  originalDueAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  returnMethod: string | null;
  outcome: string | null;
  supplementCount: number;
  extensionCount: number;
  deadlineStatus: DeadlineStatus | null;
  currentStepIndex: number | null;
  steps: DossierStep[];
  events: DossierEvent[];
  /** Oldest first. */
  notifications: ApplicantNotification[];
  availableActions: DossierAction[];
}

export const NOTIFICATION_STATUSES = ['failed', 'pending', 'sent'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** A notice to the applicant by e-mail or SMS (`GET /api/v1/notifications`, and the dossier's `notifications`). */
export interface ApplicantNotification {
  id: number;
  dossierCode: string;
  /** The dossier action it tells of. */
  action: string;
  channel: NotificationChannel;
  recipient: string;
  status: NotificationStatus;
  /** Empty for SMS, and for every notice before its first attempt. */
  subject: string;
  text: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface NotificationList {
  items: ApplicantNotification[];
  nextCursor: string | null;
}

/** `GET /api/v1/dossiers/{code}/signed-results`. */
export type { SignedResult } from '@motcua/core';

export interface ProcedureSummary {
  code: string;
  name: string;
  fieldName: string;
  competentAgencyName: string;
  processingDays: number;
  onlineMode: string;
}

/** `GET /api/public/procedures/{code}`. */
export type { PublishedProcedure as ProcedureDetail } from '../shared/procedures.js';

export interface AgencySummary {
  id: string;
  code: string;
  name: string;
  abolishedOn: string | null;
}

export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
}
