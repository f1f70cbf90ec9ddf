import {
  CLOCK_STOPPED_STATES,
  NATIONAL_STATUS,
  STATE_LABELS,
  type DeadlineStatus,
  type DossierState,
  type WorkCalendar,
  classifyDeadline,
} from '@motcua/core';
import { iso } from '../../platform/instants.js';
import type { Queryable } from '../../db/database.js';
import type { DossierRow } from './repo.js';

/** Who helped submit a dossier for the citizen present (the assistance module's view): their name and point only; null when nobody did. */
export async function assistanceOf(db: Queryable, dossierId: string): Promise<{ helperName: string; pointName: string } | null> {
  const assisted = await assistanceFacts(db, dossierId);
  return assisted && { helperName: assisted.helperName, pointName: assisted.pointName };
}

/** The same for officers, with how the citizen consented (a code sent to their phone, or a signed consent scanned) and when. */
export async function assistanceFacts(db: Queryable, dossierId: string) {
  const { rows } = await db.query<{ helper_name: string; point_name: string; consent_kind: 'code' | 'scan'; consented_at: Date }>(
    'SELECT helper_name, point_name, consent_kind, consented_at FROM dossier_assistance_facts WHERE dossier_id = $1',
    [dossierId],
  );
  const row = rows[0];
  return row ? { helperName: row.helper_name, pointName: row.point_name, consent: row.consent_kind, consentedAt: iso(row.consented_at)! } : null;
}

/** Who applied, as the dossier records them: the same on the officer's and the citizen's pages and on the papers. */
export interface DossierApplicant {
  type: DossierRow['applicant_type'];
  name: string;
  idNumber: string;
  address: string;
  phone: string;
  email: string;
}

export function applicantOf(dossier: DossierRow): DossierApplicant {
  return {
    type: dossier.applicant_type,
    name: dossier.applicant_name,
    idNumber: dossier.applicant_id_number,
    address: dossier.applicant_address,
    phone: dossier.applicant_phone,
    email: dossier.applicant_email,
  };
}

/**
 * On time or not, for a dossier or a step. A finished one is judged against the statutory
 * deadline (an extension does not make a late dossier on time); a running one against the
 * current appointment, frozen while the clock is stopped.
 */
function deadlineOf(
  calendar: WorkCalendar,
  now: Date,
  at: { dueAt: Date | null; originalDueAt?: Date | null; finishedAt: Date | null; pausedAt?: Date | null },
): DeadlineStatus | null {
  if (!at.dueAt) return null;
  if (at.finishedAt) return classifyDeadline({ dueAt: at.originalDueAt ?? at.dueAt, finishedAt: at.finishedAt, now, calendar });
  return classifyDeadline({ dueAt: at.dueAt, finishedAt: null, now: at.pausedAt ?? now, calendar });
}

/** A dossier's deadline status from its own columns. */
export function dossierDeadline(
  calendar: WorkCalendar,
  now: Date,
  dossier: { due_at: Date | null; original_due_at: Date | null; finished_at: Date | null; clock_paused_at: Date | null },
): DeadlineStatus | null {
  return deadlineOf(calendar, now, {
    dueAt: dossier.due_at,
    originalDueAt: dossier.original_due_at,
    finishedAt: dossier.finished_at,
    pausedAt: dossier.clock_paused_at,
  });
}

/** When a step started, was due and finished, and whether it kept its share of the time limit. */
export function stepTiming(
  calendar: WorkCalendar,
  now: Date,
  step: { started_at: Date; due_at: Date; finished_at: Date | null },
  dossierPausedAt: Date | null,
) {
  return {
    startedAt: iso(step.started_at)!,
    dueAt: iso(step.due_at)!,
    finishedAt: iso(step.finished_at),
    deadlineStatus: deadlineOf(calendar, now, { dueAt: step.due_at, finishedAt: step.finished_at, pausedAt: dossierPausedAt }),
  };
}

export function stateView(state: DossierState) {
  return { state, label: STATE_LABELS[state].vi, labelEn: STATE_LABELS[state].en, nationalStatus: NATIONAL_STATUS[state], clockStopped: CLOCK_STOPPED_STATES.has(state) };
}

export interface StepHistoryRow {
  step_index: number;
  step_code: string;
  name: string;
  role: string;
  agency_id: string;
  agency_name: string;
  unit_name: string | null;
  assignee_name: string | null;
  finished_by_name: string | null;
  started_at: Date;
  due_at: Date;
  finished_at: Date | null;
}

export async function stepHistory(db: Queryable, dossierId: string): Promise<StepHistoryRow[]> {
  const { rows } = await db.query<StepHistoryRow>(
    `SELECT s.step_index, s.step_code, s.name, s.role, s.agency_id, a.name AS agency_name, u.name AS unit_name,
            assignee.full_name AS assignee_name, finisher.full_name AS finished_by_name, s.started_at, s.due_at, s.finished_at
       FROM dossier_steps s
       JOIN agency_directory a ON a.id = s.agency_id
       LEFT JOIN unit_directory u ON u.id = s.unit_id
       LEFT JOIN officer_directory assignee ON assignee.id = s.assignee_id
       LEFT JOIN officer_directory finisher ON finisher.id = s.finished_by
      WHERE s.dossier_id = $1 ORDER BY s.visit`,
    [dossierId],
  );
  return rows;
}
