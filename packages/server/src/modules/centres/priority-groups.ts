import { PRIORITY_GROUP_CODE } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';

/** A group served first at any counter open to priority (DOMAIN's list, kept as data). */
export interface PriorityGroup {
  code: string;
  name: string;
  nameEn: string;
  active: boolean;
}

/** The groups in the order the kiosk offers them; only the active ones unless asked. */
export async function listPriorityGroups(db: Queryable, options: { includeInactive?: boolean } = {}): Promise<PriorityGroup[]> {
  const { rows } = await db.query<PriorityGroup>(
    'SELECT code, name, name_en AS "nameEn", active FROM priority_groups WHERE active OR $1 ORDER BY position, code',
    [options.includeInactive ?? false],
  );
  return rows;
}

/**
 * Sets the installation's priority groups to this list, in this order. A group left out is made
 * inactive, not deleted: tickets and bookings of the past still name it.
 */
export async function savePriorityGroups(db: Database, actor: Actor, groups: readonly PriorityGroup[]): Promise<PriorityGroup[]> {
  groups.forEach((group, index) => {
    if (!PRIORITY_GROUP_CODE.test(group.code)) {
      throw new AppError(400, 'invalid_priority_group_code', `Mã nhóm ưu tiên "${group.code}" phải gồm chữ thường không dấu và dấu gạch dưới, ví dụ nguoi_cao_tuoi.`, `Priority group code "${group.code}" must be lower-case letters and underscores, e.g. elderly.`, `groups.${index}.code`);
    }
    if (groups.findIndex((other) => other.code === group.code) !== index) {
      throw new AppError(400, 'duplicate_priority_group', `Nhóm ưu tiên "${group.code}" có hai lần trong danh sách.`, `Priority group "${group.code}" is listed twice.`, `groups.${index}.code`);
    }
  });
  return db.transaction(async (tx) => {
    const before = await listPriorityGroups(tx, { includeInactive: true });
    await tx.query('UPDATE priority_groups SET active = false WHERE NOT (code = ANY($1))', [groups.map((group) => group.code)]);
    for (const [position, group] of groups.entries()) {
      await tx.query(
        `INSERT INTO priority_groups (code, name, name_en, position, active) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en, position = EXCLUDED.position, active = EXCLUDED.active`,
        [group.code, group.name.normalize('NFC').trim(), group.nameEn.normalize('NFC').trim(), position + 1, group.active],
      );
    }
    await appendAudit(tx, actor, { action: 'centre.priority_groups', entityType: 'priority_groups', details: { groups, before } });
    return listPriorityGroups(tx, { includeInactive: true });
  });
}
