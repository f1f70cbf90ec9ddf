import type { NotificationChannel } from '@motcua/core';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { BlobStore } from './platform/blob-store/index.js';
import type { CalendarService } from './modules/calendar/service.js';
import type { QueueEventHub } from './modules/centres/event-hub.js';
import type { DeferApproval, SignResult } from './modules/dossiers/index.js';
import type { OperationsHub } from './modules/operations/index.js';
import type { Signing } from './modules/signing/credentials.js';
import type { SessionCache } from './platform/authentication.js';

/** What every feature module is built with. */
export interface AppContext {
  config: Config;
  db: Database;
  /** Where files' bytes are (a directory or an S3-compatible bucket); the database keeps their addresses. */
  blobStore: BlobStore;
  calendar: CalendarService;
  sessions: SessionCache;
  /** The agencies' signing credentials, with which results are signed on approval. */
  signing: Signing;
  /** Signs an approved dossier's result (the results module, lent to the dossier lifecycle). */
  signResult: SignResult;
  /** Lets an approval wait for the approver's remote signature (the results module, lent to the dossier lifecycle). */
  deferApproval: DeferApproval;
  /** The channels applicants are told of their dossiers' progress on: those this installation is configured for. */
  notify: ReadonlySet<NotificationChannel>;
  /** The centres' queue events as they commit, for the streams this instance serves. */
  queueEvents: QueueEventHub;
  /** Dossiers' and queues' changes as they commit, for the operations screens this instance serves. */
  operationsEvents: OperationsHub;
  /** The current instant: the demo seed and tests move it, so that whole dossier histories can be replayed. */
  now: () => Date;
}
