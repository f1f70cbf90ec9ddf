import type { Queryable } from '../../db/database.js';
import { type OutboxTopic, PermanentDeliveryError } from '../../platform/outbox.js';
import { peerServing } from './peers.js';

/**
 * How a package travels: `POST <peer>/api/exchange/v1/packages` over HTTPS, the package's exact
 * bytes as the body (application/xml), with two headers: the SHA-256 fingerprint of the sending
 * installation's certificate (which registered peer it claims to be) and the detached signature
 * of the body with that certificate's key (ECDSA or RSA with SHA-256, DER, base64). A detached
 * signature over the bytes, rather than one enveloped in the XML, leaves nothing to canonicalise:
 * the receiver verifies the bytes it got before it parses them.
 */
export const PACKAGES_PATH = '/api/exchange/v1/packages';
export const PACKAGE_CONTENT_TYPE = 'application/xml';
export const SIGNATURE_HEADER = 'x-motcua-signature';
export const CERTIFICATE_HEADER = 'x-motcua-certificate-sha256';

const DELIVERY_TIMEOUT_MS = 60_000;

/** A refusal by the peer that sending again cannot change (a bad signature, an unknown sender); overload and timeouts are retried. */
const isFinalRefusal = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

interface OutgoingRow {
  body: Uint8Array;
  signature: string;
  recipient_code: string;
  fingerprint_sha256: string;
}

/**
 * Delivers queued packages to the peer serving their recipient now (an administrator may have
 * moved it since). Delivered at least once; the receiver keeps a package id once, so at-least-once
 * here is exactly-once there.
 */
export function exchangeTopic(db: Queryable): OutboxTopic {
  return {
    async deliver(message) {
      const { rows } = await db.query<OutgoingRow>(
        `SELECT o.body, o.signature, o.recipient_code, i.fingerprint_sha256
           FROM exchange_outgoing_packages o CROSS JOIN exchange_identity i WHERE o.package_id = $1`,
        [message.payload.packageId],
      );
      const outgoing = rows[0];
      if (!outgoing) throw new PermanentDeliveryError(`Exchange package ${String(message.payload.packageId)} is not stored`);
      const peer = await peerServing(db, outgoing.recipient_code);
      if (!peer) throw new PermanentDeliveryError(`No peer installation serves agency ${outgoing.recipient_code}`);
      const response = await fetch(`${peer.baseUrl}${PACKAGES_PATH}`, {
        method: 'POST',
        headers: { 'content-type': PACKAGE_CONTENT_TYPE, [SIGNATURE_HEADER]: outgoing.signature, [CERTIFICATE_HEADER]: outgoing.fingerprint_sha256 },
        body: Buffer.from(outgoing.body),
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      const answer = (await response.text()).slice(0, 500);
      if (!response.ok) {
        const reason = `${peer.name} answered ${response.status}: ${answer}`;
        throw isFinalRefusal(response.status) ? new PermanentDeliveryError(reason) : new Error(reason);
      }
      await db.query('UPDATE exchange_outgoing_packages SET delivered_at = now(), last_error = NULL WHERE package_id = $1', [message.payload.packageId]);
    },
    async giveUp(message, error) {
      await db.query('UPDATE exchange_outgoing_packages SET given_up_at = now(), last_error = $2 WHERE package_id = $1', [message.payload.packageId, error]);
    },
  };
}
