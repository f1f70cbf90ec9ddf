import { amountInFigures, amountInWords } from '@motcua/core';
import { timeAndDay, yearOf } from './format.js';
import type { DossierPaperKind } from './kind.js';
import { Paper } from './layout.js';
import { type DossierApplicant, SIGN_NOTE, applicantOf, headingOf } from './parts.js';
import { type DossierSource, type Issuer, type PaperDeps, agencyIssuer, lastEvent } from './sources.js';

/** The receipt for fees and charges collected at the counter (biên lai thu phí, lệ phí). */

const NAME = 'Biên lai thu phí, lệ phí';
const PAYMENTS = ['confirm_fee_paid', 'confirm_fee_paid_at_submission'] as const;
const AT_SUBMISSION = 'Phí, lệ phí nộp khi nộp hồ sơ trực tuyến';

export interface FeeReceiptData {
  issuer: Issuer;
  /** The payment's number in the agency's receipt book of the year. */
  number: number;
  year: string;
  code: string;
  payer: DossierApplicant;
  procedureName: string;
  feeName: string;
  purpose: string;
  amountVnd: number;
  paidAt: Date;
  collectorName: string;
}

/**
 * The latest payment, the amount it paid and what for: the procedure's fixed fee paid at an online
 * submission, or what an officer's request asked for.
 */
function paymentOf(source: DossierSource) {
  const payment = lastEvent(source, PAYMENTS);
  if (payment?.action === 'confirm_fee_paid_at_submission') {
    const amount = payment.data.feeAmountVnd;
    return typeof amount === 'number' ? { payment, purpose: AT_SUBMISSION, amount } : undefined;
  }
  const request = payment && source.events.findLast((event) => event.action === 'request_fee' && event.id < payment.id);
  const amount = request?.data.feeAmountVnd;
  return payment && request && typeof amount === 'number' ? { payment, purpose: request.comment, amount } : undefined;
}

export async function feeReceiptData(deps: PaperDeps, source: DossierSource): Promise<FeeReceiptData> {
  const { dossier, definition } = source;
  const { payment, purpose, amount } = paymentOf(source)!;
  return {
    issuer: await agencyIssuer(deps.db, dossier.receiving_agency_id),
    // Given when the payment was recorded (every payment has one).
    number: payment.fee_receipt_number!,
    year: yearOf(payment.occurred_at),
    code: dossier.code,
    payer: applicantOf(dossier),
    procedureName: definition.name,
    // The procedure's fee of that amount names it; otherwise the officer's request says what it is for.
    feeName: definition.fees.find((fee) => fee.amountVnd === amount)?.name ?? purpose,
    purpose,
    amountVnd: amount,
    paidAt: payment.occurred_at,
    collectorName: payment.actor_name,
  };
}

export function renderFeeReceipt(data: FeeReceiptData): Promise<Buffer> {
  const number = String(data.number).padStart(7, '0');
  return new Paper({ title: `${NAME} số ${number} ${data.code}`, author: data.issuer.agency.name, subject: data.feeName, issuedAt: data.paidAt })
    .heading(headingOf(data.issuer, data.paidAt))
    .title(NAME, [{ text: `Số: ${number}/${data.year}` }])
    .field('Tên đơn vị thu phí, lệ phí', data.issuer.agency.name)
    .field('Tên người nộp', data.payer.name, { strong: true })
    .field(data.payer.type === 'citizen' ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp, tổ chức', data.payer.idNumber)
    .field('Địa chỉ', data.payer.address)
    .field('Tên loại phí, lệ phí', data.feeName)
    .field('Nội dung thu', `${data.purpose} (hồ sơ ${data.code}, thủ tục ${data.procedureName})`)
    .field('Số tiền', `${amountInFigures(data.amountVnd)} đồng`, { strong: true })
    .field('Viết bằng chữ', amountInWords(data.amountVnd), { strong: true })
    .field('Thời gian nộp', timeAndDay(data.paidAt))
    .space(4)
    .signatures([
      { title: 'Người nộp tiền', note: SIGN_NOTE, name: data.payer.name },
      { title: 'Người thu tiền', note: SIGN_NOTE, name: data.collectorName },
    ])
    .finish();
}

export const FEE_RECEIPT: DossierPaperKind = {
  name: { vi: NAME, en: 'Fee receipt' },
  absent: { vi: 'Hồ sơ chưa có khoản phí, lệ phí nào được xác nhận đã nộp.', en: 'No fee has been confirmed paid for this dossier.' },
  applies: (source) => paymentOf(source) !== undefined,
  produce: async (deps, source) => renderFeeReceipt(await feeReceiptData(deps, source)),
};
