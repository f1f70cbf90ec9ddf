import { STATE_LABELS, type DossierState, addDays, vietnamInstant } from '@motcua/core';
import { type RegisterRow, listRegister } from '../dossiers/index.js';
import { dossierDeadline } from '../dossiers/index.js';
import { dayOf, timeAndDay } from './format.js';
import { Paper } from './layout.js';
import { type Issuer, type PaperDeps, oneStopIssuer } from './sources.js';

/** Form 07: the register of dossiers (Sổ theo dõi hồ sơ) of a receiving agency for a period. */

export const REGISTER_NAME = 'Sổ theo dõi hồ sơ';

/** States that say something in the notes; the usual course (processing, result ready, returned) does not. */
const NOTEWORTHY: ReadonlySet<DossierState> = new Set(['supplement_requested', 'awaiting_fee', 'suspended', 'withdrawn', 'stopped']);

export interface RegisterLine {
  line: number;
  code: string;
  procedureName: string;
  applicant: string;
  competentAgency: string;
  receivedAt: Date;
  dueAt: Date | null;
  transferredAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  notes: string;
}

export interface RegisterData {
  issuer: Issuer;
  /** First and last day, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  lines: RegisterLine[];
  madeAt: Date;
}

function notesOf(row: RegisterRow, late: boolean): string {
  return [
    NOTEWORTHY.has(row.state) ? STATE_LABELS[row.state].vi : null,
    row.outcome === 'rejected' ? 'Từ chối giải quyết' : null,
    late ? 'Trễ hạn' : null,
    row.extension_count > 0 ? `Gia hạn ${row.extension_count} lần` : null,
    row.supplement_count > 0 ? `Bổ sung ${row.supplement_count} lần` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

export async function registerData(deps: PaperDeps, agencyId: string, from: string, to: string, now: Date): Promise<RegisterData> {
  const start = vietnamInstant(from);
  const [issuer, rows] = await Promise.all([
    oneStopIssuer(deps.db, agencyId),
    listRegister(deps.db, agencyId, start, vietnamInstant(addDays(to, 1))),
  ]);
  return {
    issuer,
    from,
    to,
    madeAt: now,
    lines: rows.map((row) => {
      const deadline = dossierDeadline(deps.calendar, now, row);
      return {
        line: row.line,
        code: row.code,
        procedureName: row.procedure_name,
        applicant: [row.applicant_name, row.applicant_address, row.applicant_phone].filter(Boolean).join('\n'),
        competentAgency: row.competent_agency_name,
        receivedAt: row.received_at,
        dueAt: row.original_due_at ?? row.due_at,
        transferredAt: row.transferred_at,
        finishedAt: row.finished_at,
        returnedAt: row.returned_at,
        notes: notesOf(row, deadline === 'finished_late' || deadline === 'overdue'),
      };
    }),
  };
}

const when = (at: Date | null) => (at ? timeAndDay(at).replace(' ', '\n') : '');

export function renderRegister(data: RegisterData): Promise<Buffer> {
  const period = `Từ ngày ${dayOf(vietnamInstant(data.from))} đến ngày ${dayOf(vietnamInstant(data.to))}`;
  const paper = new Paper({ title: `${REGISTER_NAME} ${period}`, author: data.issuer.agency.name, subject: `${REGISTER_NAME} — ${data.issuer.issuer}`, issuedAt: data.madeAt, landscape: true })
    .heading({ superior: data.issuer.superior, issuer: data.issuer.issuer })
    .title(REGISTER_NAME, [{ text: period }, { text: `(Lập lúc ${timeAndDay(data.madeAt)}; ${data.lines.length} hồ sơ)`, face: 'italic' }])
    .table(
      [
        // Shares in points of the landscape page: the code and the times fit on their lines.
        { title: 'Số thứ tự', share: 30, align: 'center' },
        { title: 'Mã hồ sơ', share: 118 },
        { title: 'Tên thủ tục hành chính', share: 90 },
        { title: 'Tên cá nhân, tổ chức; địa chỉ, số điện thoại', share: 90 },
        { title: 'Cơ quan chủ trì giải quyết', share: 66 },
        { title: 'Nhận hồ sơ', share: 51, align: 'center' },
        { title: 'Hẹn trả kết quả', share: 51, align: 'center' },
        { title: 'Chuyển hồ sơ đến cơ quan giải quyết', share: 51, align: 'center' },
        { title: 'Nhận kết quả từ cơ quan giải quyết', share: 51, align: 'center' },
        { title: 'Trả kết quả cho cá nhân, tổ chức', share: 51, align: 'center' },
        { title: 'Ghi chú', share: 65 },
      ],
      data.lines.map((line) => [
        String(line.line),
        line.code,
        line.procedureName,
        line.applicant,
        line.competentAgency,
        when(line.receivedAt),
        when(line.dueAt),
        when(line.transferredAt),
        when(line.finishedAt),
        when(line.returnedAt),
        line.notes,
      ]),
      { size: 8.5 },
    );
  if (data.lines.length === 0) paper.text('Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này.', { face: 'italic', align: 'center' });
  return paper.finish({ numberPages: true });
}
