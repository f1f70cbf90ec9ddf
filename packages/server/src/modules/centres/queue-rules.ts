import { type CallOrderCriterion, DEFAULT_CALLS_BEFORE_NO_SHOW, DEFAULT_CENTRE_TIME_ZONE, readCallOrder } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/** What the queue reads of a centre's settings: its day, its calling rule, its calls before a no-show. */
export interface QueueRules {
  timeZone: string;
  callOrder: readonly CallOrderCriterion[];
  callsBeforeNoShow: number;
}

/** The settings' columns queueRulesOf reads, for a query that joins centre_settings `st`. */
export const QUEUE_RULE_COLUMNS = 'st.time_zone, st.call_order, st.calls_before_no_show';

export interface QueueRuleColumns {
  time_zone: string | null;
  call_order: unknown;
  calls_before_no_show: number | null;
}

/** The rules of a settings row; a centre not yet configured (no row) runs on DOMAIN's defaults. */
export function queueRulesOf(row: QueueRuleColumns | undefined): QueueRules {
  return {
    timeZone: row?.time_zone ?? DEFAULT_CENTRE_TIME_ZONE,
    callOrder: readCallOrder(row?.call_order),
    callsBeforeNoShow: row?.calls_before_no_show ?? DEFAULT_CALLS_BEFORE_NO_SHOW,
  };
}

export async function readQueueRules(db: Queryable, agencyId: string): Promise<QueueRules> {
  const { rows } = await db.query<QueueRuleColumns>(`SELECT ${QUEUE_RULE_COLUMNS} FROM centre_settings st WHERE st.agency_id = $1`, [agencyId]);
  return queueRulesOf(rows[0]);
}
