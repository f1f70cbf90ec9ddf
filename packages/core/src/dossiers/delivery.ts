import { type OpeningHours, type OpeningPeriod, WEEKDAYS, type Weekday } from '../queue/centre-config.js';
import type { ReturnMethod } from './states.js';

type Bilingual = { vi: string; en: string };

/**
 * How the applicant chose, at submission, to receive the result (Decree 61/2018 art. 27: at the
 * one-stop section, by the public postal service, or electronically), and what the officers and
 * the applicant are told of it once the result is ready.
 */
export interface DeliveryChoice {
  method: ReturnMethod;
  /** Where the post brings the result (by post only). */
  address?: string | undefined;
}

/** What the receiving agency offers: the postal fee, or null where it does not send results by post. */
export interface DeliveryOffer {
  postalFeeVnd: number | null;
}

export const POSTAL_CARRIERS = ['vnpost', 'viettel_post', 'other'] as const;
export type PostalCarrier = (typeof POSTAL_CARRIERS)[number];

export const POSTAL_CARRIER_LABELS: Record<PostalCarrier, Bilingual> = {
  vnpost: { vi: 'Bưu điện Việt Nam (VNPost)', en: 'Vietnam Post (VNPost)' },
  viettel_post: { vi: 'Viettel Post', en: 'Viettel Post' },
  other: { vi: 'Đơn vị bưu chính khác', en: 'Another postal carrier' },
};

/** A postal item's number: letters and digits, as printed on the receipt (the UPU's `EL123456789VN` or a carrier's own). */
export const TRACKING_NUMBER_PATTERN = '^[A-Za-z0-9-]{6,40}$';

export const DELIVERY_ADDRESS_MAX = 500;

export type DeliveryProblem = { field: 'method' | 'address'; vi: string; en: string };

/**
 * Why a choice cannot be taken, or null: the post needs an address and an agency that sends by
 * post; the electronic result needs somewhere to put it (the applicant's account or e-mail).
 */
export function deliveryProblem(choice: DeliveryChoice, offer: DeliveryOffer, reach: { account: boolean; email: string }): DeliveryProblem | null {
  if (choice.method === 'post') {
    if (offer.postalFeeVnd === null) {
      return { field: 'method', vi: 'Cơ quan tiếp nhận chưa cung cấp dịch vụ trả kết quả qua bưu chính.', en: 'The receiving agency does not send results by post.' };
    }
    const address = choice.address?.normalize('NFC').trim() ?? '';
    if (address.length < 10) return { field: 'address', vi: 'Vui lòng nhập đầy đủ địa chỉ nhận kết quả (số nhà, đường, xã/phường, tỉnh/thành phố).', en: 'Enter the full delivery address.' };
    if (address.length > DELIVERY_ADDRESS_MAX) return { field: 'address', vi: 'Địa chỉ nhận kết quả quá dài.', en: 'The delivery address is too long.' };
  }
  if (choice.method === 'electronic' && !reach.account && !reach.email.trim()) {
    return { field: 'method', vi: 'Để nhận kết quả điện tử, vui lòng cho biết thư điện tử hoặc nộp từ tài khoản.', en: 'An electronic result needs an e-mail address or an account.' };
  }
  return null;
}

const DAY_NAMES: Record<Weekday, Bilingual> = {
  '1': { vi: 'Thứ Hai', en: 'Monday' },
  '2': { vi: 'Thứ Ba', en: 'Tuesday' },
  '3': { vi: 'Thứ Tư', en: 'Wednesday' },
  '4': { vi: 'Thứ Năm', en: 'Thursday' },
  '5': { vi: 'Thứ Sáu', en: 'Friday' },
  '6': { vi: 'Thứ Bảy', en: 'Saturday' },
  '7': { vi: 'Chủ Nhật', en: 'Sunday' },
};

/** Consecutive weekdays as a range ("Thứ Hai – Thứ Sáu"), others one by one. */
function daysText(days: readonly Weekday[], lang: keyof Bilingual): string {
  const runs: Weekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && Number(run.at(-1)) === Number(day) - 1) run.push(day);
    else runs.push([day]);
  }
  return runs.map((run) => (run.length > 2 ? `${DAY_NAMES[run[0]!][lang]} – ${DAY_NAMES[run.at(-1)!][lang]}` : run.map((day) => DAY_NAMES[day][lang]).join(', '))).join(', ');
}

/**
 * A one-stop section's opening hours (a centre's settings, modules/centres) as lines to read, one
 * per group of days open at the same hours: "Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00".
 */
export function describeOpeningHours(hours: OpeningHours): Bilingual[] {
  const groups = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const periods = hours[day] ?? [];
    if (periods.length === 0) continue;
    const key = periods.map(([start, end]) => `${start}–${end}`).join(', ');
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  return [...groups].map(([times, days]) => ({ vi: `${daysText(days, 'vi')}: ${times}`, en: `${daysText(days, 'en')}: ${times}` }));
}

const WORKING_DAY: readonly OpeningPeriod[] = [
  ['07:30', '11:30'],
  ['13:00', '17:00'],
];

/** The working hours of DOMAIN (Monday to Friday, 07:30–11:30 and 13:00–17:00), for a one-stop section that recorded none. */
export const DEFAULT_OPENING_HOURS: OpeningHours = { '1': WORKING_DAY, '2': WORKING_DAY, '3': WORKING_DAY, '4': WORKING_DAY, '5': WORKING_DAY };

/**
 * What the applicant brings to collect the result at the counter: the receipt and appointment
 * slip, an identity document (or, for someone sent by them, a letter of authorisation), and the
 * fee receipt when a fee was paid.
 */
export function whatToBring(facts: { feePaid: boolean; applicantType: 'citizen' | 'organisation' }): Bilingual[] {
  const items: Bilingual[] = [
    { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (bản in hoặc mã hồ sơ trên điện thoại)', en: 'The receipt and appointment slip (printed, or the dossier code on your phone)' },
    facts.applicantType === 'citizen'
      ? { vi: 'Căn cước công dân hoặc giấy tờ tùy thân có ảnh của người nộp hồ sơ', en: 'The applicant’s citizen identity card or another photo identity document' }
      : { vi: 'Giấy giới thiệu của tổ chức và giấy tờ tùy thân của người đến nhận', en: 'The organisation’s letter of introduction and the collector’s identity document' },
    { vi: 'Người nhận thay: văn bản ủy quyền và giấy tờ tùy thân của người được ủy quyền', en: 'Someone collecting for you: your authorisation and their identity document' },
  ];
  if (facts.feePaid) items.push({ vi: 'Biên lai thu phí, lệ phí', en: 'The fee receipt' });
  return items;
}

/** The total of a procedure's fixed fees, due when the dossier is submitted online (0 when it has none). */
export function fixedFeeVnd(fees: ReadonlyArray<{ amountVnd: number }>): number {
  return fees.reduce((sum, fee) => sum + (Number.isInteger(fee.amountVnd) && fee.amountVnd > 0 ? fee.amountVnd : 0), 0);
}
