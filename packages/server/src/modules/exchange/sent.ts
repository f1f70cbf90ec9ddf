import { type ExchangePackage, parsePackage } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { AuthenticatedOfficer } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { may } from '../../platform/rule-book.js';
import { sha256Hex } from './sending.js';

interface SentRow {
  package_id: string;
  sender_code: string;
  recipient_code: string;
  recipient_name: string;
  created_at: Date;
  delivered_at: Date | null;
  given_up_at: Date | null;
  last_error: string | null;
  last_status: string | null;
}

/** A package kept here, read again: it was checked when built or received, so it reads. */
function reread<Kind extends ExchangePackage['kind']>(body: Uint8Array, kind: Kind): Extract<ExchangePackage, { kind: Kind }> {
  const reading = parsePackage(body, sha256Hex);
  if (!reading.ok || reading.package.kind !== kind) throw new Error(`A kept exchange package no longer reads as a ${kind} package`);
  return reading.package as Extract<ExchangePackage, { kind: Kind }>;
}

const SENT_DOCUMENT = { vi: 'văn bản điện tử đã gửi', en: 'Sent document package' };

/**
 * What became of a document sent to another installation, for the officers of the agency that sent
 * it: whether it was delivered, every status its recipient sent back in the order they came, and
 * the recalls and updates sent after it.
 */
export async function sentDocumentCourse(db: Queryable, officer: AuthenticatedOfficer, packageId: string) {
  const { rows } = await db.query<SentRow & { agency_id: string | null }>(
    `SELECT o.package_id, o.sender_code, o.recipient_code, o.recipient_name, o.created_at, o.delivered_at, o.given_up_at, o.last_error, o.last_status, a.id AS agency_id
       FROM exchange_outgoing_packages o LEFT JOIN agency_directory a ON a.code = o.sender_code
      WHERE o.package_id = $1 AND o.kind = 'document'`,
    [packageId],
  );
  const sent = rows[0];
  if (!sent?.agency_id || !may(officer, 'see-documents', sent.agency_id)) throw notFound(SENT_DOCUMENT);
  const [statuses, followUps] = await Promise.all([
    db.query<{ package_id: string; body: Uint8Array; received_at: Date }>(
      "SELECT package_id, body, received_at FROM exchange_received_packages WHERE refers_to = $1 AND kind = 'status' ORDER BY received_at, package_id",
      [packageId],
    ),
    db.query<{ package_id: string; body: Uint8Array; created_at: Date; delivered_at: Date | null; given_up_at: Date | null }>(
      "SELECT package_id, body, created_at, delivered_at, given_up_at FROM exchange_outgoing_packages WHERE refers_to = $1 AND kind = 'control' ORDER BY created_at, package_id",
      [packageId],
    ),
  ]);
  return {
    packageId: sent.package_id,
    senderCode: sent.sender_code,
    recipient: { agencyCode: sent.recipient_code, name: sent.recipient_name },
    sentAt: iso(sent.created_at)!,
    deliveredAt: iso(sent.delivered_at),
    givenUpAt: iso(sent.given_up_at),
    lastError: sent.last_error,
    lastStatus: sent.last_status,
    statuses: statuses.rows.map((row) => {
      const status = reread(row.body, 'status');
      return { packageId: row.package_id, status: status.status, reason: status.reason, sentAt: status.header.sentAt.toISOString(), receivedAt: iso(row.received_at)! };
    }),
    followUps: followUps.rows.map((row) => {
      const control = reread(row.body, 'control');
      return { packageId: row.package_id, action: control.action, reason: control.reason, sentAt: iso(row.created_at)!, deliveredAt: iso(row.delivered_at), givenUpAt: iso(row.given_up_at) };
    }),
  };
}
