import { randomBytes } from 'node:crypto';
import { exchangeAttachment } from '@motcua/core';
import { sendDocumentPackage } from '../src/modules/exchange/index.js';
import { ENGINES } from '../test/support/engines.js';
import { registerPeer, sampleLetter, sha256, startInstallation } from '../test/support/installations.js';

/**
 * `npm run bench`: how long a document takes from the commit of `sendDocumentPackage` at one
 * installation to being kept by another on loopback (build and signature are in the commit; the
 * outbox delivery, the receiver's verification, parsing and storing after it). Drained at once:
 * a running installation's outbox worker adds up to its 1 s poll. The sender is on the embedded
 * database, the receiver on PostgreSQL when TEST_DATABASE_URL is set.
 */
const SENDS = Number(process.env.BENCH_EXCHANGE_SENDS ?? 50);
const ATTACHMENT_BYTES = 200 * 1024;

const [senderEngine, receiverEngine] = [ENGINES[0]!, ENGINES[ENGINES.length - 1]!];
const sender = await startInstallation(senderEngine, { code: '000.00.00.H29', name: 'Ủy ban nhân dân tỉnh Hà Tĩnh' });
const receiver = await startInstallation(receiverEngine, { code: '000.00.00.G01', name: 'Bộ Nội vụ' });
try {
  for (const [at, peer] of [
    [sender, receiver],
    [receiver, sender],
  ] as const) {
    const response = await registerPeer(at, peer);
    if (response.statusCode !== 201) throw new Error(`registering a peer: ${response.statusCode} ${response.body}`);
  }
  const document = sampleLetter({ attachments: [exchangeAttachment('Công văn.pdf', 'application/pdf', randomBytes(ATTACHMENT_BYTES), sha256)] });
  const timings: number[] = [];
  for (let index = 0; index < SENDS; index++) {
    const { packageId } = await sender.db.transaction((tx) =>
      sendDocumentPackage(tx, sender.exchange, {
        actor: { kind: 'system', ip: '127.0.0.1' },
        senderAgencyCode: '000.00.00.H29',
        recipient: { agencyCode: '000.00.00.G01', name: 'Bộ Nội vụ' },
        document,
      }),
    );
    const committed = performance.now();
    await sender.drain();
    const elapsed = performance.now() - committed;
    const { rows } = await receiver.db.query('SELECT 1 FROM exchange_received_packages WHERE package_id = $1', [packageId]);
    if (!rows[0]) throw new Error(`package ${packageId} did not arrive`);
    timings.push(elapsed);
    // The receiver's arrival statuses go back as they would, so that both outboxes stay as small as in use.
    await receiver.drain();
  }
  timings.sort((x, y) => x - y);
  const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]!.toFixed(1);
  console.log(
    `Exchange, commit of sendDocumentPackage → kept by the other installation (${senderEngine.name} → ${receiverEngine.name}, loopback, ${ATTACHMENT_BYTES / 1024} KB file, ${SENDS} sends): ` +
      `median ${at(0.5)} ms, p95 ${at(0.95)} ms`,
  );
} finally {
  await Promise.all([sender.close(), receiver.close()]);
}
