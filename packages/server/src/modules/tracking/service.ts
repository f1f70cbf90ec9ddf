import { maskApplicantName } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { notFound } from '../../platform/errors.js';
import { DOSSIER, deliveryView, findDossier, findDossierForTracking, listEvents } from '../dossiers/index.js';
import { dossierDeadline, stateView, stepTiming } from '../dossiers/index.js';
import { iso } from '../../platform/instants.js';

/**
 * What anyone holding a dossier code may see: progress, dates and where the dossier is. The
 * applicant, if a person, appears only as a masked name, and officers' names are left out.
 */
export async function trackDossier(ctx: AppContext, code: string) {
  const dossier = await findDossierForTracking(ctx.db, code);
  if (!dossier) {
    throw notFound({ vi: `hồ sơ có mã ${code}. Vui lòng kiểm tra lại mã trên giấy tiếp nhận`, en: DOSSIER.en });
  }
  const calendar = await ctx.calendar.current();
  const now = ctx.now();
  const steps = dossier.steps.map((step) => ({
    ...step,
    started_at: new Date(step.started_at),
    due_at: new Date(step.due_at),
    finished_at: step.finished_at ? new Date(step.finished_at) : null,
  }));
  const current = steps.find((step) => step.finished_at === null);
  // Once the result is ready: where, when and what to bring, or the postal tracking number (never the address).
  const ready = dossier.state === 'result_ready' || dossier.state === 'returned';
  const full = ready ? await findDossier(ctx.db, code) : undefined;
  const delivery = full ? await deliveryView(ctx.db, full, await listEvents(ctx.db, full.id), 'public') : null;
  return {
    code: dossier.code,
    procedure: { code: dossier.procedure_code, name: dossier.procedure_name },
    applicantName: maskApplicantName({ type: dossier.applicant_type, name: dossier.applicant_name }),
    status: stateView(dossier.state),
    channel: dossier.channel,
    receivingAgency: dossier.receiving_agency_name,
    assistance: dossier.assistance,
    submittedAt: iso(dossier.submitted_at)!,
    receivedAt: iso(dossier.received_at),
    appointmentAt: iso(dossier.due_at),
    finishedAt: iso(dossier.finished_at),
    returnedAt: iso(dossier.returned_at),
    delivery,
    deadlineStatus: dossierDeadline(calendar, now, dossier),
    currentStep: current ? { name: current.name, agency: current.agency_name, unit: current.unit_name, dueAt: iso(current.due_at)! } : null,
    steps: steps.map((step) => ({
      name: step.name,
      agency: step.agency_name,
      unit: step.unit_name,
      ...stepTiming(calendar, now, step, dossier.clock_paused_at),
    })),
  };
}
