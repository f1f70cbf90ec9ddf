import { type FeedbackKind, type FeedbackOutcome, type NotificationChannel, renderFeedbackConfirmation, renderFeedbackInformationRequest, renderFeedbackOutcome } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { CodeVault } from '../../platform/one-time-codes.js';
import { type OutboxTopic, PermanentDeliveryError } from '../../platform/outbox.js';
import type { Senders } from '../notifications/index.js';

/** The portal's pages the messages link to: confirming a feedback, answering a request for information, the published answers. */
export const FEEDBACK_CONFIRM_PAGE_PATH = '/phan-anh-kien-nghi/xac-nhan';
export const FEEDBACK_REPLY_PAGE_PATH = '/phan-anh-kien-nghi/bo-sung';
export const FEEDBACK_PAGE_PATH = '/phan-anh-kien-nghi';

type NoticePayload =
  /** The links' tokens travel sealed: no table holds them readable. */
  | { feedbackId: string; kind: 'confirmation' | 'information_request'; sealedToken: string }
  | { feedbackId: string; kind: 'outcome'; outcome: FeedbackOutcome };

/**
 * Writes to a feedback's sender on the contact they gave: the outbox worker's handler for
 * `feedback.notice`. A feedback dropped unconfirmed meanwhile, or past the state the message was
 * about, is not written about.
 */
export function feedbackNoticeTopic(db: Queryable, senders: Senders, vault: CodeVault, publicUrl: string): OutboxTopic {
  return {
    async deliver(message) {
      const payload = message.payload as unknown as NoticePayload;
      const { rows } = await db.query<{ code: string; kind: FeedbackKind; state: string; sender_name: string; channel: NotificationChannel; contact: string; title: string; information_request: string | null; agency_name: string }>(
        `SELECT f.code, f.kind, f.state, f.sender_name, f.channel, f.contact, f.title, f.information_request, a.name AS agency_name
           FROM feedbacks f JOIN agency_directory a ON a.id = f.agency_id WHERE f.id = $1`,
        [payload.feedbackId],
      );
      const feedback = rows[0];
      if (!feedback) return;
      if (payload.kind === 'confirmation' && feedback.state !== 'unconfirmed') return;
      if (payload.kind === 'information_request' && feedback.state !== 'awaiting_information') return;
      const sender = senders[feedback.channel];
      if (!sender) throw new PermanentDeliveryError(`The ${feedback.channel} channel is not configured on this installation`);
      const facts = { name: feedback.sender_name, kind: feedback.kind, title: feedback.title };
      const link = (path: string, sealed: string) => `${publicUrl}${path}/${vault.open(Buffer.from(sealed, 'base64')).toString('utf8')}`;
      const notice =
        payload.kind === 'outcome'
          ? renderFeedbackOutcome({ ...facts, code: feedback.code, agencyName: feedback.agency_name, outcome: payload.outcome, lookupUrl: `${publicUrl}${FEEDBACK_PAGE_PATH}` }, feedback.channel)
          : payload.kind === 'confirmation'
            ? renderFeedbackConfirmation({ ...facts, confirmUrl: link(FEEDBACK_CONFIRM_PAGE_PATH, payload.sealedToken) }, feedback.channel)
            : renderFeedbackInformationRequest(
                { ...facts, code: feedback.code, agencyName: feedback.agency_name, request: feedback.information_request!, replyUrl: link(FEEDBACK_REPLY_PAGE_PATH, payload.sealedToken) },
                feedback.channel,
              );
      await sender.send(feedback.contact, notice, `motcua-feedback-${payload.kind}-${message.id}`);
    },
  };
}
