import { type NotificationChannel, renderQuestionAnswer, renderQuestionConfirmation } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { CodeVault } from '../../platform/one-time-codes.js';
import { type OutboxTopic, PermanentDeliveryError } from '../../platform/outbox.js';
import type { Senders } from '../notifications/index.js';

/** The portal's pages the messages link to: the confirmation of a question, and the published questions. */
export const QUESTION_CONFIRM_PAGE_PATH = '/hoi-dap/xac-nhan';
export const QUESTIONS_PAGE_PATH = '/hoi-dap';

interface NoticePayload {
  questionId: string;
  kind: 'confirmation' | 'answer';
  /** The confirmation link's token, sealed: no table holds it readable. */
  sealedToken?: string;
}

/**
 * Sends a message to a question's asker on the contact they gave: the outbox worker's handler for
 * `question.notice`. A question dropped unconfirmed meanwhile, or confirmed already, is not written to.
 */
export function questionNoticeTopic(db: Queryable, senders: Senders, vault: CodeVault, publicUrl: string): OutboxTopic {
  return {
    async deliver(message) {
      const payload = message.payload as unknown as NoticePayload;
      const { rows } = await db.query<{ code: string; state: string; asker_name: string; channel: NotificationChannel; contact: string; title: string; answer: string | null; agency_name: string }>(
        `SELECT q.code, q.state, q.asker_name, q.channel, q.contact, q.title, q.answer, a.name AS agency_name
           FROM questions q JOIN agency_directory a ON a.id = q.agency_id WHERE q.id = $1`,
        [payload.questionId],
      );
      const question = rows[0];
      if (!question || (payload.kind === 'confirmation' && question.state !== 'unconfirmed')) return;
      const sender = senders[question.channel];
      if (!sender) throw new PermanentDeliveryError(`The ${question.channel} channel is not configured on this installation`);
      const notice =
        payload.kind === 'confirmation'
          ? renderQuestionConfirmation(
              { name: question.asker_name, title: question.title, confirmUrl: `${publicUrl}${QUESTION_CONFIRM_PAGE_PATH}/${vault.open(Buffer.from(payload.sealedToken!, 'base64')).toString('utf8')}` },
              question.channel,
            )
          : renderQuestionAnswer(
              { name: question.asker_name, code: question.code, title: question.title, answer: question.answer!, agencyName: question.agency_name, lookupUrl: `${publicUrl}${QUESTIONS_PAGE_PATH}` },
              question.channel,
            );
      await sender.send(question.contact, notice, `motcua-question-${payload.kind}-${message.id}`);
    },
  };
}
