import { AGENCY_HEADS, type AgencyKind, type SigningAuthority, authorityLines } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/**
 * The lines of an officer's authority over their signature for an agency (`KT. CHỦ TỊCH`, `PHÓ CHỦ
 * TỊCH`), from their grant there that carries one, the leader's first; none when no grant does.
 */
export async function signingLinesAt(db: Queryable, officerId: string, agency: { id: string; kind: AgencyKind }): Promise<string[] | undefined> {
  const { rows } = await db.query<{ signing_authority: SigningAuthority; signing_position: string }>(
    `SELECT signing_authority, signing_position FROM officer_roles
      WHERE officer_id = $1 AND agency_id = $2 AND signing_authority IS NOT NULL
      ORDER BY role = 'agency_leader' DESC, unit_id IS NULL DESC, role LIMIT 1`,
    [officerId, agency.id],
  );
  const grant = rows[0];
  return grant && authorityLines(AGENCY_HEADS[agency.kind], { authority: grant.signing_authority, position: grant.signing_position });
}
