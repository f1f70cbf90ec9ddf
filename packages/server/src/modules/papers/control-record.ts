import { type DeadlineStatus, type DossierState, classifyDeadline, ruleFor } from '@motcua/core';
import type { DossierEventRow } from '../dossiers/index.js';
import { type StepHistoryRow, stepHistory } from '../dossiers/index.js';
import { timeAndDay } from './format.js';
import type { DossierPaperKind } from './kind.js';
import { type DossierApplicant, applicantOf, openDossierPaper } from './parts.js';
import { type DossierSource, type Issuer, type PaperDeps, RECEPTIONS, agencyIssuer, oneStopIssuer } from './sources.js';

/**
 * Form 06: the process-control record (Phiếu kiểm soát quá trình giải quyết hồ sơ) that follows a
 * received dossier: one line for each time it changed hands, who gave and who took it, when, and
 * whether the step that ended kept its share of the time limit.
 */

const NAME = 'Phiếu kiểm soát quá trình giải quyết hồ sơ';
/** After these the dossier is with the applicant. */
const WITH_APPLICANT: ReadonlySet<DossierState> = new Set(['supplement_requested', 'awaiting_fee', 'withdrawn', 'returned']);

const RESULT_LABELS: Partial<Record<DeadlineStatus, string>> = {
  finished_early: 'Trước hạn',
  finished_on_time: 'Đúng hạn',
  finished_late: 'Trễ hạn',
};

export interface HandOver {
  at: Date;
  giver: string;
  receiver: string;
  result: string;
  note: string;
}

export interface ControlRecordData {
  issuer: Issuer;
  code: string;
  applicant: DossierApplicant;
  procedureName: string;
  competentAgency: string;
  coordinatingAgencies: string[];
  receivedAt: Date;
  dueAt: Date;
  /** The appointment after extensions, when it moved. */
  extendedDueAt: Date | null;
  handOvers: HandOver[];
  issuedAt: Date;
}

const lines = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join('\n');

/** The visit of a step the dossier was at when an event happened. */
function visitAt(steps: StepHistoryRow[], stepIndex: number | null, at: Date): StepHistoryRow | undefined {
  if (stepIndex === null) return undefined;
  return steps.findLast((step) => step.step_index === stepIndex && step.started_at.getTime() <= at.getTime());
}

export async function controlRecordData(deps: PaperDeps, source: DossierSource): Promise<ControlRecordData> {
  const { dossier, definition, events } = source;
  const [issuer, steps, competent] = await Promise.all([
    oneStopIssuer(deps.db, dossier.receiving_agency_id),
    stepHistory(deps.db, dossier.id),
    agencyIssuer(deps.db, dossier.competent_agency_id),
  ]);
  const oneStop = (person: string | null = null) => lines(issuer.issuer, issuer.issuer === issuer.agency.name ? null : issuer.agency.name, person);
  const applicant = `Người nộp hồ sơ:\n${dossier.applicant_name}`;
  /** Who holds the dossier at a step, or at the one-stop section outside the process. */
  const atStep = (step: StepHistoryRow | undefined, person: string | null) => (step ? lines(step.agency_name, step.unit_name, person) : oneStop(person));
  const classify = (dueAt: Date, finishedAt: Date) => RESULT_LABELS[classifyDeadline({ dueAt, finishedAt, now: finishedAt, calendar: deps.calendar })] ?? '';

  const fromReception = events.slice(Math.max(0, events.findIndex((event) => RECEPTIONS.includes(event.action))));
  const handOver = (event: DossierEventRow): HandOver => {
    const at = event.occurred_at;
    const before = visitAt(steps, event.from_step_index, at);
    const after = visitAt(steps, event.to_step_index, at);
    // A step ends when the dossier leaves it: its own deadline says whether it kept its share.
    const ended = before && before.finished_at?.getTime() === at.getTime() ? before : undefined;
    const rule = ruleFor(event.action);
    const toApplicant = WITH_APPLICANT.has(event.to_state);
    const officer = event.actor_kind === 'officer' ? event.actor_name : null;
    // The applicant gives when handing something in (a supplement); the one-stop section when the
    // action is the counter's (reception, fees, return); otherwise the step the dossier leaves.
    const giver =
      event.actor_kind === 'applicant' && !toApplicant ? applicant : rule.scope === 'receiving_agency' ? oneStop(officer) : atStep(before, officer);
    const receiver = toApplicant ? applicant : event.to_step_index === null ? oneStop() : atStep(after, after?.assignee_name ?? null);
    const result = ended
      ? classify(ended.due_at, at)
      : event.action === 'return_result' && dossier.finished_at
        ? classify(dossier.original_due_at ?? dossier.due_at!, dossier.finished_at)
        : '';
    return { at, giver, receiver, result, note: lines(rule.label.vi, event.comment) };
  };

  const dueAt = dossier.original_due_at ?? dossier.due_at!;
  return {
    issuer,
    code: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: definition.name,
    competentAgency: competent.agency.name,
    coordinatingAgencies: [...new Set(steps.filter((step) => step.agency_id !== dossier.competent_agency_id).map((step) => step.agency_name))],
    receivedAt: dossier.received_at!,
    dueAt,
    extendedDueAt: dossier.due_at && dossier.due_at.getTime() !== dueAt.getTime() && dossier.extension_count > 0 ? dossier.due_at : null,
    handOvers: fromReception.map(handOver),
    issuedAt: events.at(-1)!.occurred_at,
  };
}

export function renderControlRecord(data: ControlRecordData): Promise<Buffer> {
  const paper = openDossierPaper(NAME, { issuer: data.issuer, code: data.code, procedureName: data.procedureName, issuedAt: data.issuedAt, headedAt: data.receivedAt })
    .field('Cơ quan giải quyết hồ sơ', data.competentAgency)
    .field('Cơ quan phối hợp giải quyết', data.coordinatingAgencies.join('; '))
    .field('Tên thủ tục hành chính', data.procedureName)
    .field('Người nộp hồ sơ', data.applicant.name, { strong: true })
    .field('Địa chỉ', data.applicant.address)
    .field('Số điện thoại', data.applicant.phone)
    .field('Thời gian nhận hồ sơ', timeAndDay(data.receivedAt), { strong: true })
    .field('Thời gian hẹn trả kết quả', timeAndDay(data.dueAt), { strong: true });
  if (data.extendedDueAt) paper.field('Gia hạn đến', timeAndDay(data.extendedDueAt), { strong: true });
  return paper
    .space(6)
    .table(
      [
        // Shares in points of the page: a time, a date and "Trước hạn" each fit on a line.
        { title: 'STT', share: 28, align: 'center' },
        { title: 'Thời gian giao, nhận', share: 62, align: 'center' },
        { title: 'Bên giao', share: 120 },
        { title: 'Bên nhận', share: 120 },
        { title: 'Kết quả', share: 60, align: 'center' },
        { title: 'Ghi chú', share: 78 },
      ],
      data.handOvers.map((row, index) => [String(index + 1), timeAndDay(row.at).replace(' ', '\n'), row.giver, row.receiver, row.result, row.note]),
      { size: 9.5 },
    )
    .text('Kết quả: trước hạn, đúng hạn hoặc trễ hạn so với thời hạn của bước xử lý được giao; với lần trả kết quả, so với thời hạn giải quyết hồ sơ.', {
      face: 'italic',
      size: 10,
    })
    .finish({ numberPages: true });
}

export const CONTROL_RECORD: DossierPaperKind = {
  name: { vi: NAME, en: 'Process-control record' },
  absent: { vi: 'Hồ sơ chưa được tiếp nhận nên chưa có phiếu kiểm soát.', en: 'The dossier has not been received, so it has no process-control record.' },
  applies: ({ dossier }) => dossier.received_at !== null,
  produce: async (deps, source) => renderControlRecord(await controlRecordData(deps, source)),
};
