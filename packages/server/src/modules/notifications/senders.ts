import type { NotificationChannel, RenderedNotice } from '@motcua/core';
import nodemailer from 'nodemailer';
import type { MailConfig, SmsConfig } from '../../config.js';
import { PermanentDeliveryError } from '../../platform/outbox.js';

/**
 * One way of reaching applicants. `reference` is ours and the same on every attempt, so that a
 * provider can drop a repeat; `send` resolves with the provider's own reference.
 */
export interface NotificationSender {
  send(recipient: string, notice: RenderedNotice, reference: string): Promise<string>;
  close(): void;
}

export type Senders = Partial<Record<NotificationChannel, NotificationSender>>;

/** SMTP answers 5xx for what will never go through (unknown mailbox, refused sender); 4xx and lost connections pass. */
function smtpSender(config: MailConfig): NotificationSender {
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(recipient, notice, reference) {
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: recipient,
          subject: notice.subject,
          text: notice.text,
          attachments: notice.attachments?.map(({ filename, contentType, content }) => ({ filename, contentType, content: typeof content === 'string' ? content : Buffer.from(content) })),
          headers: { 'X-MotCua-Notification': reference },
        });
        return info.messageId;
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        if (code !== undefined && code >= 500) throw new PermanentDeliveryError(`SMTP ${code}: ${(error as Error).message}`);
        throw error;
      }
    },
    close: () => transport.close(),
  };
}

const SMS_TIMEOUT_MS = 15_000;

/**
 * The SMS carrier behind one HTTP contract (README, "SMS"): `POST <url>` with a bearer token and
 * `{ to: "84912345678", text, sender, reference }`; 2xx with `{ id }` means accepted. A 4xx other
 * than 408 and 429 is the carrier refusing this message for good (a wrong number, a text it will
 * not carry); anything else is worth another try.
 */
function httpSmsSender(config: SmsConfig): NotificationSender {
  return {
    async send(recipient, notice, reference) {
      const response = await fetch(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.token}` },
        body: JSON.stringify({ to: `84${recipient.slice(1)}`, text: notice.text, sender: config.sender, reference }),
        signal: AbortSignal.timeout(SMS_TIMEOUT_MS),
      });
      const body = await response.text();
      if (response.ok) return String((JSON.parse(body || '{}') as { id?: unknown }).id ?? '');
      const failure = `SMS gateway ${response.status}: ${body.slice(0, 300)}`;
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) throw new PermanentDeliveryError(failure);
      throw new Error(failure);
    },
    close: () => undefined,
  };
}

/** The channels this installation is configured for. */
export function createSenders(config: { mail: MailConfig | undefined; sms: SmsConfig | undefined }): Senders {
  return { ...(config.mail && { email: smtpSender(config.mail) }), ...(config.sms && { sms: httpSmsSender(config.sms) }) };
}
