import { type CallOrderCriterion, DEFAULT_CALLS_BEFORE_NO_SHOW, DEFAULT_CENTRE_TIME_ZONE, readCallOrder } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/** What the queue reads of a centre's settings: its day, its calling rule, its calls before a no-show. */
export interface QueueRules {
  timeZone: string;
  callOrder: readonly CallOrderCriterion[];
  callsBeforeNoShow: number;
}

/** The centre's queue rules; a centre not yet configured runs on DOMAIN's defaults. */
export async function readQueueRules(db: Queryable, agencyId: string): Promise<QueueRules> {
  const { rows } = await db.query<{ time_zone: string; call_order: unknown; calls_before_no_show: number }>(
    'SELECT time_zone, call_order, calls_before_no_show FROM centre_settings WHERE agency_id = $1',
    [agencyId],
  );
  const row = rows[0];
  if (!row) return { timeZone: DEFAULT_CENTRE_TIME_ZONE, callOrder: readCallOrder(undefined), callsBeforeNoShow: DEFAULT_CALLS_BEFORE_NO_SHOW };
  return { timeZone: row.time_zone, callOrder: readCallOrder(row.call_order), callsBeforeNoShow: row.calls_before_no_show };
}
