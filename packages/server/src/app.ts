import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.js';
import type { Config } from './config.js';
import type { Database, Queryable } from './db/database.js';
import { agencyRoutes } from './modules/agencies/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { BOOKING_NOTICE_TOPIC, bookingNoticeTopic } from './modules/bookings/notices.js';
import { bookingRoutes } from './modules/bookings/routes.js';
import { markNoShows } from './modules/bookings/service.js';
import { createCalendarService } from './modules/calendar/service.js';
import { calendarRoutes } from './modules/calendar/routes.js';
import { citizenRoutes } from './modules/citizens/routes.js';
import { declareComponentKeyword } from './platform/components.js';
import { installCitizenAuthentication, requireCitizen } from './platform/citizen-authentication.js';
import { foldDigitisedDocumentTallies } from './modules/digitisation/index.js';
import { digitisationRoutes } from './modules/digitisation/routes.js';
import { foldDossierTallies } from './modules/dossiers/index.js';
import { dossierRoutes } from './modules/dossiers/routes.js';
import { OUTGOING_MAIL_TOPIC, backfillAttachmentText, documentRoutes, outgoingDocumentRoutes, outgoingMailTopic, receivedDocuments, settleOutgoingSignatures } from './modules/documents/index.js';
import { expireUnusedUploads } from './modules/files/expiry.js';
import { fileRoutes } from './modules/files/routes.js';
import { moveContentsToBlobStore, sweepUnreferencedBlobs } from './modules/files/storage.js';
import { healthRoutes } from './modules/health/routes.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { type Senders, createSenders } from './modules/notifications/senders.js';
import { remindApplicants } from './modules/notifications/reminders.js';
import { NOTIFICATION_TOPIC, notificationTopic } from './modules/notifications/service.js';
import { officerRoutes } from './modules/officers/routes.js';
import { operationsRoutes, startOperationsHub } from './modules/operations/index.js';
import { paperRoutes } from './modules/papers/routes.js';
import { paymentRoutes, paymentSimulatorRoutes } from './modules/payments/index.js';
import { applyVersionsInForce } from './modules/procedures/index.js';
import { procedureRoutes } from './modules/procedures/routes.js';
import { resultSigner } from './modules/results/issue.js';
import { remoteApproval, settleAwaitingApprovals } from './modules/results/awaiting.js';
import { startQueueEventHub } from './modules/centres/event-hub.js';
import { endEventStreams } from './modules/centres/event-streams.js';
import { liveRoutes } from './modules/centres/live-routes.js';
import { centreConfigRoutes } from './modules/centres/config-routes.js';
import { counterRoutes } from './modules/centres/counter-routes.js';
import { endPastQueueDays } from './modules/centres/day-end.js';
import { ticketRoutes } from './modules/centres/ticket-routes.js';
import { centreManagerRoutes } from './modules/centres/manager-routes.js';
import { ratingRoutes } from './modules/ratings/routes.js';
import { resultRoutes } from './modules/results/routes.js';
import { scorecardRoutes } from './modules/scorecard/routes.js';
import { createSigning } from './modules/signing/credentials.js';
import { createVault } from './modules/signing/vault.js';
import { signingRoutes } from './modules/signing/routes.js';
import { statisticsRoutes } from './modules/statistics/routes.js';
import { foldStatisticsTallies, leaderStatisticsRoutes, openDataRoutes, statisticsReportRoutes } from './modules/statistics/index.js';
import { trackingRoutes } from './modules/tracking/routes.js';
import { workRecordRoutes } from './modules/work-records/index.js';
import { MEETING_MAIL_TOPIC, meetingMailTopic, meetingRoutes, remindInvitees } from './modules/meetings/index.js';
import { SMS_REPLY_TOPIC, smsReplyTopic } from './modules/tracking/sms.js';
import { citizenPasswordRoutes } from './modules/citizens/password-routes.js';
import { DOSSIER_CODE_TOPIC, assistanceRoutes, dossierCodeTopic } from './modules/assistance/index.js';
import { CITIZEN_CODE_TOPIC, citizenCodeTopic } from './modules/citizens/codes.js';
import { installWebApp } from './modules/web/routes.js';
import { QUESTION_NOTICE_TOPIC, purgeUnconfirmedQuestions, questionNoticeTopic, questionRoutes } from './modules/questions/index.js';
import { landRoutes } from './modules/land/index.js';
import { FEEDBACK_NOTICE_TOPIC, feedbackNoticeTopic, feedbackRoutes, purgeUnconfirmedFeedback } from './modules/feedback/index.js';
import { EXCHANGE_TOPIC, type ReceivedPackageHandler, exchangeRoutes, exchangeTopic } from './modules/exchange/index.js';
import { sealAuditLog } from './platform/audit.js';
import type { BlobStore } from './platform/blob-store/index.js';
import { openBlobStore } from './platform/blob-store/open.js';
import { installAuthentication, requireOfficer } from './platform/authentication.js';
import { startBackgroundJobs } from './platform/background-jobs.js';
import { installErrorHandling } from './platform/errors.js';
import { addInputFormats, installInputGuard } from './platform/input-guard.js';
import { installOpenApi } from './platform/openapi.js';
import { installRouteAccess } from './platform/route-access.js';
import { installSecurityHeaders } from './platform/security-headers.js';
import { type OutboxTopic, drainOutbox, purgeDeliveredOutbox } from './platform/outbox.js';
import { purgeSignInFailures } from './platform/sign-in-lockout.js';
import { purgeQuotaUsage } from './platform/quotas.js';

/** Builds the whole application around a database; `main.ts` makes it listen, tests inject into it. */
export interface BuildOptions {
  logger?: boolean;
  now?: () => Date;
  /** Run the background jobs (audit sealing, the outbox); tests that want a still database turn them off. */
  backgroundJobs?: boolean;
  /** Wraps what is done with packages received from peer installations besides keeping them (the incoming register's part); tests watch it. */
  exchangeHandler?: (registering: ReceivedPackageHandler) => ReceivedPackageHandler;
  /** Given the application's context as it is built, the one the background jobs run with; tests run a job's pass with it. */
  context?: (ctx: AppContext) => void;
}

/** What the outbox worker delivers, by topic. */
export function outboxTopicsFor(db: Queryable, senders: Senders, config: Pick<Config, 'publicUrl' | 'credentialKey' | 'dataDir' | 'mail' | 'blobStore'>): Record<string, OutboxTopic> {
  let blobs: Promise<BlobStore> | undefined;
  return {
    [CITIZEN_CODE_TOPIC]: citizenCodeTopic(db, senders, createVault(config), config.publicUrl),
    [DOSSIER_CODE_TOPIC]: dossierCodeTopic(db, senders, createVault(config)),
    [NOTIFICATION_TOPIC]: notificationTopic(db, senders, config.publicUrl),
    [SMS_REPLY_TOPIC]: smsReplyTopic(senders),
    [BOOKING_NOTICE_TOPIC]: bookingNoticeTopic(db, senders, config.publicUrl),
    [EXCHANGE_TOPIC]: exchangeTopic(db),
    // The released document's PDF is read from the blob store when its e-mail goes out: opened once, when first needed.
    [OUTGOING_MAIL_TOPIC]: outgoingMailTopic(db, () => (blobs ??= openBlobStore(config.blobStore)), senders),
    [QUESTION_NOTICE_TOPIC]: questionNoticeTopic(db, senders, createVault(config), config.publicUrl),
    [FEEDBACK_NOTICE_TOPIC]: feedbackNoticeTopic(db, senders, createVault(config), config.publicUrl),
    [MEETING_MAIL_TOPIC]: meetingMailTopic(db, senders, createVault(config), { publicUrl: config.publicUrl, mailFrom: config.mail?.from ?? '' }),
  };
}

export async function buildApp(config: Config, db: Database, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    // A property a body does not declare (where its schema closes it) is refused, not silently dropped.
    ajv: {
      customOptions: { allErrors: false, removeAdditional: false },
      onCreate: (ajv) => {
        addInputFormats(ajv);
        declareComponentKeyword(ajv);
      },
    },
    // Responses are ours: their serializer needs to know the input formats only by name.
    serializerOpts: { ajv: { formats: { 'visible-text': true } } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  installErrorHandling(app);
  // Who is not signed in for a route is turned away before anything looks at what they sent.
  installRouteAccess(app, { officer: requireOfficer, citizen: requireCitizen });
  installInputGuard(app);
  installSecurityHeaders(app, config);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await installOpenApi(app);
  const sessions = installAuthentication(app, db, config.requireTwoFactor);
  installCitizenAuthentication(app, db);
  const senders = createSenders(config);
  const blobStore = await openBlobStore(config.blobStore);
  const moved = await moveContentsToBlobStore(db, blobStore);
  if (moved > 0) app.log.info(`${moved} files moved from the database to the ${blobStore.description}`);
  const signing = createSigning(config);
  const queueEvents = await startQueueEventHub(db);
  const operationsEvents = await startOperationsHub(db);
  const ctx: AppContext = {
    config,
    db,
    blobStore,
    calendar: createCalendarService(db),
    sessions,
    signing,
    signResult: resultSigner({ blobs: blobStore, signing }),
    deferApproval: remoteApproval({ blobs: blobStore, signing }),
    notify: new Set(Object.keys(senders) as Array<keyof typeof senders>),
    queueEvents,
    operationsEvents,
    now: options.now ?? (() => new Date()),
  };
  options.context?.(ctx);

  for (const routes of [
    healthRoutes,
    authRoutes,
    agencyRoutes,
    officerRoutes,
    calendarRoutes,
    procedureRoutes,
    fileRoutes,
    dossierRoutes,
    paperRoutes,
    trackingRoutes,
    citizenRoutes,
    citizenPasswordRoutes,
    statisticsRoutes,
    leaderStatisticsRoutes,
    statisticsReportRoutes,
    openDataRoutes,
    scorecardRoutes,
    signingRoutes,
    resultRoutes,
    digitisationRoutes,
    notificationRoutes,
    centreConfigRoutes,
    ticketRoutes,
    counterRoutes,
    bookingRoutes,
    centreManagerRoutes,
    liveRoutes,
    ratingRoutes,
    operationsRoutes,
    workRecordRoutes,
    paymentRoutes,
    assistanceRoutes,
    documentRoutes,
    outgoingDocumentRoutes,
    meetingRoutes,
    landRoutes,
    feedbackRoutes,
    questionRoutes,
  ]) {
    await app.register(routes(ctx));
  }
  const registering = receivedDocuments(ctx);
  await app.register(exchangeRoutes(ctx, options.exchangeHandler?.(registering) ?? registering));
  if (config.payments.simulator) await app.register(paymentSimulatorRoutes(ctx));
  await installWebApp(app, config.webDir);
  const outboxTopics = outboxTopicsFor(db, senders, config);
  const readAttachmentText = backfillAttachmentText(db, blobStore);
  const jobs =
    options.backgroundJobs === false
      ? undefined
      : startBackgroundJobs(
          [
            { name: 'seal-audit-log', everyMs: 1000, run: () => sealAuditLog(db) },
            { name: 'outbox', everyMs: 1000, run: () => drainOutbox(db, outboxTopics) },
            { name: 'settle-remote-signatures', everyMs: 5_000, run: () => settleAwaitingApprovals(ctx) },
            { name: 'settle-outgoing-signatures', everyMs: 5_000, run: () => settleOutgoingSignatures(ctx) },
            { name: 'fold-dossier-tallies', everyMs: 10_000, run: () => foldDossierTallies(db) },
            { name: 'fold-digitised-document-tallies', everyMs: 10_000, run: () => foldDigitisedDocumentTallies(db) },
            { name: 'fold-statistics-tallies', everyMs: 10_000, run: () => foldStatisticsTallies(db) },
            { name: 'apply-procedure-versions', everyMs: 60_000, run: () => applyVersionsInForce(db, ctx.now()) },
            { name: 'purge-outbox', everyMs: 3_600_000, run: () => purgeDeliveredOutbox(db) },
            { name: 'purge-sign-in-failures', everyMs: 3_600_000, run: () => purgeSignInFailures(db, ctx.now()) },
            { name: 'expire-unused-uploads', everyMs: 3_600_000, run: () => expireUnusedUploads(db, ctx.now()) },
            { name: 'sweep-unreferenced-blobs', everyMs: 3_600_000, run: () => sweepUnreferencedBlobs(db, blobStore) },
            { name: 'read-attachment-text', everyMs: 60_000, run: readAttachmentText },
            { name: 'purge-quota-usage', everyMs: 3_600_000, run: () => purgeQuotaUsage(db, ctx.now()) },
            { name: 'end-past-queue-days', everyMs: 60_000, run: () => endPastQueueDays(db, ctx.now()) },
            { name: 'mark-booking-no-shows', everyMs: 60_000, run: () => markNoShows(db, ctx.now()) },
            { name: 'purge-unconfirmed-questions', everyMs: 3_600_000, run: () => purgeUnconfirmedQuestions(db, ctx.now()) },
            { name: 'purge-unconfirmed-feedback', everyMs: 3_600_000, run: () => purgeUnconfirmedFeedback(db, ctx.now()) },
            { name: 'remind-meeting-invitees', everyMs: 300_000, run: () => remindInvitees(db, ctx.now()) },
            { name: 'remind-applicants', everyMs: 600_000, run: async () => remindApplicants(db, await ctx.calendar.current(), ctx.notify, ctx.now()) },
          ],
          app.log,
        );
  // Open streams would hold the server's closing up: they end first, and their clients reconnect to another instance.
  app.addHook('preClose', async () => {
    endEventStreams(queueEvents);
    endEventStreams(operationsEvents);
  });
  app.addHook('onClose', async () => {
    await jobs?.stop();
    await queueEvents.close();
    await operationsEvents.close();
    for (const sender of Object.values(senders)) sender.close();
  });
  return app;
}
