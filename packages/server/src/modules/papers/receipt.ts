import { COMPONENT_FORM_LABELS, type ComponentForm, amountInFigures, dossierTrackingPath } from '@motcua/core';
import { findAgency } from '../agencies/index.js';
import type { ReceivedComponent } from '../dossiers/index.js';
import { compactStamp, timeAndDay, workingDays, yearOf } from './format.js';
import type { DossierPaperKind } from './kind.js';
import { Paper } from './layout.js';
import { type DossierApplicant, SIGN_NOTE, applicantOf, headingOf, writeApplicant } from './parts.js';
import { type DossierSource, type Issuer, type PaperDeps, RECEPTIONS, lastEvent, oneStopIssuer } from './sources.js';

/** Form 01: the receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */

const RECEIPT_NAME = 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả';
const ISSUING_SYSTEM = 'MotCua';

/** The two copies: one for the applicant, one kept with the process-control record. */
export type ReceiptCopy = 'applicant' | 'record';
const COPY_LINES: Record<ReceiptCopy, string> = {
  applicant: '(Liên 1: Giao người nộp hồ sơ)',
  record: '(Liên 2: Lưu kèm Phiếu kiểm soát quá trình giải quyết hồ sơ)',
};

export interface ReceiptData {
  issuer: Issuer;
  code: string;
  lookupCode: string;
  procedure: { code: string; name: string };
  applicant: DossierApplicant;
  summary: string;
  components: ReceivedComponent[];
  processingDays: number;
  receivedAt: Date;
  dueAt: Date;
  /** The line of the dossier in the register (form 07), one volume a year. */
  register: { year: string; line: number };
  officerName: string;
  trackingUrl: string;
  /** The body that decides the dossier, when it is not the agency that received it (Decree 118/2025: received anywhere in the province). */
  decidedBy?: string | undefined;
  /** How the applicant chose to receive the result (at the counter when absent). */
  delivery?: { method: 'in_person' | 'post' | 'electronic'; address: string | null; postalFeeVnd: number | null } | undefined;
}

export async function receiptData(deps: PaperDeps, source: DossierSource): Promise<ReceiptData> {
  const { dossier, definition } = source;
  const receivedAt = dossier.received_at!;
  const issuer = await oneStopIssuer(deps.db, dossier.receiving_agency_id);
  const competent = dossier.competent_agency_id === dossier.receiving_agency_id ? undefined : await findAgency(deps.db, dossier.competent_agency_id);
  return {
    decidedBy: competent?.name,
    issuer,
    code: dossier.code,
    lookupCode: dossier.lookup_code,
    procedure: { code: definition.code, name: definition.name },
    applicant: applicantOf(dossier),
    summary: dossier.summary,
    components: dossier.components,
    processingDays: definition.processingDays,
    receivedAt,
    // The appointment given at reception; an extension is announced by its own paper (form 04).
    dueAt: dossier.original_due_at ?? dossier.due_at!,
    register: { year: yearOf(receivedAt), line: dossier.register_line! },
    officerName: lastEvent(source, RECEPTIONS)?.actor_name ?? '',
    trackingUrl: `${deps.publicUrl}${dossierTrackingPath(dossier.code)}`,
    delivery: {
      method: dossier.delivery_method ?? 'in_person',
      address: dossier.delivery_address,
      postalFeeVnd: dossier.delivery_postal_fee_vnd === null ? null : Number(dossier.delivery_postal_fee_vnd),
    },
  };
}

/**
 * What the QR code in the top-left corner says, in the field names of the National Public
 * Service Portal: the dossier and procedure codes, the applicant's identity number, the paper,
 * the issuing system, the reception and appointment times, the lookup code and the tracking link.
 * Scanned into any dossier-code box (the office search, the kiosk, the tracking form), it reads
 * as its `MaHoSo` (core's readDossierCode), as does the barcode of the code in the top margin.
 */
export function receiptQrPayload(data: ReceiptData): string {
  return JSON.stringify({
    MaHoSo: data.code,
    MaTTHC: data.procedure.code,
    SoGiayTo: data.applicant.idNumber,
    TenGiayTo: RECEIPT_NAME,
    HeThong: ISSUING_SYSTEM,
    NgayTiepNhan: compactStamp(data.receivedAt),
    NgayHenTra: compactStamp(data.dueAt),
    MaTraCuu: data.lookupCode,
    TraCuu: data.trackingUrl,
  });
}

/** Where the result is collected: the one-stop section, its agency and the address. */
const returnPlace = ({ issuer, agency }: Issuer) => [issuer, issuer === agency.name ? null : agency.name, agency.address || null].filter(Boolean).join(', ');

/** Where, or how, the applicant registered to receive the result. */
function returnLine(data: ReceiptData): [string, string] {
  const delivery = data.delivery;
  if (delivery?.method === 'post') {
    const fee = delivery.postalFeeVnd === null ? '' : ` (phí dịch vụ bưu chính ${amountInFigures(delivery.postalFeeVnd)} đồng, trả khi nhận)`;
    return ['Đăng ký nhận kết quả qua dịch vụ bưu chính công ích tại địa chỉ', `${delivery.address ?? ''}${fee}`];
  }
  if (delivery?.method === 'electronic') return ['Đăng ký nhận kết quả', 'Bản điện tử có chữ ký số, trong tài khoản trên Cổng dịch vụ công và qua thư điện tử'];
  return ['Đăng ký nhận kết quả tại', returnPlace(data.issuer)];
}

const formLabel = (form: string) => COMPONENT_FORM_LABELS[form as ComponentForm]?.vi ?? form;

function writeCopy(paper: Paper, data: ReceiptData, copy: ReceiptCopy): void {
  paper
    .heading({ ...headingOf(data.issuer, data.receivedAt), qrCode: receiptQrPayload(data), barcode: data.code })
    .title(RECEIPT_NAME, [{ text: `Mã hồ sơ: ${data.code}` }, { text: COPY_LINES[copy], face: 'italic' }])
    .text(`${data.issuer.issuer} tiếp nhận hồ sơ của:`);
  writeApplicant(paper, data.applicant)
    .field('Nội dung yêu cầu giải quyết', `${data.procedure.name} (mã thủ tục ${data.procedure.code})${data.summary ? `: ${data.summary}` : ''}`);
  if (data.decidedBy) paper.field('Cơ quan giải quyết', `${data.decidedBy} (hồ sơ được chuyển đến cơ quan có thẩm quyền giải quyết)`);
  paper
    .text('Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:', { before: 2 })
    .table(
      [
        { title: 'STT', share: 7, align: 'center' },
        { title: 'Tên giấy tờ', share: 55 },
        { title: 'Loại bản', share: 26 },
        { title: 'Số bản', share: 12, align: 'center' },
      ],
      data.components.map((component, index) => [String(index + 1), component.name, formLabel(component.form), String(component.copies)]),
    )
    .field('Số lượng hồ sơ', '01 bộ')
    .field('Thời gian giải quyết hồ sơ theo quy định', workingDays(data.processingDays))
    .field('Thời gian tiếp nhận hồ sơ', timeAndDay(data.receivedAt), { strong: true })
    .field('Thời gian hẹn trả kết quả', timeAndDay(data.dueAt), { strong: true })
    .field(...returnLine(data))
    .field('Vào Sổ theo dõi hồ sơ', `Quyển năm ${data.register.year}, số thứ tự ${data.register.line}`)
    .field('Mã tra cứu hồ sơ', data.lookupCode, { strong: true })
    .text(`Tra cứu tiến độ giải quyết tại ${data.trackingUrl} bằng mã hồ sơ và mã tra cứu, hoặc quét mã QR ở góc trên bên trái.`, {
      face: 'italic',
      size: 11,
    })
    .signatures([
      { title: 'Người nộp hồ sơ', note: SIGN_NOTE, name: data.applicant.name },
      { title: 'Người tiếp nhận hồ sơ', note: SIGN_NOTE, name: data.officerName },
    ]);
}

/**
 * How tightly a receipt may be set, tried in turn: a copy is one sheet, handed over or filed, so a
 * long list of documents is set smaller rather than run onto a second page.
 */
const RECEIPT_SCALES = [1, 0.92, 0.85, 0.78] as const;

/** The receipt, each copy on a page of its own. */
export function renderReceipt(data: ReceiptData, copies: readonly ReceiptCopy[] = ['applicant', 'record']): Promise<Buffer> {
  const setAt = (scale: number) => {
    const paper = new Paper({ title: `${RECEIPT_NAME} ${data.code}`, author: data.issuer.agency.name, subject: data.procedure.name, issuedAt: data.receivedAt, scale });
    copies.forEach((copy, index) => {
      if (index > 0) paper.newPage();
      writeCopy(paper, data, copy);
    });
    return paper;
  };
  // A setting that runs over is dropped unwritten; the tightest is kept whatever its length.
  let paper = setAt(RECEIPT_SCALES[0]);
  for (const scale of RECEIPT_SCALES.slice(1)) {
    if (paper.pageCount <= copies.length) break;
    paper = setAt(scale);
  }
  return paper.finish();
}

export const RECEIPT: DossierPaperKind = {
  name: { vi: RECEIPT_NAME, en: 'Receipt and appointment slip' },
  absent: { vi: 'Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận.', en: 'The dossier has not been received, so it has no receipt.' },
  applies: ({ dossier }) => dossier.received_at !== null,
  produce: async (deps, source) => renderReceipt(await receiptData(deps, source)),
};
