import { X509Certificate } from 'node:crypto';
import { isAgencyCode } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { certificateFingerprint } from './identity.js';

/** A peer installation as an administrator registers it: where it listens, the certificate its packages are signed with, the agency codes it serves. */
export interface PeerInput {
  name: string;
  baseUrl: string;
  certificatePem: string;
  agencyCodes: string[];
}

export interface Peer {
  id: string;
  name: string;
  baseUrl: string;
  certificatePem: string;
  fingerprintSha256: string;
  agencyCodes: string[];
  createdAt: string;
  updatedAt: string;
}

interface PeerRow {
  id: string;
  name: string;
  base_url: string;
  certificate_pem: string;
  fingerprint_sha256: string;
  agency_codes: string[];
  created_at: Date;
  updated_at: Date;
}

const PEER_COLUMNS = `p.id, p.name, p.base_url, p.certificate_pem, p.fingerprint_sha256, p.created_at, p.updated_at,
  coalesce((SELECT array_agg(a.agency_code ORDER BY a.agency_code) FROM exchange_peer_agencies a WHERE a.peer_id = p.id), '{}') AS agency_codes`;

const toPeer = (row: PeerRow): Peer => ({
  id: row.id,
  name: row.name,
  baseUrl: row.base_url,
  certificatePem: row.certificate_pem,
  fingerprintSha256: row.fingerprint_sha256,
  agencyCodes: row.agency_codes,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** HTTPS, or plain HTTP to this machine (two installations side by side, tests); no path, query or credentials. */
function checkedBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('baseUrl', 'Địa chỉ hệ thống ngang hàng không hợp lệ.', 'The peer’s base URL is not a valid URL.');
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure || url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw invalid(
      'baseUrl',
      'Địa chỉ hệ thống ngang hàng phải là https://tên-miền (không đường dẫn, không tham số); http chỉ dùng cho máy cục bộ.',
      'The peer’s base URL must be https://host (no path or query); plain http only for this machine.',
    );
  }
  return url.origin;
}

function checkedCertificate(pem: string): { pem: string; fingerprint: string } {
  try {
    const certificate = new X509Certificate(pem);
    return { pem: certificate.toString(), fingerprint: certificateFingerprint(certificate) };
  } catch {
    throw invalid('certificatePem', 'Chứng thư số của hệ thống ngang hàng không đọc được (cần định dạng PEM).', 'The peer’s certificate cannot be read (PEM expected).');
  }
}

async function checkedAgencyCodes(db: Queryable, codes: readonly string[], peerId: string | null): Promise<string[]> {
  const unique = [...new Set(codes)].sort();
  const bad = unique.find((code) => !isAgencyCode(code));
  if (bad) throw invalid('agencyCodes', `Mã định danh cơ quan "${bad}" không đúng dạng ddd.dd.dd.Xdd.`, `Agency code "${bad}" is not of the form ddd.dd.dd.Xdd.`);
  const { rows: own } = await db.query<{ code: string }>('SELECT code FROM agency_directory WHERE code = ANY($1::text[])', [unique]);
  if (own[0]) {
    throw new AppError(409, 'exchange_agency_code_is_ours', `Cơ quan ${own[0].code} thuộc chính hệ thống này.`, `Agency ${own[0].code} belongs to this installation.`, 'agencyCodes');
  }
  const { rows: taken } = await db.query<{ agency_code: string; name: string }>(
    `SELECT a.agency_code, p.name FROM exchange_peer_agencies a JOIN exchange_peers p ON p.id = a.peer_id
      WHERE a.agency_code = ANY($1::text[]) AND a.peer_id IS DISTINCT FROM $2::uuid`,
    [unique, peerId],
  );
  if (taken[0]) {
    throw new AppError(
      409,
      'exchange_agency_code_taken',
      `Cơ quan ${taken[0].agency_code} đã thuộc hệ thống ngang hàng "${taken[0].name}".`,
      `Agency ${taken[0].agency_code} is already served by peer "${taken[0].name}".`,
      'agencyCodes',
    );
  }
  return unique;
}

const peerTaken = () =>
  new AppError(409, 'exchange_peer_certificate_taken', 'Chứng thư số này đã được đăng ký cho một hệ thống ngang hàng khác.', 'This certificate is already registered for another peer.', 'certificatePem');

async function findPeerRow(db: Queryable, where: string, value: string): Promise<Peer | undefined> {
  const { rows } = await db.query<PeerRow>(`SELECT ${PEER_COLUMNS} FROM exchange_peers p WHERE ${where} = $1`, [value]);
  return rows[0] && toPeer(rows[0]);
}

export const findPeer = (db: Queryable, id: string) => findPeerRow(db, 'p.id', id);
export const findPeerByFingerprint = (db: Queryable, fingerprint: string) => findPeerRow(db, 'p.fingerprint_sha256', fingerprint);

/** The peer serving an agency code, to which packages for it go. */
export async function peerServing(db: Queryable, agencyCode: string): Promise<Peer | undefined> {
  const { rows } = await db.query<PeerRow>(`SELECT ${PEER_COLUMNS} FROM exchange_peers p JOIN exchange_peer_agencies s ON s.peer_id = p.id WHERE s.agency_code = $1`, [agencyCode]);
  return rows[0] && toPeer(rows[0]);
}

export async function listPeers(db: Queryable): Promise<Peer[]> {
  const { rows } = await db.query<PeerRow>(`SELECT ${PEER_COLUMNS} FROM exchange_peers p ORDER BY p.name, p.id`);
  return rows.map(toPeer);
}

const PEER_NOT_FOUND = { vi: 'hệ thống ngang hàng', en: 'Peer installation' };

async function savePeer(db: Database, actor: Actor, peerId: string | null, input: PeerInput): Promise<Peer> {
  const baseUrl = checkedBaseUrl(input.baseUrl);
  const certificate = checkedCertificate(input.certificatePem);
  return db.transaction(async (tx) => {
    const agencyCodes = await checkedAgencyCodes(tx, input.agencyCodes, peerId);
    const other = await findPeerByFingerprint(tx, certificate.fingerprint);
    if (other && other.id !== peerId) throw peerTaken();
    const { rows } = peerId
      ? await tx.query<{ id: string }>(
          'UPDATE exchange_peers SET name = $2, base_url = $3, certificate_pem = $4, fingerprint_sha256 = $5, updated_at = now() WHERE id = $1 RETURNING id',
          [peerId, input.name, baseUrl, certificate.pem, certificate.fingerprint],
        )
      : await tx.query<{ id: string }>('INSERT INTO exchange_peers (name, base_url, certificate_pem, fingerprint_sha256) VALUES ($1, $2, $3, $4) RETURNING id', [
          input.name,
          baseUrl,
          certificate.pem,
          certificate.fingerprint,
        ]);
    if (!rows[0]) throw notFound(PEER_NOT_FOUND);
    const id = rows[0].id;
    await tx.query('DELETE FROM exchange_peer_agencies WHERE peer_id = $1', [id]);
    await tx.query('INSERT INTO exchange_peer_agencies (agency_code, peer_id) SELECT unnest($1::text[]), $2', [agencyCodes, id]);
    await appendAudit(tx, actor, {
      action: peerId ? 'exchange.peer_updated' : 'exchange.peer_registered',
      entityType: 'exchange_peer',
      entityId: id,
      details: { name: input.name, baseUrl, fingerprintSha256: certificate.fingerprint, agencyCodes },
    });
    return (await findPeer(tx, id))!;
  });
}

export const registerPeer = (db: Database, actor: Actor, input: PeerInput) => savePeer(db, actor, null, input);
export const updatePeer = (db: Database, actor: Actor, peerId: string, input: PeerInput) => savePeer(db, actor, peerId, input);

/** Packages already queued for its agencies are given up when their turn comes: there is nowhere to send them. */
export async function removePeer(db: Database, actor: Actor, peerId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ name: string }>('DELETE FROM exchange_peers WHERE id = $1 RETURNING name', [peerId]);
    if (!rows[0]) throw notFound(PEER_NOT_FOUND);
    await appendAudit(tx, actor, { action: 'exchange.peer_removed', entityType: 'exchange_peer', entityId: peerId, details: { name: rows[0].name } });
  });
}
