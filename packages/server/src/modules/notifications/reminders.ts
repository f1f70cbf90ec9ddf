import { APPLICANT_REMINDERS, type DossierAction, type DossierState, type NotificationChannel, type WorkCalendar, commentReachesApplicant, dueReminder } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { type PlannedNotification, applicantNotifications } from './service.js';

interface WaitingDossier {
  dossier_id: string;
  state: DossierState;
  lookup_code: string;
  procedure_name: string;
  applicant_type: 'citizen' | 'organisation';
  applicant_name: string;
  applicant_email: string;
  applicant_phone: string;
  receiving_agency_id: string;
  due_at: Date | null;
  event_id: string;
  to_agency_id: string | null;
  action: DossierAction;
  actor_kind: 'officer' | 'applicant' | 'system';
  comment: string;
  comment_for_applicant: boolean;
  data: { missingComponents?: Array<{ name: string; reason: string }>; feeAmountVnd?: number };
  occurred_at: Date;
}

// Written into the query as they are (states, not input): the index of the dossiers waiting for their
// applicant (migration 018) serves a query that names its states, in every plan.
const WAITING_STATES = [...new Set(APPLICANT_REMINDERS.flatMap((rule) => rule.states))];
// No rule waits fewer working days than this, and a working day is never shorter than a calendar day.
const FEWEST_DAYS = Math.min(...APPLICANT_REMINDERS.map((rule) => rule.afterWorkingDays));
const BATCH = 500;

/**
 * Queues the reminders that have fallen due: dossiers still waiting for their applicant some
 * working days after the action that made them wait. The last event of such a dossier is that
 * action (anything later would have moved it on), and a reminder is tied to it, so each is sent
 * once per channel even when several instances run this together. Returns how many were queued.
 */
export async function remindApplicants(db: Queryable, calendar: WorkCalendar, channels: ReadonlySet<NotificationChannel>, now: Date): Promise<number> {
  if (channels.size === 0) return 0;
  const { rows } = await db.query<WaitingDossier>(
    `SELECT d.id AS dossier_id, d.state, d.lookup_code, p.name AS procedure_name, d.applicant_type, d.applicant_name, d.applicant_email,
            d.applicant_phone, d.receiving_agency_id, d.due_at, e.id AS event_id, e.to_agency_id, e.action, e.actor_kind, e.comment,
            e.comment_for_applicant, e.data, e.occurred_at
       FROM dossier_facts d
       JOIN procedure_catalogue p ON p.id = d.procedure_id
       CROSS JOIN LATERAL (SELECT * FROM dossier_event_facts x WHERE x.dossier_id = d.id ORDER BY x.id DESC LIMIT 1) e
      WHERE d.state IN (${WAITING_STATES.map((state) => `'${state}'`).join(', ')}) AND (d.applicant_email <> '' OR d.applicant_phone <> '')
        -- The contact is confirmed (core contactConfirmed): not an anonymous online dossier before its reception.
        AND (d.channel <> 'online' OR d.citizen_id IS NOT NULL OR d.received_at IS NOT NULL)
        AND e.occurred_at <= $1::timestamptz - make_interval(days => $2)
        AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.event_id = e.id AND n.about LIKE 'remind%')
      ORDER BY e.occurred_at LIMIT $3`,
    [now, FEWEST_DAYS, BATCH],
  );
  const planned: Array<PlannedNotification & { dossierId: string; eventId: string }> = rows.flatMap((row) => {
    const rule = dueReminder(row.state, calendar.workingMinutesBetween(row.occurred_at, now), calendar.minutesPerWorkingDay);
    if (!rule) return [];
    const notices = applicantNotifications(channels, { email: row.applicant_email, phone: row.applicant_phone }, {
      action: rule.kind,
      lookupCode: row.lookup_code,
      procedureName: row.procedure_name,
      applicantType: row.applicant_type,
      applicantName: row.applicant_name,
      agencyId: row.to_agency_id ?? row.receiving_agency_id,
      handlerName: '',
      occurredAt: row.occurred_at,
      dueAt: row.due_at,
      // The action the dossier waits since: its reason, or an officer's note only if marked for the applicant.
      reason: commentReachesApplicant({ action: row.action, actorKind: row.actor_kind, markedForApplicant: row.comment_for_applicant }) ? row.comment : '',
      missingComponents: row.data.missingComponents ?? [],
      feeAmountVnd: row.data.feeAmountVnd ?? null,
      returnMethod: null,
    });
    return notices.map((notice) => ({ ...notice, dossierId: row.dossier_id, eventId: row.event_id }));
  });
  if (planned.length === 0) return 0;
  const { rows: queued } = await db.query<{ count: number }>('SELECT queue_notifications($1::jsonb, $2) AS count', [JSON.stringify(planned), now]);
  return queued[0]!.count;
}
