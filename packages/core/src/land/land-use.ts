/**
 * Land-use types by their codes on cadastral maps and certificates (Land Law 2024, Circular
 * 08/2024/TT-BTNMT), and the planning statuses a parcel is looked up with.
 */
export const LAND_USE_TYPES = {
  LUC: { vi: 'Đất chuyên trồng lúa', en: 'Specialised rice land', group: 'agricultural' },
  LUK: { vi: 'Đất trồng lúa còn lại', en: 'Other rice land', group: 'agricultural' },
  LUN: { vi: 'Đất trồng lúa nương', en: 'Upland rice land', group: 'agricultural' },
  BHK: { vi: 'Đất bằng trồng cây hàng năm khác', en: 'Flat land for other annual crops', group: 'agricultural' },
  NHK: { vi: 'Đất nương rẫy trồng cây hàng năm khác', en: 'Upland fields for other annual crops', group: 'agricultural' },
  CLN: { vi: 'Đất trồng cây lâu năm', en: 'Perennial crop land', group: 'agricultural' },
  RSX: { vi: 'Đất rừng sản xuất', en: 'Production forest land', group: 'agricultural' },
  RPH: { vi: 'Đất rừng phòng hộ', en: 'Protection forest land', group: 'agricultural' },
  RDD: { vi: 'Đất rừng đặc dụng', en: 'Special-use forest land', group: 'agricultural' },
  NTS: { vi: 'Đất nuôi trồng thủy sản', en: 'Aquaculture land', group: 'agricultural' },
  LMU: { vi: 'Đất làm muối', en: 'Salt-making land', group: 'agricultural' },
  NKH: { vi: 'Đất nông nghiệp khác', en: 'Other agricultural land', group: 'agricultural' },
  ONT: { vi: 'Đất ở tại nông thôn', en: 'Rural residential land', group: 'non_agricultural' },
  ODT: { vi: 'Đất ở tại đô thị', en: 'Urban residential land', group: 'non_agricultural' },
  TSC: { vi: 'Đất xây dựng trụ sở cơ quan', en: 'Land for public authorities’ offices', group: 'non_agricultural' },
  CQP: { vi: 'Đất quốc phòng', en: 'Defence land', group: 'non_agricultural' },
  CAN: { vi: 'Đất an ninh', en: 'Security land', group: 'non_agricultural' },
  DVH: { vi: 'Đất xây dựng cơ sở văn hóa', en: 'Land for cultural facilities', group: 'non_agricultural' },
  DYT: { vi: 'Đất xây dựng cơ sở y tế', en: 'Land for health facilities', group: 'non_agricultural' },
  DGD: { vi: 'Đất xây dựng cơ sở giáo dục và đào tạo', en: 'Land for education and training facilities', group: 'non_agricultural' },
  DTT: { vi: 'Đất xây dựng cơ sở thể dục, thể thao', en: 'Land for sports facilities', group: 'non_agricultural' },
  SKK: { vi: 'Đất khu công nghiệp', en: 'Industrial park land', group: 'non_agricultural' },
  SKN: { vi: 'Đất cụm công nghiệp', en: 'Industrial cluster land', group: 'non_agricultural' },
  TMD: { vi: 'Đất thương mại, dịch vụ', en: 'Commercial and service land', group: 'non_agricultural' },
  SKC: { vi: 'Đất cơ sở sản xuất phi nông nghiệp', en: 'Non-agricultural production and business land', group: 'non_agricultural' },
  SKS: { vi: 'Đất sử dụng cho hoạt động khoáng sản', en: 'Mining land', group: 'non_agricultural' },
  DGT: { vi: 'Đất công trình giao thông', en: 'Transport land', group: 'non_agricultural' },
  DTL: { vi: 'Đất công trình thủy lợi', en: 'Irrigation land', group: 'non_agricultural' },
  DNL: { vi: 'Đất công trình năng lượng, chiếu sáng công cộng', en: 'Energy and public lighting land', group: 'non_agricultural' },
  DCH: { vi: 'Đất chợ dân sinh, chợ đầu mối', en: 'Market land', group: 'non_agricultural' },
  DKV: { vi: 'Đất khu vui chơi, giải trí công cộng', en: 'Public recreation land', group: 'non_agricultural' },
  DSH: { vi: 'Đất công trình sinh hoạt cộng đồng', en: 'Community activity land', group: 'non_agricultural' },
  TON: { vi: 'Đất tôn giáo', en: 'Religious land', group: 'non_agricultural' },
  TIN: { vi: 'Đất tín ngưỡng', en: 'Belief land', group: 'non_agricultural' },
  NTD: { vi: 'Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng', en: 'Cemetery and funeral land', group: 'non_agricultural' },
  SON: { vi: 'Đất sông, ngòi, kênh, rạch, suối', en: 'Rivers, canals and streams', group: 'non_agricultural' },
  MNC: { vi: 'Đất có mặt nước chuyên dùng', en: 'Special-use water surface', group: 'non_agricultural' },
  BCS: { vi: 'Đất bằng chưa sử dụng', en: 'Unused flat land', group: 'unused' },
  DCS: { vi: 'Đất đồi núi chưa sử dụng', en: 'Unused hilly land', group: 'unused' },
} as const satisfies Record<string, { vi: string; en: string; group: 'agricultural' | 'non_agricultural' | 'unused' }>;

export type LandUseCode = keyof typeof LAND_USE_TYPES;
export const LAND_USE_CODES = Object.keys(LAND_USE_TYPES) as LandUseCode[];

export const isLandUseCode = (value: unknown): value is LandUseCode => typeof value === 'string' && Object.hasOwn(LAND_USE_TYPES, value);

/** Where a parcel stands under the approved land-use plan, as the public lookup tells it. */
export const PLANNING_STATUSES = {
  consistent: { vi: 'Phù hợp quy hoạch sử dụng đất', en: 'Consistent with the land-use plan' },
  to_be_converted: { vi: 'Thuộc quy hoạch chuyển mục đích sử dụng đất', en: 'Planned for a change of land use' },
  partly_planned: { vi: 'Một phần thửa đất thuộc quy hoạch', en: 'Partly within a planned area' },
  to_be_acquired: { vi: 'Thuộc kế hoạch thu hồi đất', en: 'In the land acquisition plan' },
} as const;

export type PlanningStatus = keyof typeof PLANNING_STATUSES;
export const PLANNING_STATUS_CODES = Object.keys(PLANNING_STATUSES) as PlanningStatus[];
export const isPlanningStatus = (value: unknown): value is PlanningStatus => typeof value === 'string' && Object.hasOwn(PLANNING_STATUSES, value);

/** How long the land may be used: for good (đất ở), or until a day (agricultural land, leases). */
export type LandUseTerm = { kind: 'long_term' } | { kind: 'until'; date: string };

export function landUseTermLabel(term: LandUseTerm): { vi: string; en: string } {
  if (term.kind === 'long_term') return { vi: 'Lâu dài', en: 'Long-term' };
  const [year, month, day] = term.date.split('-');
  return { vi: `Đến ngày ${day}/${month}/${year}`, en: `Until ${term.date}` };
}

/** One land-use type of a parcel with the part of its area used so (null when the parcel has one type: all of it). */
export interface LandUse {
  code: LandUseCode;
  areaM2: number | null;
  term: LandUseTerm;
}

/**
 * The planning status a parcel has when its data names none: consistent when the plan keeps every
 * current use, planned for a change of use otherwise; without a planned use, nothing is said.
 */
export function derivedPlanningStatus(uses: readonly LandUse[], plannedUse: LandUseCode | null): PlanningStatus | null {
  if (plannedUse === null) return null;
  return uses.every((use) => use.code === plannedUse) ? 'consistent' : 'to_be_converted';
}
