import { normalisePhone, readTrackingSms, trackingSmsReply } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { bearerToken, sameSecret } from '../../platform/authentication.js';
import { AppError } from '../../platform/errors.js';
import { type OutboxTopic, PermanentDeliveryError, enqueue } from '../../platform/outbox.js';
import { findDossierForTracking } from '../dossiers/index.js';
import type { Senders } from '../notifications/index.js';

export const SMS_REPLY_TOPIC = 'sms.reply';

export interface InboundSms {
  /** The sender's number as the carrier gives it (84912345678, +84…, 0912…). */
  from: string;
  text: string;
  /** The carrier's id of the message: a message handed over twice is answered once. */
  id: string;
}

/** Only the carrier's adapter, holding the inbound token, may hand over messages. */
export function assertCarrier(ctx: AppContext, authorization: string | undefined): void {
  const token = ctx.config.sms?.inboundToken;
  if (!token) {
    throw new AppError(404, 'sms_tracking_off', 'Tra cứu hồ sơ qua SMS chưa được bật trên hệ thống này.', 'Tracking by SMS is not enabled on this installation.');
  }
  if (!sameSecret(bearerToken(authorization) ?? '', token)) {
    throw new AppError(401, 'unauthenticated', 'Thiếu hoặc sai mã xác thực của nhà mạng.', 'Missing or wrong carrier token.');
  }
}

/**
 * Answers a tracking SMS: reads the code, looks the dossier up as public tracking does, and
 * queues the answer in the outbox to the number it came from.
 */
export async function answerTrackingSms(ctx: AppContext, sms: InboundSms): Promise<{ queued: boolean }> {
  const to = normalisePhone(sms.from);
  if (!to) throw new AppError(400, 'invalid_sender', 'Số điện thoại gửi tin không phải số di động Việt Nam.', 'The sender is not a Vietnamese mobile number.', 'from');
  const query = readTrackingSms(sms.text);
  const dossier = query.kind === 'track' ? await findDossierForTracking(ctx.db, query.code) : undefined;
  const current = dossier?.steps.find((step) => step.finished_at === null);
  const text = trackingSmsReply(
    query,
    dossier
      ? {
          code: dossier.code,
          procedureName: dossier.procedure_name,
          state: dossier.state,
          agencyName: current?.agency_name ?? dossier.receiving_agency_name,
          appointmentAt: dossier.due_at,
          returnedAt: dossier.returned_at,
        }
      : null,
  );
  return { queued: await enqueue(ctx.db, SMS_REPLY_TOPIC, { to, text, inboundId: sms.id }, `sms-reply/${to}`) };
}

/** Sends the answers: the outbox worker's handler for `sms.reply`. */
export function smsReplyTopic(senders: Senders): OutboxTopic {
  return {
    async deliver(message) {
      const { to, text } = message.payload as { to: string; text: string };
      if (!senders.sms) throw new PermanentDeliveryError('The sms channel is not configured on this installation');
      await senders.sms.send(to, { subject: '', text }, `motcua-sms-reply-${message.id}`);
    },
  };
}
