import { outboxTopicsFor } from '../../src/app.js';
import { createSenders } from '../../src/modules/notifications/senders.js';
import { DEFAULT_OUTBOX_POLICY, drainOutbox } from '../../src/platform/outbox.js';
import { type TestApp, startTestApp } from './app.js';
import type { Engine } from './engines.js';
import { type Mailbox, startMailbox } from './mailbox.js';
import { type SmsGatewayDouble, startSmsGateway } from './sms-gateway.js';

/** A test app that sends its notices for real: to an SMTP server and an SMS carrier in this process. */
export interface MessagingApp {
  t: TestApp;
  mailbox: Mailbox;
  carrier: SmsGatewayDouble;
  /** The outbox worker's round, as the background job runs it. */
  drain(): Promise<number>;
  close(): Promise<void>;
}

export async function startMessagingApp(engine: Engine, at: Date): Promise<MessagingApp> {
  const [mailbox, carrier] = await Promise.all([startMailbox(), startSmsGateway()]);
  const t = await startTestApp(engine, {
    at,
    config: {
      mail: { smtpUrl: mailbox.url, from: 'Một cửa xã Hòa Bình <motcua@hoabinh.example.vn>' },
      sms: { url: carrier.url, token: 'carrier-secret', sender: 'UBNDHOABINH', inboundToken: 'inbound-secret' },
    },
  });
  const senders = createSenders(t.config);
  return {
    t,
    mailbox,
    carrier,
    drain: () => drainOutbox(t.db, outboxTopicsFor(t.db, senders, t.config), DEFAULT_OUTBOX_POLICY),
    async close() {
      await t.close();
      await Promise.all([mailbox.close(), carrier.close()]);
    },
  };
}
