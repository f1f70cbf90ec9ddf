import type { OfficerRole, SigningAuthority } from '@motcua/core';

/**
 * The demo province: Thanh Hóa after the 2025 reform (two levels of local government, 166 communes
 * and wards). Agency codes follow the 13-character pattern; department and commune numbers are
 * plausible, not the province's published list. Communes keep the number of the district they came
 * from in their level-2 digits, so that old and new codes read as one family.
 */

export interface DemoUnit {
  code: string;
  name: string;
  kind: 'one_stop' | 'processing';
}

export interface DemoAgency {
  code: string;
  name: string;
  shortName: string;
  kind: 'province' | 'centre' | 'department' | 'district' | 'commune';
  parentCode: string | null;
  address: string;
  phone: string;
  abolishedOn?: string;
  successorCode?: string;
  units: DemoUnit[];
}

export interface DemoOfficer {
  username: string;
  fullName: string;
  title: string;
  email: string;
  phone: string;
  /** A leader's or head's grant says how they sign for the agency (Decree 30/2020): the position printed under the authority. */
  roles: Array<{ role: OfficerRole; agencyCode: string; unitCode?: string; signingAuthority?: SigningAuthority; signingPosition?: string }>;
}

/** Codes used by the procedure catalogue and the tests. */
export const AGENCY = {
  province: '000.00.00.H56',
  centre: '000.00.30.H56',
  noiVu: '000.00.04.H56',
  tuPhap: '000.00.05.H56',
  taiChinh: '000.00.06.H56',
  xayDung: '000.00.08.H56',
  nongNghiepMoiTruong: '000.00.09.H56',
  yTe: '000.00.13.H56',
  giaoDuc: '000.00.14.H56',
  congAn: '000.00.40.H56',
  /** Central bodies in the province (Ministry of Finance branch): only their specialists take part in liên thông steps. */
  thue: '000.56.30.G12',
  baoHiemXaHoi: '000.56.31.G12',
  hacThanh: '000.01.20.H56',
  hamRong: '000.07.20.H56',
  samSon: '000.01.21.H56',
  hoangHoa: '000.01.28.H56',
  thoXuan: '000.01.31.H56',
  quangNgoc: '000.04.33.H56',
  formerThanhHoaCity: '000.00.20.H56',
  formerSamSonCity: '000.00.21.H56',
  formerHoangHoaDistrict: '000.00.28.H56',
} as const;

/** The units every commune and ward has since 1 July 2025 (Decree 150/2025, Decree 118/2025). */
function communeUnits(kind: 'phường' | 'xã', name: string): DemoUnit[] {
  return [
    { code: 'mot-cua', name: `Trung tâm Phục vụ hành chính công ${kind} ${name}`, kind: 'one_stop' },
    { code: 'van-phong', name: 'Văn phòng HĐND và UBND', kind: 'processing' },
    { code: 'kinh-te', name: kind === 'phường' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế', kind: 'processing' },
    { code: 'van-hoa-xa-hoi', name: 'Phòng Văn hóa - Xã hội', kind: 'processing' },
  ];
}

function commune(code: string, kind: 'phường' | 'xã', name: string, address: string, phone: string): DemoAgency {
  const title = kind === 'phường' ? 'Phường' : 'Xã';
  return {
    code,
    name: `UBND ${kind} ${name}`,
    shortName: `${title} ${name}`,
    kind: 'commune',
    parentCode: AGENCY.province,
    address,
    phone,
    units: communeUnits(kind, name),
  };
}

/** A department's counter at the provincial centre, where its receiving officers sit. */
const DEPARTMENT_COUNTER: DemoUnit = {
  code: 'mot-cua',
  name: 'Bộ phận tiếp nhận và trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh',
  kind: 'one_stop',
};

function department(code: string, name: string, shortName: string, address: string, phone: string, units: DemoUnit[]): DemoAgency {
  return { code, name, shortName, kind: 'department', parentCode: AGENCY.province, address, phone, units: [DEPARTMENT_COUNTER, ...units] };
}

/** Ordered parents first (the seed relies on it); successors may come later. */
export const DEMO_AGENCIES: DemoAgency[] = [
  {
    code: AGENCY.province,
    name: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    shortName: 'UBND tỉnh',
    kind: 'province',
    parentCode: null,
    address: 'Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 361',
    units: [{ code: 'van-phong', name: 'Văn phòng UBND tỉnh', kind: 'processing' }],
  },
  {
    code: AGENCY.centre,
    name: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa',
    shortName: 'Trung tâm PVHCC tỉnh',
    kind: 'centre',
    parentCode: AGENCY.province,
    address: 'Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3720 088',
    units: [{ code: 'mot-cua', name: 'Bộ phận tiếp nhận và trả kết quả', kind: 'one_stop' }],
  },
  department(AGENCY.noiVu, 'Sở Nội vụ tỉnh Thanh Hóa', 'Sở Nội vụ', 'Số 12 Phan Chu Trinh, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 248', [
    { code: 'lao-dong', name: 'Phòng Lao động - Việc làm', kind: 'processing' },
  ]),
  department(AGENCY.tuPhap, 'Sở Tư pháp tỉnh Thanh Hóa', 'Sở Tư pháp', 'Số 09 Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 584', [
    { code: 'bo-tro-tu-phap', name: 'Phòng Bổ trợ tư pháp', kind: 'processing' },
  ]),
  department(AGENCY.taiChinh, 'Sở Tài chính tỉnh Thanh Hóa', 'Sở Tài chính', 'Số 45 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 410', [
    { code: 'dang-ky-kinh-doanh', name: 'Phòng Đăng ký kinh doanh', kind: 'processing' },
  ]),
  department(AGENCY.xayDung, 'Sở Xây dựng tỉnh Thanh Hóa', 'Sở Xây dựng', 'Số 36 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 283', [
    { code: 'quan-ly-xay-dung', name: 'Phòng Quản lý hoạt động xây dựng', kind: 'processing' },
  ]),
  department(
    AGENCY.nongNghiepMoiTruong,
    'Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa',
    'Sở Nông nghiệp và Môi trường',
    'Số 14 Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa',
    '0237 3852 198',
    [
      { code: 'vpdkdd', name: 'Văn phòng Đăng ký đất đai', kind: 'processing' },
      { code: 'moi-truong', name: 'Phòng Môi trường', kind: 'processing' },
    ],
  ),
  department(AGENCY.yTe, 'Sở Y tế tỉnh Thanh Hóa', 'Sở Y tế', 'Số 101 Nguyễn Trãi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 507', [
    { code: 'nghiep-vu-y', name: 'Phòng Nghiệp vụ Y', kind: 'processing' },
  ]),
  department(AGENCY.giaoDuc, 'Sở Giáo dục và Đào tạo tỉnh Thanh Hóa', 'Sở GD&ĐT', 'Số 05 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 296', [
    { code: 'giao-duc-pho-thong', name: 'Phòng Giáo dục phổ thông', kind: 'processing' },
    { code: 'quan-ly-chat-luong', name: 'Phòng Quản lý chất lượng', kind: 'processing' },
  ]),
  department(AGENCY.congAn, 'Công an tỉnh Thanh Hóa', 'Công an tỉnh', 'Số 354 Bà Triệu, phường Hàm Rồng, tỉnh Thanh Hóa', '069 2585 100', [
    { code: 'csgt', name: 'Phòng Cảnh sát giao thông', kind: 'processing' },
    { code: 'hsnv', name: 'Phòng Hồ sơ nghiệp vụ', kind: 'processing' },
    { code: 'qlhc', name: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội', kind: 'processing' },
  ]),
  {
    code: AGENCY.thue,
    name: 'Thuế tỉnh Thanh Hóa',
    shortName: 'Thuế tỉnh',
    kind: 'department',
    parentCode: null,
    address: 'Số 17 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 920',
    units: [{ code: 'ho-kinh-doanh-ca-nhan', name: 'Phòng Quản lý hộ kinh doanh, cá nhân và thu khác', kind: 'processing' }],
  },
  {
    code: AGENCY.baoHiemXaHoi,
    name: 'Bảo hiểm xã hội tỉnh Thanh Hóa',
    shortName: 'BHXH tỉnh',
    kind: 'department',
    parentCode: null,
    address: 'Số 50 Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3751 505',
    units: [
      { code: 'thu-so-the', name: 'Phòng Quản lý thu - Sổ, thẻ', kind: 'processing' },
      { code: 'che-do', name: 'Phòng Chế độ bảo hiểm xã hội', kind: 'processing' },
    ],
  },
  commune(AGENCY.hacThanh, 'phường', 'Hạc Thành', 'Số 99 Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 123'),
  commune(AGENCY.hamRong, 'phường', 'Hàm Rồng', 'Số 18 Nguyễn Trãi, phường Hàm Rồng, tỉnh Thanh Hóa', '0237 3960 215'),
  commune(AGENCY.samSon, 'phường', 'Sầm Sơn', 'Số 08 Lê Lợi, phường Sầm Sơn, tỉnh Thanh Hóa', '0237 3821 336'),
  commune(AGENCY.hoangHoa, 'xã', 'Hoằng Hóa', 'Khu phố Bút Sơn, xã Hoằng Hóa, tỉnh Thanh Hóa', '0237 3865 109'),
  commune(AGENCY.thoXuan, 'xã', 'Thọ Xuân', 'Số 01 Lê Hoàn, xã Thọ Xuân, tỉnh Thanh Hóa', '0237 3833 227'),
  commune(AGENCY.quangNgoc, 'xã', 'Quảng Ngọc', 'Thôn Đông Phú, xã Quảng Ngọc, tỉnh Thanh Hóa', '0237 3863 418'),
  {
    code: AGENCY.formerThanhHoaCity,
    name: 'UBND thành phố Thanh Hóa',
    shortName: 'TP Thanh Hóa',
    kind: 'district',
    parentCode: AGENCY.province,
    address: 'Số 25 Đại lộ Lê Lợi, phường Lam Sơn, thành phố Thanh Hóa, tỉnh Thanh Hóa',
    phone: '0237 3852 272',
    abolishedOn: '2025-07-01',
    successorCode: AGENCY.hacThanh,
    units: [
      { code: 'mot-cua', name: 'Bộ phận Một cửa thành phố', kind: 'one_stop' },
      { code: 'tu-phap', name: 'Phòng Tư pháp', kind: 'processing' },
    ],
  },
  {
    code: AGENCY.formerSamSonCity,
    name: 'UBND thành phố Sầm Sơn',
    shortName: 'TP Sầm Sơn',
    kind: 'district',
    parentCode: AGENCY.province,
    address: 'Số 02 Tống Duy Tân, phường Bắc Sơn, thành phố Sầm Sơn, tỉnh Thanh Hóa',
    phone: '0237 3821 018',
    abolishedOn: '2025-07-01',
    successorCode: AGENCY.samSon,
    units: [
      { code: 'mot-cua', name: 'Bộ phận Một cửa thành phố', kind: 'one_stop' },
      { code: 'tu-phap', name: 'Phòng Tư pháp', kind: 'processing' },
    ],
  },
  {
    code: AGENCY.formerHoangHoaDistrict,
    name: 'UBND huyện Hoằng Hóa',
    shortName: 'Huyện Hoằng Hóa',
    kind: 'district',
    parentCode: AGENCY.province,
    address: 'Tiểu khu 3, thị trấn Bút Sơn, huyện Hoằng Hóa, tỉnh Thanh Hóa',
    phone: '0237 3865 228',
    abolishedOn: '2025-07-01',
    successorCode: AGENCY.hoangHoa,
    units: [
      { code: 'mot-cua', name: 'Bộ phận Một cửa huyện', kind: 'one_stop' },
      { code: 'tu-phap', name: 'Phòng Tư pháp', kind: 'processing' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Officers

type Grant = DemoOfficer['roles'][number];

const ASCII_FOLD: Record<string, string> = { đ: 'd', Đ: 'D' };

/** `Nguyễn Thị Lan` → `ntlan`: the usual shape of a provincial e-mail account. */
function mailbox(fullName: string): string {
  const words = fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => ASCII_FOLD[c]!)
    .toLowerCase()
    .split(/\s+/);
  const given = words.pop()!;
  return words.map((word) => word[0]).join('') + given;
}

const MOBILE_PREFIXES = ['091', '094', '098', '097', '096', '088', '083', '035', '036', '038', '084', '093'];

/** A stable, plausible mobile number derived from the username (no real subscriber intended). */
function mobile(username: string): string {
  let hash = 2_166_136_261;
  for (const char of username) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619) >>> 0;
  const prefix = MOBILE_PREFIXES[hash % MOBILE_PREFIXES.length]!;
  const rest = String(1_000_000 + (Math.floor(hash / 13) % 9_000_000)).padStart(7, '0');
  return `${prefix}${rest}`;
}

function officer(username: string, fullName: string, title: string, mailDomain: string, roles: Grant[]): DemoOfficer {
  const suffix = username.split('.').at(-1)!;
  return { username, fullName, title, email: `${mailbox(fullName)}.${suffix}@${mailDomain}`, phone: mobile(username), roles };
}

const GOV = 'thanhhoa.gov.vn';

/** The vice-chairmen sign for the chairman, on behalf of the People's Committee: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH. */
const DEPUTY_CHAIRMAN = { signingAuthority: 'deputy', signingPosition: 'Phó Chủ tịch' } as const;

/** Heads of units sign by order of the agency's head (TL.), under their own position. */
const byOrder = (position: string) => ({ signingAuthority: 'by_order', signingPosition: position }) as const;

/**
 * The six officers of a commune or ward: one-stop officer, a specialist for each processing unit,
 * the head of the economic unit (the unit whose processes include a unit-head review) and a
 * vice-chairman who signs.
 */
function communeStaff(slug: string, agencyCode: string, kind: 'phường' | 'xã', place: string, names: [string, string, string, string, string, string]): DemoOfficer[] {
  const where = `${kind} ${place}`;
  const economic = kind === 'phường' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế';
  const [receiver, justice, economist, social, head, leader] = names;
  return [
    officer(`tiepnhan.${slug}`, receiver, `Công chức Trung tâm Phục vụ hành chính công ${where}`, GOV, [
      { role: 'receiving_officer', agencyCode, unitCode: 'mot-cua' },
    ]),
    officer(`tuphap.${slug}`, justice, `Công chức Tư pháp - Hộ tịch, Văn phòng HĐND và UBND ${where}`, GOV, [
      { role: 'specialist', agencyCode, unitCode: 'van-phong' },
    ]),
    officer(`kinhte.${slug}`, economist, `Chuyên viên ${economic}`, GOV, [{ role: 'specialist', agencyCode, unitCode: 'kinh-te' }]),
    officer(`vhxh.${slug}`, social, 'Chuyên viên Phòng Văn hóa - Xã hội', GOV, [{ role: 'specialist', agencyCode, unitCode: 'van-hoa-xa-hoi' }]),
    officer(`truongphong.${slug}`, head, `Trưởng ${economic.charAt(0).toLowerCase()}${economic.slice(1)}`, GOV, [
      { role: 'unit_head', agencyCode, unitCode: 'kinh-te', ...byOrder(`Trưởng ${economic.charAt(0).toLowerCase()}${economic.slice(1)}`) },
    ]),
    officer(`lanhdao.${slug}`, leader, `Phó Chủ tịch UBND ${where}`, GOV, [{ role: 'agency_leader', agencyCode, ...DEPUTY_CHAIRMAN }]),
  ];
}

/** Receiving officer (at the centre, granted in the department), specialists, unit heads and a deputy director. */
function departmentStaff(
  slug: string,
  agencyCode: string,
  departmentName: string,
  staff: {
    receiver: string;
    specialists: Array<[username: string, fullName: string, unitCode: string, unitName: string]>;
    heads: Array<[username: string, fullName: string, unitCode: string, title: string]>;
    leader: [fullName: string, title: string];
  },
): DemoOfficer[] {
  return [
    officer(`tiepnhan.${slug}`, staff.receiver, `Công chức ${departmentName}, làm việc tại Trung tâm Phục vụ hành chính công tỉnh`, GOV, [
      { role: 'receiving_officer', agencyCode, unitCode: 'mot-cua' },
    ]),
    ...staff.specialists.map(([username, fullName, unitCode, unitName]) =>
      officer(username, fullName, `Chuyên viên ${unitName}, ${departmentName}`, GOV, [{ role: 'specialist', agencyCode, unitCode }]),
    ),
    ...staff.heads.map(([username, fullName, unitCode, title]) =>
      // `Trưởng phòng …, Sở …`: the position in the department is what precedes the department's name.
      officer(username, fullName, title, GOV, [{ role: 'unit_head', agencyCode, unitCode, ...byOrder(title.split(', ')[0]!) }]),
    ),
    officer(`lanhdao.${slug}`, staff.leader[0], staff.leader[1], GOV, [{ role: 'agency_leader', agencyCode, signingAuthority: 'deputy', signingPosition: 'Phó Giám đốc' }]),
  ];
}

export const DEMO_OFFICERS: DemoOfficer[] = [
  // Province
  officer('admin', 'Lê Minh Tuấn', 'Chuyên viên Trung tâm Công nghệ thông tin và Truyền thông, quản trị Hệ thống thông tin giải quyết TTHC tỉnh', GOV, [
    { role: 'admin', agencyCode: AGENCY.province },
  ]),
  officer('vanthu.ubnd', 'Phạm Thị Hồng Nhung', 'Văn thư Văn phòng UBND tỉnh', GOV, [{ role: 'document_clerk', agencyCode: AGENCY.province, unitCode: 'van-phong' }]),
  officer('lanhdao.ubnd', 'Phạm Đức Thịnh', 'Phó Chủ tịch UBND tỉnh', GOV, [{ role: 'agency_leader', agencyCode: AGENCY.province, ...DEPUTY_CHAIRMAN }]),
  officer('giamdoc.ttpvhcc', 'Nguyễn Hữu Quang', 'Giám đốc Trung tâm Phục vụ hành chính công tỉnh', GOV, [
    { role: 'agency_leader', agencyCode: AGENCY.centre, signingAuthority: 'head', signingPosition: 'Giám đốc' },
  ]),
  officer('tiepnhan.ttpvhcc', 'Trịnh Thu Hà', 'Viên chức Trung tâm Phục vụ hành chính công tỉnh', GOV, [
    { role: 'receiving_officer', agencyCode: AGENCY.centre, unitCode: 'mot-cua' },
  ]),

  // Departments
  ...departmentStaff('snv', AGENCY.noiVu, 'Sở Nội vụ', {
    receiver: 'Lê Thị Thanh Huyền',
    specialists: [['chuyenvien.snv', 'Hoàng Văn Dũng', 'lao-dong', 'Phòng Lao động - Việc làm']],
    heads: [['truongphong.snv', 'Mai Xuân Hiếu', 'lao-dong', 'Trưởng phòng Lao động - Việc làm, Sở Nội vụ']],
    leader: ['Nguyễn Thị Ngọc Lan', 'Phó Giám đốc Sở Nội vụ'],
  }),
  officer('vanthu.snv', 'Trịnh Thị Thu Hằng', 'Văn thư Văn phòng Sở Nội vụ', GOV, [{ role: 'document_clerk', agencyCode: AGENCY.noiVu }]),
  ...departmentStaff('stp', AGENCY.tuPhap, 'Sở Tư pháp', {
    receiver: 'Đỗ Thị Phương',
    specialists: [['chuyenvien.stp', 'Lê Văn Khánh', 'bo-tro-tu-phap', 'Phòng Bổ trợ tư pháp']],
    heads: [['truongphong.stp', 'Trần Thị Bích Ngọc', 'bo-tro-tu-phap', 'Trưởng phòng Bổ trợ tư pháp, Sở Tư pháp']],
    leader: ['Lê Quang Hùng', 'Phó Giám đốc Sở Tư pháp'],
  }),
  ...departmentStaff('stc', AGENCY.taiChinh, 'Sở Tài chính', {
    receiver: 'Nguyễn Thị Thu Trang',
    specialists: [['chuyenvien.stc', 'Bùi Đức Thắng', 'dang-ky-kinh-doanh', 'Phòng Đăng ký kinh doanh']],
    heads: [['truongphong.stc', 'Lê Thị Hương', 'dang-ky-kinh-doanh', 'Trưởng phòng Đăng ký kinh doanh, Sở Tài chính']],
    leader: ['Hoàng Minh Tiến', 'Phó Giám đốc Sở Tài chính'],
  }),
  ...departmentStaff('sxd', AGENCY.xayDung, 'Sở Xây dựng', {
    receiver: 'Vũ Thị Mai',
    specialists: [['chuyenvien.sxd', 'Lường Văn Thành', 'quan-ly-xay-dung', 'Phòng Quản lý hoạt động xây dựng']],
    heads: [['truongphong.sxd', 'Nguyễn Đình Long', 'quan-ly-xay-dung', 'Trưởng phòng Quản lý hoạt động xây dựng, Sở Xây dựng']],
    leader: ['Trịnh Xuân Sơn', 'Phó Giám đốc Sở Xây dựng'],
  }),
  ...departmentStaff('snnmt', AGENCY.nongNghiepMoiTruong, 'Sở Nông nghiệp và Môi trường', {
    receiver: 'Lê Thị Yến',
    specialists: [
      ['chuyenvien.vpdkdd', 'Phạm Văn Hải', 'vpdkdd', 'Văn phòng Đăng ký đất đai'],
      ['chuyenvien.moitruong', 'Lê Thị Quyên', 'moi-truong', 'Phòng Môi trường'],
    ],
    heads: [
      ['giamdoc.vpdkdd', 'Nguyễn Văn Cường', 'vpdkdd', 'Giám đốc Văn phòng Đăng ký đất đai, Sở Nông nghiệp và Môi trường'],
      ['truongphong.moitruong', 'Hà Thị Thảo', 'moi-truong', 'Trưởng phòng Môi trường, Sở Nông nghiệp và Môi trường'],
    ],
    leader: ['Lê Đình Toàn', 'Phó Giám đốc Sở Nông nghiệp và Môi trường'],
  }),
  ...departmentStaff('syt', AGENCY.yTe, 'Sở Y tế', {
    receiver: 'Hoàng Thị Hạnh',
    specialists: [['chuyenvien.syt', 'Đào Minh Đức', 'nghiep-vu-y', 'Phòng Nghiệp vụ Y']],
    heads: [['truongphong.syt', 'Lê Thị Kim Oanh', 'nghiep-vu-y', 'Trưởng phòng Nghiệp vụ Y, Sở Y tế']],
    leader: ['Nguyễn Hữu Lộc', 'Phó Giám đốc Sở Y tế'],
  }),
  ...departmentStaff('sgddt', AGENCY.giaoDuc, 'Sở Giáo dục và Đào tạo', {
    receiver: 'Trần Thị Linh',
    specialists: [
      ['chuyenvien.sgddt', 'Lê Văn Lâm', 'giao-duc-pho-thong', 'Phòng Giáo dục phổ thông'],
      ['chuyenvien.qlcl', 'Nguyễn Thị Nga', 'quan-ly-chat-luong', 'Phòng Quản lý chất lượng'],
    ],
    heads: [['truongphong.sgddt', 'Phạm Quang Việt', 'giao-duc-pho-thong', 'Trưởng phòng Giáo dục phổ thông, Sở Giáo dục và Đào tạo']],
    leader: ['Trịnh Thị Dung', 'Phó Giám đốc Sở Giáo dục và Đào tạo'],
  }),
  ...departmentStaff('cat', AGENCY.congAn, 'Công an tỉnh', {
    receiver: 'Lê Thị Ngân',
    specialists: [
      ['chuyenvien.csgt', 'Nguyễn Trung Kiên', 'csgt', 'Phòng Cảnh sát giao thông'],
      ['chuyenvien.hsnv', 'Phạm Thị Loan', 'hsnv', 'Phòng Hồ sơ nghiệp vụ'],
      ['chuyenvien.qlhc', 'Lê Văn Nam', 'qlhc', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội'],
    ],
    heads: [
      ['truongphong.csgt', 'Hoàng Đức Quân', 'csgt', 'Trưởng phòng Cảnh sát giao thông, Công an tỉnh'],
      ['truongphong.hsnv', 'Đỗ Văn Phúc', 'hsnv', 'Trưởng phòng Hồ sơ nghiệp vụ, Công an tỉnh'],
    ],
    leader: ['Lê Văn Bình', 'Phó Giám đốc Công an tỉnh'],
  }),
  officer('chuyenvien.thue', 'Nguyễn Thị Giang', 'Công chức Phòng Quản lý hộ kinh doanh, cá nhân và thu khác, Thuế tỉnh Thanh Hóa', 'gdt.gov.vn', [
    { role: 'specialist', agencyCode: AGENCY.thue, unitCode: 'ho-kinh-doanh-ca-nhan' },
  ]),
  officer('chuyenvien.bhxh', 'Lê Thị Thùy Linh', 'Viên chức Phòng Quản lý thu - Sổ, thẻ, Bảo hiểm xã hội tỉnh Thanh Hóa', 'thanhhoa.vss.gov.vn', [
    { role: 'specialist', agencyCode: AGENCY.baoHiemXaHoi, unitCode: 'thu-so-the' },
  ]),
  officer('chedo.bhxh', 'Vũ Văn Toàn', 'Viên chức Phòng Chế độ bảo hiểm xã hội, Bảo hiểm xã hội tỉnh Thanh Hóa', 'thanhhoa.vss.gov.vn', [
    { role: 'specialist', agencyCode: AGENCY.baoHiemXaHoi, unitCode: 'che-do' },
  ]),

  // Communes and wards
  ...communeStaff('hacthanh', AGENCY.hacThanh, 'phường', 'Hạc Thành', [
    'Nguyễn Thị Minh Anh',
    'Lê Thị Hoa',
    'Trần Văn Hưng',
    'Phạm Thị Nhung',
    'Nguyễn Văn Thắng',
    'Lê Anh Tuấn',
  ]),
  // The ward's land officer (công chức địa chính) keeps its land register: holders, certificates, the parcels of its land dossiers.
  officer('diachinh.hacthanh', 'Trịnh Văn Khải', 'Công chức Địa chính - Xây dựng, Phòng Kinh tế, Hạ tầng và Đô thị phường Hạc Thành', GOV, [
    { role: 'land_officer', agencyCode: AGENCY.hacThanh },
    { role: 'specialist', agencyCode: AGENCY.hacThanh, unitCode: 'kinh-te' },
  ]),
  ...communeStaff('hamrong', AGENCY.hamRong, 'phường', 'Hàm Rồng', [
    'Đỗ Thị Thu Hương',
    'Hoàng Thị Yến',
    'Lê Văn Quý',
    'Nguyễn Thị Hằng',
    'Trịnh Đình Chiến',
    'Phạm Văn Hòa',
  ]),
  ...communeStaff('samson', AGENCY.samSon, 'phường', 'Sầm Sơn', [
    'Lê Thị Hồng',
    'Nguyễn Thị Thủy',
    'Hoàng Văn Sơn',
    'Lê Thị Lý',
    'Nguyễn Xuân Trường',
    'Lê Hữu Phương',
  ]),
  ...communeStaff('hoanghoa', AGENCY.hoangHoa, 'xã', 'Hoằng Hóa', [
    'Lê Thị Tuyết',
    'Hoàng Thị Thanh',
    'Lê Đình Hậu',
    'Nguyễn Thị Liên',
    'Hoàng Văn Hải',
    'Lê Văn Đông',
  ]),
  ...communeStaff('thoxuan', AGENCY.thoXuan, 'xã', 'Thọ Xuân', [
    'Lê Thị Phượng',
    'Trịnh Thị Quỳnh',
    'Lê Văn Lực',
    'Nguyễn Thị Vân',
    'Lê Hữu Thọ',
    'Trịnh Văn Hùng',
  ]),
  ...communeStaff('quangngoc', AGENCY.quangNgoc, 'xã', 'Quảng Ngọc', [
    'Nguyễn Thị Lệ',
    'Lê Thị Xuân',
    'Nguyễn Văn Định',
    'Đinh Thị Hà',
    'Lê Văn Nghĩa',
    'Nguyễn Đình Tâm',
  ]),
  // A helper of the assisted-digital point (khu dân cư điện tử) of Quảng Ngọc: submits for villagers who come in, sees no dossier.
  officer('hotro.quangngoc', 'Phạm Thị Thu', 'Nhân viên Điểm hỗ trợ dịch vụ công thôn Đông Phú', GOV, [{ role: 'assisting_helper', agencyCode: AGENCY.quangNgoc }]),
];
