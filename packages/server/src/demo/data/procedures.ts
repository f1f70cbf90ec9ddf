import type { ComponentForm, ProcedureComponent, ProcedureDefinition, ProcedureFee, ProcessStep } from '@motcua/core';
import { DEMO_FORMS } from './forms.js';
import { AGENCY } from './province.js';

/*
 * The demo procedure catalogue of Thanh Hóa, as published after the two-level reform of 1 July 2025.
 *
 * Codes are those of the national catalogue (Cơ sở dữ liệu quốc gia về TTHC). Where a code is
 * marked "mã tham khảo" it has not been checked against the catalogue and must be verified before
 * the data is used for anything but a demonstration. Time limits are in working days; 0 means
 * "trong ngày". Provincial fees (set by resolutions of the Provincial People's Council) are
 * representative amounts, flagged in their notes.
 */

// ---------------------------------------------------------------------------------------------
// Small builders

type Role = ProcessStep['role'];
type StepSpec = [name: string, role: Role, shareDays: number, unitCode?: string, agencyCode?: string];

/** Numbers the steps B1, B2, … ; a fifth element sends the step to another agency (liên thông). */
function steps(...specs: StepSpec[]): ProcessStep[] {
  return specs.map(([name, role, shareDays, unitCode, agencyCode], index): ProcessStep => ({
    code: `B${index + 1}`,
    name,
    role,
    agency: agencyCode ? { kind: 'agency', agencyCode } : { kind: 'competent' },
    ...(unitCode ? { unitCode } : {}),
    shareDays,
  }));
}

/** Working days left to the processing steps once half a day is kept for reception and return. */
function budget(days: number): number {
  return days >= 2 ? days - 0.5 : days;
}

/** Time a reviewing or signing step takes, growing with the statutory limit. */
function signShare(days: number): number {
  if (days === 0) return 0;
  if (days <= 3) return 0.5;
  return days <= 10 ? 1 : 2;
}

type CommuneUnit = 'van-phong' | 'kinh-te' | 'van-hoa-xa-hoi';

/** Commune standard: the civil servant of the unit examines, a vice-chairman signs. */
function communeSigned(unit: CommuneUnit, days: number, examine: string, sign: string): ProcessStep[] {
  const lead = signShare(days);
  return steps([examine, 'specialist', budget(days) - lead, unit], [sign, 'agency_leader', lead]);
}

/** Commune with the head of the economic unit reviewing before the vice-chairman signs. */
function communeReviewed(days: number, examine: string, sign: string): ProcessStep[] {
  const share = signShare(days);
  return steps(
    [examine, 'specialist', budget(days) - 2 * share, 'kinh-te'],
    ['Trưởng phòng xem xét, trình Lãnh đạo UBND', 'unit_head', share, 'kinh-te'],
    [sign, 'agency_leader', share],
  );
}

/** Department standard: specialist examines, head of unit reviews, deputy director signs. */
function departmentSigned(unit: string, days: number, examine: string, sign: string, review = 'Lãnh đạo phòng xem xét, trình ký'): ProcessStep[] {
  const share = signShare(days);
  return steps([examine, 'specialist', budget(days) - 2 * share, unit], [review, 'unit_head', share, unit], [sign, 'agency_leader', share]);
}

/** Where the head of unit signs the result himself (registration certificates, driving licences). */
function unitSigned(unit: string, days: number, examine: string, sign: string): ProcessStep[] {
  const share = signShare(days);
  return steps([examine, 'specialist', budget(days) - share, unit], [sign, 'unit_head', share, unit]);
}

type ComponentSpec = Omit<ProcedureComponent, 'code' | 'form' | 'copies' | 'required'> & Partial<Pick<ProcedureComponent, 'copies' | 'required'>>;

function part(form: ComponentForm) {
  return (name: string, extra: Omit<ComponentSpec, 'name'> = {}): ComponentSpec & { form: ComponentForm } => ({ name, form, ...extra });
}
const original = part('original');
const certified = part('certified_copy');
const copy = part('copy');
const originalOrCertified = part('original_or_certified_copy');

/** Numbers the components TP01, TP02, … ; one copy and required unless said otherwise. */
function components(...specs: Array<ComponentSpec & { form: ComponentForm }>): ProcedureComponent[] {
  return specs.map(({ copies, required, ...rest }, index) => ({
    code: `TP${String(index + 1).padStart(2, '0')}`,
    copies: copies ?? 1,
    required: required ?? true,
    ...rest,
  }));
}

function fee(name: string, amountVnd: number, note?: string): ProcedureFee {
  return note ? { name, amountVnd, note } : { name, amountVnd };
}

// ---------------------------------------------------------------------------------------------
// Components and texts shared by many procedures

const IDENTITY = original('Giấy tờ tùy thân có ảnh của người yêu cầu (thẻ Căn cước, thẻ Căn cước công dân hoặc hộ chiếu còn giá trị sử dụng)', {
  note: 'Xuất trình để đối chiếu khi nộp trực tiếp; không phải xuất trình nếu thông tin đã khai thác được từ Cơ sở dữ liệu quốc gia về dân cư.',
});
const CIVIL_STATUS_PROXY = certified('Văn bản ủy quyền (trường hợp ủy quyền thực hiện thủ tục)', {
  required: false,
  note: 'Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.',
});
const PROXY = certified('Văn bản ủy quyền (trường hợp người nộp hồ sơ không phải là người có yêu cầu)', { required: false });

const PROVINCIAL_FEE = 'Mức thu theo Nghị quyết của HĐND tỉnh Thanh Hóa (mức minh họa, cần đối chiếu nghị quyết hiện hành).';

const HO_TICH_LAW = [
  'Luật Hộ tịch số 60/2014/QH13',
  'Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
  'Nghị định số 07/2025/NĐ-CP sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
  'Nghị định số 120/2025/NĐ-CP quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
  'Thông tư số 04/2020/TT-BTP quy định chi tiết thi hành một số điều của Luật Hộ tịch',
  'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh',
];
const CHUNG_THUC_LAW = [
  'Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
  'Nghị định số 07/2025/NĐ-CP sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
  'Thông tư số 01/2020/TT-BTP quy định chi tiết và hướng dẫn thi hành Nghị định số 23/2015/NĐ-CP',
  'Thông tư số 226/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
];
const DAT_DAI_LAW = [
  'Luật Đất đai số 31/2024/QH15',
  'Nghị định số 101/2024/NĐ-CP quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
  'Nghị định số 151/2025/NĐ-CP quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
  'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh',
];
const XAY_DUNG_LAW = [
  'Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung bởi Luật số 62/2020/QH14',
  'Nghị định số 175/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
  'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh',
];
const DOANH_NGHIEP_LAW = [
  'Luật Doanh nghiệp số 59/2020/QH14, được sửa đổi, bổ sung bởi Luật số 76/2025/QH15',
  'Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp',
  'Thông tư số 68/2025/TT-BTC ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh',
  'Thông tư số 47/2019/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp',
];
const LAO_DONG_LAW = [
  'Bộ luật Lao động số 45/2019/QH14',
  'Nghị định số 219/2025/NĐ-CP quy định về người lao động nước ngoài làm việc tại Việt Nam',
];
const BAO_TRO_LAW = [
  'Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
  'Nghị định số 76/2024/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP',
];
const KHUYET_TAT_LAW = [
  'Luật Người khuyết tật số 51/2010/QH12',
  'Nghị định số 28/2012/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật',
  'Thông tư số 01/2019/TT-BLĐTBXH quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện',
];
const KCB_LAW = [
  'Luật Khám bệnh, chữa bệnh số 15/2023/QH15',
  'Nghị định số 96/2023/NĐ-CP quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh',
  'Thông tư số 32/2023/TT-BYT quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh',
  'Thông tư số 59/2023/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế',
];
const GPLX_LAW = [
  'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15',
  'Thông tư số 12/2025/TT-BCA quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế',
  'Thông tư số 37/2023/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ được hoạt động trên các loại phương tiện',
];
const CU_TRU_LAW = [
  'Luật Cư trú số 68/2020/QH14',
  'Nghị định số 154/2024/NĐ-CP quy định chi tiết một số điều của Luật Cư trú',
  'Thông tư số 55/2021/TT-BCA quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú (được sửa đổi, bổ sung bởi Thông tư số 66/2023/TT-BCA)',
];
const LIEN_THONG_LAW = ['Nghị định số 63/2024/NĐ-CP quy định việc thực hiện liên thông điện tử hai nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất'];

const HO_TICH_EXAMINE = 'Công chức tư pháp - hộ tịch kiểm tra hồ sơ, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình ký';
const CHUNG_THUC_EXAMINE = 'Công chức tư pháp - hộ tịch kiểm tra giấy tờ, đối chiếu, ghi lời chứng, trình ký';

// ---------------------------------------------------------------------------------------------
// The catalogue

/** Defined once for the province and offered by every commune, ward and special zone: the applicant chooses where. */
const EVERY_COMMUNE = { scope: 'all_communes' } as const;

const HO_TICH: ProcedureDefinition[] = [
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    offeredBy: EVERY_COMMUNE,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'full',
    resultDocument: 'Giấy khai sinh (bản chính), bản sao Giấy khai sinh nếu có yêu cầu',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký khai sinh', 0, 'Miễn lệ phí đăng ký khai sinh đúng hạn (Điều 11 Luật Hộ tịch).')],
    components: components(
      original('Tờ khai đăng ký khai sinh', { template: 'to-khai-dang-ky-khai-sinh.docx' }),
      original('Giấy chứng sinh', { note: 'Trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận việc sinh hoặc giấy cam đoan về việc sinh.' }),
      IDENTITY,
      CIVIL_STATUS_PROXY,
    ),
    process: communeSigned('van-phong', 0, HO_TICH_EXAMINE, 'Lãnh đạo UBND ký Giấy khai sinh'),
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hamRong,
    offeredBy: EVERY_COMMUNE,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'partial',
    resultDocument: 'Giấy chứng nhận kết hôn (02 bản chính, mỗi bên vợ, chồng một bản)',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký kết hôn', 0, 'Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước (Điều 11 Luật Hộ tịch).')],
    components: components(
      original('Tờ khai đăng ký kết hôn', { template: 'to-khai-dang-ky-ket-hon.docx' }),
      original('Giấy xác nhận tình trạng hôn nhân', {
        required: false,
        note: 'Chỉ nộp khi người yêu cầu đăng ký kết hôn không thường trú tại xã, phường nơi đăng ký kết hôn.',
      }),
      IDENTITY,
    ),
    process: communeSigned('van-phong', 0, 'Công chức tư pháp - hộ tịch kiểm tra điều kiện kết hôn, ghi Sổ đăng ký kết hôn, trình ký', 'Lãnh đạo UBND ký Giấy chứng nhận kết hôn, tổ chức trao cho hai bên'),
  },
  {
    code: '1.000656',
    name: 'Đăng ký khai tử',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.samSon,
    offeredBy: EVERY_COMMUNE,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'full',
    resultDocument: 'Trích lục khai tử (bản chính)',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký khai tử', 0, 'Miễn lệ phí đăng ký khai tử đúng hạn (Điều 11 Luật Hộ tịch).')],
    components: components(
      original('Tờ khai đăng ký khai tử', { template: 'to-khai-dang-ky-khai-tu.docx' }),
      originalOrCertified('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp'),
      IDENTITY,
      CIVIL_STATUS_PROXY,
    ),
    process: communeSigned('van-phong', 0, HO_TICH_EXAMINE, 'Lãnh đạo UBND ký Trích lục khai tử'),
  },
  {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    offeredBy: EVERY_COMMUNE,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Giấy xác nhận tình trạng hôn nhân',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 15_000, PROVINCIAL_FEE)],
    components: components(
      original('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', { template: 'to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan.docx' }),
      originalOrCertified('Bản án, quyết định ly hôn đã có hiệu lực pháp luật hoặc giấy tờ chứng minh việc vợ, chồng đã chết', {
        required: false,
        note: 'Nộp khi người yêu cầu đã có vợ, chồng nhưng đã ly hôn hoặc người vợ, chồng đã chết.',
      }),
      original('Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây', {
        required: false,
        note: 'Nộp lại khi đề nghị cấp lại Giấy xác nhận để sử dụng vào mục đích khác hoặc khi giấy đã hết thời hạn sử dụng.',
      }),
      IDENTITY,
      CIVIL_STATUS_PROXY,
    ),
    process: communeSigned('van-phong', 3, 'Công chức tư pháp - hộ tịch kiểm tra, xác minh tình trạng hôn nhân, trình ký', 'Lãnh đạo UBND ký Giấy xác nhận tình trạng hôn nhân'),
  },
  {
    code: '1.001022',
    name: 'Đăng ký nhận cha, mẹ, con',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hoangHoa,
    processingDays: 3,
    onlineMode: 'partial',
    resultDocument: 'Trích lục đăng ký nhận cha, mẹ, con (bản chính)',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký nhận cha, mẹ, con', 15_000, PROVINCIAL_FEE)],
    components: components(
      original('Tờ khai đăng ký nhận cha, mẹ, con', { template: 'to-khai-dang-ky-nhan-cha-me-con.docx' }),
      originalOrCertified('Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha, mẹ, con', {
        note: 'Nếu không có, nộp thư từ, phim ảnh, băng, đĩa, đồ dùng, vật dụng khác chứng minh quan hệ và văn bản cam đoan về mối quan hệ cha, mẹ, con, có ít nhất hai người làm chứng.',
      }),
      IDENTITY,
      CIVIL_STATUS_PROXY,
    ),
    process: communeSigned('van-phong', 3, 'Công chức tư pháp - hộ tịch kiểm tra, niêm yết công khai, xác minh (nếu cần), trình ký', 'Lãnh đạo UBND ký Trích lục đăng ký nhận cha, mẹ, con'),
  },
  {
    code: '1.004859',
    name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.thoXuan,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch', 15_000, PROVINCIAL_FEE)],
    components: components(
      original('Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', {
        template: 'to-khai-thay-doi-cai-chinh-bo-sung-ho-tich.docx',
      }),
      original('Giấy tờ hộ tịch cần thay đổi, cải chính, bổ sung (Giấy khai sinh, Trích lục)'),
      certified('Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc'),
      IDENTITY,
      CIVIL_STATUS_PROXY,
    ),
    process: communeSigned('van-phong', 3, 'Công chức tư pháp - hộ tịch kiểm tra căn cứ thay đổi, cải chính, xác minh (nếu cần), trình ký', 'Lãnh đạo UBND ký Trích lục thay đổi, cải chính hộ tịch'),
  },
  {
    code: '1.004837',
    name: 'Đăng ký giám hộ',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.quangNgoc,
    processingDays: 3,
    onlineMode: 'partial',
    resultDocument: 'Trích lục đăng ký giám hộ',
    legalBasis: [...HO_TICH_LAW, 'Bộ luật Dân sự số 91/2015/QH13'],
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký giám hộ', 0, 'Miễn lệ phí đăng ký giám hộ (Điều 11 Luật Hộ tịch).')],
    components: components(
      original('Tờ khai đăng ký giám hộ', { template: 'to-khai-dang-ky-giam-ho.docx' }),
      original('Văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên', {
        note: 'Giám hộ cử: văn bản cử người giám hộ. Giám hộ đương nhiên: giấy tờ chứng minh là người giám hộ đương nhiên theo Bộ luật Dân sự.',
      }),
      IDENTITY,
      CIVIL_STATUS_PROXY,
    ),
    process: communeSigned('van-phong', 3, HO_TICH_EXAMINE, 'Lãnh đạo UBND ký Trích lục đăng ký giám hộ'),
  },
  {
    code: '1.004845',
    name: 'Đăng ký chấm dứt giám hộ',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.quangNgoc,
    processingDays: 2,
    onlineMode: 'partial',
    resultDocument: 'Trích lục đăng ký chấm dứt giám hộ',
    legalBasis: [...HO_TICH_LAW, 'Bộ luật Dân sự số 91/2015/QH13'],
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Tờ khai đăng ký chấm dứt giám hộ', { template: 'to-khai-dang-ky-cham-dut-giam-ho.docx' }),
      certified('Giấy tờ làm căn cứ chấm dứt việc giám hộ theo quy định của Bộ luật Dân sự'),
      IDENTITY,
    ),
    process: communeSigned('van-phong', 2, HO_TICH_EXAMINE, 'Lãnh đạo UBND ký Trích lục đăng ký chấm dứt giám hộ'),
  },
  {
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'full',
    resultDocument: 'Bản sao Trích lục hộ tịch',
    legalBasis: [...HO_TICH_LAW, 'Thông tư số 281/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch'],
    applicantTypes: ['citizen', 'organisation'],
    fees: [fee('Phí cấp bản sao Trích lục hộ tịch', 8_000, '8.000 đồng/bản sao Trích lục (Thông tư số 281/2016/TT-BTC).')],
    components: components(
      original('Tờ khai cấp bản sao Trích lục hộ tịch', { template: 'to-khai-cap-ban-sao-trich-luc-ho-tich.docx' }),
      IDENTITY,
      CIVIL_STATUS_PROXY,
    ),
    process: communeSigned('van-phong', 0, 'Công chức tư pháp - hộ tịch tra cứu Cơ sở dữ liệu hộ tịch, in bản sao Trích lục, trình ký', 'Lãnh đạo UBND ký bản sao Trích lục hộ tịch'),
  },
  {
    code: '1.004884',
    name: 'Đăng ký lại khai sinh',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hoangHoa,
    processingDays: 5,
    onlineMode: 'partial',
    resultDocument: 'Giấy khai sinh (bản chính) có ghi "Đăng ký lại"',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký lại khai sinh', 15_000, PROVINCIAL_FEE)],
    components: components(
      original('Tờ khai đăng ký lại khai sinh', { template: 'to-khai-dang-ky-lai-khai-sinh.docx' }),
      certified('Bản sao Giấy khai sinh hoặc giấy tờ, tài liệu có nội dung liên quan đến thông tin khai sinh', {
        note: 'Ví dụ: hồ sơ, giấy tờ cá nhân do cơ quan có thẩm quyền cấp, học bạ, bằng tốt nghiệp, hồ sơ cán bộ, đảng viên.',
      }),
      original('Văn bản cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh', { required: false }),
      IDENTITY,
    ),
    process: communeSigned('van-phong', 5, 'Công chức tư pháp - hộ tịch kiểm tra, xác minh việc đăng ký khai sinh trước đây, trình ký', 'Lãnh đạo UBND ký Giấy khai sinh (đăng ký lại)'),
  },
  {
    code: '1.000689',
    name: 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.samSon,
    processingDays: 3,
    onlineMode: 'partial',
    resultDocument: 'Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký nhận cha, mẹ, con', 15_000, `Miễn lệ phí đăng ký khai sinh đúng hạn. ${PROVINCIAL_FEE}`)],
    components: components(
      original('Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con', { template: 'to-khai-dang-ky-khai-sinh-nhan-cha-me-con.docx' }),
      original('Giấy chứng sinh'),
      originalOrCertified('Văn bản hoặc chứng cứ chứng minh quan hệ cha, mẹ, con'),
      IDENTITY,
    ),
    process: communeSigned('van-phong', 3, HO_TICH_EXAMINE, 'Lãnh đạo UBND ký Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con'),
  },
  {
    code: '1.005461',
    name: 'Đăng ký lại khai tử',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.thoXuan,
    processingDays: 5,
    onlineMode: 'partial',
    resultDocument: 'Trích lục khai tử (đăng ký lại)',
    legalBasis: HO_TICH_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký lại khai tử', 15_000, PROVINCIAL_FEE)],
    components: components(
      original('Tờ khai đăng ký lại khai tử', { template: 'to-khai-dang-ky-lai-khai-tu.docx' }),
      certified('Bản sao Giấy chứng tử trước đây được cấp hợp lệ hoặc giấy tờ có nội dung liên quan', {
        note: 'Nếu không có, người yêu cầu tự cam đoan về việc đã đăng ký khai tử nhưng sổ hộ tịch và bản chính giấy tờ không còn.',
      }),
      IDENTITY,
      CIVIL_STATUS_PROXY,
    ),
    process: communeSigned('van-phong', 5, 'Công chức tư pháp - hộ tịch kiểm tra, xác minh việc đăng ký khai tử trước đây, trình ký', 'Lãnh đạo UBND ký Trích lục khai tử (đăng ký lại)'),
  },
  {
    code: '2.000806',
    name: 'Đăng ký kết hôn có yếu tố nước ngoài',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    processingDays: 10,
    onlineMode: 'partial',
    resultDocument: 'Giấy chứng nhận kết hôn',
    legalBasis: [...HO_TICH_LAW, 'Luật Hôn nhân và gia đình số 52/2014/QH13'],
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký kết hôn có yếu tố nước ngoài', 1_000_000, PROVINCIAL_FEE)],
    components: components(
      original('Tờ khai đăng ký kết hôn (mẫu dành cho trường hợp có yếu tố nước ngoài)', { template: 'to-khai-dang-ky-ket-hon.docx' }),
      original('Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp', {
        note: 'Đã được hợp pháp hóa lãnh sự (trừ trường hợp được miễn) và dịch ra tiếng Việt, bản dịch có chứng thực.',
      }),
      original('Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình', {
        copies: 2,
      }),
      certified('Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài'),
      IDENTITY,
    ),
    process: communeSigned(
      'van-phong',
      10,
      'Công chức tư pháp - hộ tịch nghiên cứu, thẩm tra hồ sơ, xác minh (nếu cần), báo cáo Chủ tịch UBND',
      'Lãnh đạo UBND ký Giấy chứng nhận kết hôn, tổ chức trao cho hai bên',
    ),
  },
];

const LIEN_THONG: ProcedureDefinition[] = [
  {
    code: '2.000986',
    name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    processingDays: 5,
    onlineMode: 'full',
    resultDocument: 'Giấy khai sinh; thông báo kết quả đăng ký thường trú; thẻ bảo hiểm y tế của trẻ',
    legalBasis: [...LIEN_THONG_LAW, 'Luật Hộ tịch số 60/2014/QH13', 'Luật Cư trú số 68/2020/QH14', 'Luật Bảo hiểm y tế số 25/2008/QH12, được sửa đổi, bổ sung bởi Luật số 51/2024/QH15'],
    applicantTypes: ['citizen'],
    fees: [
      fee('Lệ phí đăng ký khai sinh', 0, 'Miễn lệ phí đăng ký khai sinh đúng hạn.'),
      fee('Lệ phí đăng ký cư trú', 0, 'Miễn lệ phí đăng ký thường trú lần đầu cho trẻ em.'),
    ],
    components: components(
      original('Tờ khai điện tử liên thông (đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế)', { template: 'to-khai-lien-thong-khai-sinh.docx' }),
      original('Giấy chứng sinh', { note: 'Bản chụp hoặc bản điện tử khi nộp trực tuyến; nộp bản chính khi nhận kết quả.' }),
      original('Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp cho trẻ đăng ký thường trú', {
        required: false,
        note: 'Không phải nộp nếu trẻ đăng ký thường trú cùng cha, mẹ tại chỗ ở hợp pháp của cha, mẹ.',
      }),
      IDENTITY,
    ),
    process: steps(
      ['Công chức tư pháp - hộ tịch đăng ký khai sinh, cấp số định danh cá nhân, chuyển dữ liệu liên thông', 'specialist', 0.5, 'van-phong'],
      ['Công an đăng ký thường trú cho trẻ, cập nhật Cơ sở dữ liệu về cư trú', 'specialist', 2, 'qlhc', AGENCY.congAn],
      ['Bảo hiểm xã hội cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 'specialist', 1.5, 'thu-so-the', AGENCY.baoHiemXaHoi],
      ['Lãnh đạo UBND ký Giấy khai sinh, xác nhận hoàn thành hồ sơ liên thông', 'agency_leader', 0.5],
    ),
  },
  {
    code: '2.002913',
    name: 'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    fieldCode: 'ho-tich',
    level: 'commune',
    competentAgencyCode: AGENCY.hamRong,
    processingDays: 10,
    onlineMode: 'full',
    resultDocument: 'Trích lục khai tử; thông báo xóa đăng ký thường trú; quyết định giải quyết mai táng phí, trợ cấp tuất',
    legalBasis: [...LIEN_THONG_LAW, 'Luật Hộ tịch số 60/2014/QH13', 'Luật Cư trú số 68/2020/QH14', 'Luật Bảo hiểm xã hội số 41/2024/QH15'],
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký khai tử', 0, 'Miễn lệ phí đăng ký khai tử đúng hạn.')],
    components: components(
      original('Tờ khai điện tử liên thông (đăng ký khai tử, xóa đăng ký thường trú, mai táng phí, tử tuất)', { template: 'to-khai-lien-thong-khai-tu.docx' }),
      originalOrCertified('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử'),
      copy('Sổ bảo hiểm xã hội hoặc quyết định hưởng lương hưu, trợ cấp bảo hiểm xã hội của người chết', {
        required: false,
        note: 'Nộp khi đề nghị giải quyết trợ cấp mai táng, tử tuất.',
      }),
      IDENTITY,
    ),
    process: steps(
      ['Công chức tư pháp - hộ tịch đăng ký khai tử, cập nhật dữ liệu, chuyển hồ sơ liên thông', 'specialist', 1, 'van-phong'],
      ['Công an xóa đăng ký thường trú của người đã chết', 'specialist', 2, 'qlhc', AGENCY.congAn],
      ['Bảo hiểm xã hội giải quyết trợ cấp mai táng, trợ cấp tuất', 'specialist', 5, 'che-do', AGENCY.baoHiemXaHoi],
      ['Lãnh đạo UBND ký Trích lục khai tử, xác nhận hoàn thành hồ sơ liên thông', 'agency_leader', 1.5],
    ),
  },
];

const CHUNG_THUC: ProcedureDefinition[] = [
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    fieldCode: 'chung-thuc',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    offeredBy: EVERY_COMMUNE,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'partial',
    resultDocument: 'Bản sao được chứng thực từ bản chính',
    legalBasis: CHUNG_THUC_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [
      fee('Phí chứng thực bản sao từ bản chính', 2_000, '2.000 đồng/trang đối với trang thứ nhất và thứ hai; từ trang thứ ba trở lên 1.000 đồng/trang; tối đa 200.000 đồng/bản.'),
    ],
    components: components(
      original('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', { note: 'Xuất trình để đối chiếu, trả lại người yêu cầu.' }),
      copy('Bản sao cần chứng thực', { note: 'Trường hợp người yêu cầu chỉ xuất trình bản chính, cơ quan chứng thực chụp từ bản chính.' }),
    ),
    process: communeSigned('van-phong', 0, CHUNG_THUC_EXAMINE, 'Lãnh đạo UBND ký chứng thực, đóng dấu'),
  },
  {
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    fieldCode: 'chung-thuc',
    level: 'commune',
    competentAgencyCode: AGENCY.samSon,
    offeredBy: EVERY_COMMUNE,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'none',
    resultDocument: 'Giấy tờ, văn bản đã được chứng thực chữ ký',
    legalBasis: CHUNG_THUC_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Phí chứng thực chữ ký', 10_000, '10.000 đồng/trường hợp (một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản).')],
    components: components(IDENTITY, original('Giấy tờ, văn bản cần chứng thực chữ ký', { note: 'Người yêu cầu ký trước mặt người thực hiện chứng thực.' })),
    process: communeSigned('van-phong', 0, CHUNG_THUC_EXAMINE, 'Lãnh đạo UBND ký chứng thực, đóng dấu'),
  },
  {
    code: '2.000992',
    name: 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã, tổ chức hành nghề công chứng',
    fieldCode: 'chung-thuc',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'none',
    resultDocument: 'Bản dịch đã được chứng thực chữ ký người dịch',
    legalBasis: CHUNG_THUC_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [fee('Phí chứng thực chữ ký người dịch', 10_000, '10.000 đồng/trường hợp.')],
    components: components(original('Bản dịch và giấy tờ, văn bản cần dịch'), IDENTITY),
    process: communeSigned('van-phong', 0, 'Công chức tư pháp - hộ tịch kiểm tra bản dịch, người dịch ký trước mặt, ghi lời chứng, trình ký', 'Lãnh đạo UBND ký chứng thực, đóng dấu'),
  },
  {
    code: '2.001035',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    fieldCode: 'chung-thuc',
    level: 'commune',
    competentAgencyCode: AGENCY.hoangHoa,
    processingDays: 2,
    onlineMode: 'none',
    resultDocument: 'Hợp đồng, giao dịch đã được chứng thực',
    legalBasis: CHUNG_THUC_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [fee('Phí chứng thực hợp đồng, giao dịch', 50_000, '50.000 đồng/hợp đồng, giao dịch.')],
    components: components(
      original('Phiếu yêu cầu chứng thực hợp đồng, giao dịch', { template: 'phieu-yeu-cau-chung-thuc-hop-dong-giao-dich.docx' }),
      original('Dự thảo hợp đồng, giao dịch'),
      certified('Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất hoặc giấy tờ thay thế', {
        note: 'Xuất trình bản chính để đối chiếu.',
      }),
      copy('Bản sao giấy tờ tùy thân của các bên tham gia hợp đồng, giao dịch', { copies: 2 }),
    ),
    process: communeSigned('van-phong', 2, 'Công chức tư pháp - hộ tịch kiểm tra hồ sơ, năng lực hành vi dân sự của các bên, các bên ký trước mặt, trình ký', 'Lãnh đạo UBND ký chứng thực hợp đồng, giao dịch'),
  },
  {
    code: '2.001019',
    name: 'Chứng thực di chúc',
    fieldCode: 'chung-thuc',
    level: 'commune',
    competentAgencyCode: AGENCY.thoXuan,
    offeredBy: { scope: 'agencies', agencyCodes: [AGENCY.hoangHoa, AGENCY.thoXuan, AGENCY.quangNgoc] },
    processingDays: 2,
    onlineMode: 'none',
    resultDocument: 'Di chúc đã được chứng thực',
    legalBasis: [...CHUNG_THUC_LAW, 'Bộ luật Dân sự số 91/2015/QH13'],
    applicantTypes: ['citizen'],
    fees: [fee('Phí chứng thực di chúc', 50_000, '50.000 đồng/di chúc.')],
    components: components(
      original('Phiếu yêu cầu chứng thực hợp đồng, giao dịch', { template: 'phieu-yeu-cau-chung-thuc-hop-dong-giao-dich.docx' }),
      original('Dự thảo di chúc'),
      copy('Bản sao giấy tờ tùy thân của người lập di chúc'),
      certified('Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản định đoạt trong di chúc', { required: false }),
    ),
    process: communeSigned('van-phong', 2, 'Công chức tư pháp - hộ tịch kiểm tra, người lập di chúc ký trước mặt, trình ký', 'Lãnh đạo UBND ký chứng thực di chúc'),
  },
  {
    code: '2.001406',
    name: 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    fieldCode: 'chung-thuc',
    level: 'commune',
    competentAgencyCode: AGENCY.quangNgoc,
    processingDays: 2,
    onlineMode: 'none',
    resultDocument: 'Văn bản thỏa thuận phân chia di sản đã được chứng thực',
    legalBasis: [...CHUNG_THUC_LAW, 'Bộ luật Dân sự số 91/2015/QH13'],
    applicantTypes: ['citizen'],
    fees: [fee('Phí chứng thực văn bản thỏa thuận phân chia di sản', 50_000, '50.000 đồng/văn bản.')],
    components: components(
      original('Phiếu yêu cầu chứng thực hợp đồng, giao dịch', { template: 'phieu-yeu-cau-chung-thuc-hop-dong-giao-dich.docx' }),
      original('Dự thảo văn bản thỏa thuận phân chia di sản'),
      certified('Trích lục khai tử hoặc giấy tờ chứng minh người để lại di sản đã chết'),
      certified('Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất hoặc giấy tờ thay thế'),
      copy('Bản sao giấy tờ tùy thân của những người được hưởng di sản', { copies: 2 }),
    ),
    process: communeSigned('van-phong', 2, 'Công chức tư pháp - hộ tịch kiểm tra quan hệ thừa kế, niêm yết (nếu cần), các bên ký trước mặt, trình ký', 'Lãnh đạo UBND ký chứng thực văn bản'),
  },
  {
    code: '2.000913',
    name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
    fieldCode: 'chung-thuc',
    level: 'commune',
    competentAgencyCode: AGENCY.hamRong,
    processingDays: 2,
    onlineMode: 'none',
    resultDocument: 'Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch đã được chứng thực',
    legalBasis: CHUNG_THUC_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [fee('Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 30_000, '30.000 đồng/hợp đồng, giao dịch.')],
    components: components(
      original('Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch'),
      original('Hợp đồng, giao dịch đã được chứng thực trước đây'),
      copy('Bản sao giấy tờ tùy thân của các bên', { copies: 2 }),
    ),
    process: communeSigned('van-phong', 2, 'Công chức tư pháp - hộ tịch kiểm tra, các bên ký trước mặt, trình ký', 'Lãnh đạo UBND ký chứng thực'),
  },
  {
    code: '2.000908',
    name: 'Cấp bản sao từ sổ gốc',
    fieldCode: 'chung-thuc',
    level: 'commune',
    competentAgencyCode: AGENCY.samSon,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'partial',
    resultDocument: 'Bản sao từ sổ gốc',
    legalBasis: CHUNG_THUC_LAW,
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      IDENTITY,
      originalOrCertified('Giấy tờ chứng minh quan hệ với người được cấp bản chính', {
        required: false,
        note: 'Nộp khi người yêu cầu là người thân thích, người thừa kế của người được cấp bản chính đã chết.',
      }),
    ),
    process: communeSigned('van-phong', 0, 'Công chức tư pháp - hộ tịch tra cứu sổ gốc, lập bản sao, trình ký', 'Lãnh đạo UBND ký bản sao từ sổ gốc'),
  },
];

const TU_PHAP_TINH: ProcedureDefinition[] = [
  {
    code: '2.001263',
    name: 'Đăng ký việc nuôi con nuôi trong nước',
    fieldCode: 'nuoi-con-nuoi',
    level: 'commune',
    competentAgencyCode: AGENCY.hoangHoa,
    processingDays: 30,
    onlineMode: 'partial',
    resultDocument: 'Giấy chứng nhận nuôi con nuôi',
    legalBasis: [
      'Luật Nuôi con nuôi số 52/2010/QH12',
      'Nghị định số 19/2011/NĐ-CP quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi',
      'Nghị định số 24/2019/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 19/2011/NĐ-CP',
      'Nghị định số 114/2016/NĐ-CP quy định lệ phí đăng ký nuôi con nuôi, lệ phí cấp giấy phép hoạt động của tổ chức con nuôi nước ngoài',
    ],
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí đăng ký nuôi con nuôi trong nước', 400_000, 'Miễn lệ phí trong trường hợp cha dượng, mẹ kế nhận con riêng của vợ hoặc chồng; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi.')],
    components: components(
      original('Đơn xin nhận con nuôi', { template: 'don-xin-nhan-con-nuoi.docx' }),
      certified('Bản sao hộ chiếu, thẻ Căn cước hoặc giấy tờ có giá trị thay thế của người nhận con nuôi'),
      original('Phiếu lý lịch tư pháp của người nhận con nuôi'),
      original('Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi'),
      original('Giấy khám sức khỏe của người nhận con nuôi do cơ quan y tế cấp huyện trở lên cấp'),
      original('Văn bản xác nhận hoàn cảnh gia đình, tình trạng chỗ ở, điều kiện kinh tế của người nhận con nuôi'),
      certified('Giấy khai sinh, giấy khám sức khỏe, hai ảnh toàn thân nhìn thẳng của người được giới thiệu làm con nuôi', { copies: 2 }),
    ),
    process: communeSigned(
      'van-phong',
      30,
      'Công chức tư pháp - hộ tịch kiểm tra hồ sơ, lấy ý kiến của những người liên quan, trình kết quả',
      'Lãnh đạo UBND ký Giấy chứng nhận nuôi con nuôi, tổ chức giao nhận con nuôi',
    ),
  },
  {
    // LLTP moved from the Ministry of Justice to the Ministry of Public Security on 1 March 2025;
    // the catalogue republished it under a 3.xxxxxx code that the procedure-code pattern of
    // @motcua/core does not accept yet, so the earlier national code is kept here.
    code: '2.000505',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    fieldCode: 'ly-lich-tu-phap',
    level: 'province',
    competentAgencyCode: AGENCY.congAn,
    processingDays: 10,
    onlineMode: 'full',
    resultDocument: 'Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử trên ứng dụng VNeID)',
    legalBasis: [
      'Luật Lý lịch tư pháp số 28/2009/QH12',
      'Nghị định số 111/2010/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp',
      'Thông tư số 06/2024/TT-BTP sửa đổi, bổ sung một số điều của các thông tư về biểu mẫu và mẫu sổ lý lịch tư pháp',
      'Thông tư số 244/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
    ],
    applicantTypes: ['citizen'],
    fees: [
      fee('Phí cung cấp thông tin lý lịch tư pháp', 200_000, 'Sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần; trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo được miễn.'),
      fee('Phí cấp thêm Phiếu (từ Phiếu thứ 3 trở đi)', 5_000, '5.000 đồng/Phiếu.'),
    ],
    components: components(
      original('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', { template: 'to-khai-yeu-cau-cap-phieu-ly-lich-tu-phap.docx' }),
      copy('Bản chụp giấy tờ tùy thân của người được cấp Phiếu', { note: 'Không phải nộp khi yêu cầu trên ứng dụng VNeID hoặc thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.' }),
      certified('Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu số 1)', {
        required: false,
        note: 'Không cần ủy quyền nếu người được ủy quyền là cha, mẹ, vợ, chồng, con của người được cấp Phiếu. Không được ủy quyền yêu cầu cấp Phiếu số 2.',
      }),
    ),
    process: departmentSigned(
      'hsnv',
      10,
      'Cán bộ Phòng Hồ sơ nghiệp vụ tra cứu, xác minh thông tin lý lịch tư pháp, lập Phiếu',
      'Lãnh đạo Công an tỉnh ký Phiếu lý lịch tư pháp',
      'Lãnh đạo Phòng Hồ sơ nghiệp vụ kiểm tra, trình ký',
    ),
  },
  {
    code: '1.002032', // mã tham khảo
    name: 'Đăng ký hoạt động của tổ chức hành nghề luật sư',
    fieldCode: 'luat-su',
    level: 'province',
    competentAgencyCode: AGENCY.tuPhap,
    processingDays: 10,
    onlineMode: 'partial',
    resultDocument: 'Giấy đăng ký hoạt động của tổ chức hành nghề luật sư',
    legalBasis: [
      'Luật Luật sư số 65/2006/QH11, được sửa đổi, bổ sung bởi Luật số 20/2012/QH13',
      'Nghị định số 123/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Luật sư',
      'Thông tư số 220/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định điều kiện hành nghề thuộc lĩnh vực tư pháp',
    ],
    applicantTypes: ['organisation'],
    fees: [fee('Phí thẩm định điều kiện đăng ký hoạt động', 500_000, 'Mức thu theo Thông tư số 220/2016/TT-BTC (cần đối chiếu văn bản hiện hành).')],
    components: components(
      original('Giấy đề nghị đăng ký hoạt động của tổ chức hành nghề luật sư', { template: 'giay-de-nghi-dang-ky-hoat-dong-to-chuc-hanh-nghe-luat-su.docx' }),
      original('Dự thảo Điều lệ của công ty luật (đối với công ty luật)', { required: false }),
      certified('Bản sao Chứng chỉ hành nghề luật sư, Thẻ luật sư của luật sư thành lập văn phòng luật sư, công ty luật'),
      certified('Giấy tờ chứng minh về trụ sở của tổ chức hành nghề luật sư'),
    ),
    process: departmentSigned(
      'bo-tro-tu-phap',
      10,
      'Chuyên viên Phòng Bổ trợ tư pháp thẩm định hồ sơ, điều kiện hoạt động',
      'Lãnh đạo Sở Tư pháp ký Giấy đăng ký hoạt động',
    ),
  },
  {
    code: '2.000789', // mã tham khảo
    name: 'Đăng ký hành nghề và cấp Thẻ công chứng viên',
    fieldCode: 'cong-chung',
    level: 'province',
    competentAgencyCode: AGENCY.tuPhap,
    processingDays: 10,
    onlineMode: 'partial',
    resultDocument: 'Thẻ công chứng viên',
    legalBasis: [
      'Luật Công chứng số 46/2024/QH15',
      'Nghị định số 104/2025/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Công chứng',
      'Thông tư số 257/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí công chứng; phí chứng thực; phí thẩm định tiêu chuẩn, điều kiện hành nghề công chứng; lệ phí cấp thẻ công chứng viên',
    ],
    applicantTypes: ['organisation'],
    fees: [fee('Lệ phí cấp Thẻ công chứng viên', 100_000)],
    components: components(
      original('Văn bản đề nghị đăng ký hành nghề của tổ chức hành nghề công chứng', { template: 'de-nghi-dang-ky-hanh-nghe-cong-chung-vien.docx' }),
      certified('Quyết định bổ nhiệm, bổ nhiệm lại công chứng viên'),
      original('Giấy tờ chứng minh công chứng viên đã tham gia bảo hiểm trách nhiệm nghề nghiệp'),
      original('02 ảnh chân dung cỡ 2 cm x 3 cm của công chứng viên', { copies: 2 }),
    ),
    process: departmentSigned('bo-tro-tu-phap', 10, 'Chuyên viên Phòng Bổ trợ tư pháp thẩm định hồ sơ', 'Lãnh đạo Sở Tư pháp ký cấp Thẻ công chứng viên'),
  },
];

const DAT_DAI_MOI_TRUONG: ProcedureDefinition[] = [
  {
    code: '1.013978',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    fieldCode: 'dat-dai',
    level: 'commune',
    competentAgencyCode: AGENCY.thoXuan,
    processingDays: 20,
    onlineMode: 'partial',
    resultDocument: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    legalBasis: DAT_DAI_LAW,
    applicantTypes: ['citizen'],
    fees: [
      fee('Lệ phí cấp Giấy chứng nhận', 100_000, `Trường hợp chỉ có quyền sử dụng đất: 25.000 đồng. ${PROVINCIAL_FEE}`),
      fee('Lệ phí trước bạ, tiền sử dụng đất (nếu có)', 0, 'Nộp theo thông báo của cơ quan thuế; thời gian thực hiện nghĩa vụ tài chính không tính vào thời hạn giải quyết.'),
    ],
    components: components(
      original('Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15)', { template: 'don-dang-ky-dat-dai-mau-15.docx' }),
      originalOrCertified('Một trong các giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có)', { required: false }),
      originalOrCertified('Giấy tờ về quyền sở hữu tài sản gắn liền với đất (nếu đăng ký tài sản)', { required: false }),
      original('Mảnh trích đo bản đồ địa chính thửa đất (nếu có)', { required: false }),
      originalOrCertified('Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)', { required: false }),
      PROXY,
    ),
    process: steps(
      ['Công chức Phòng Kinh tế kiểm tra hồ sơ, xác nhận hiện trạng, nguồn gốc sử dụng đất, niêm yết công khai', 'specialist', 7, 'kinh-te'],
      ['Văn phòng Đăng ký đất đai kiểm tra hồ sơ địa chính, trích lục bản đồ, gửi thông tin xác định nghĩa vụ tài chính', 'specialist', 5, 'vpdkdd', AGENCY.nongNghiepMoiTruong],
      ['Cơ quan thuế xác định và thông báo nghĩa vụ tài chính', 'specialist', 3, 'ho-kinh-doanh-ca-nhan', AGENCY.thue],
      ['Trưởng phòng Kinh tế kiểm tra, trình cấp Giấy chứng nhận', 'unit_head', 2, 'kinh-te'],
      ['Lãnh đạo UBND xã, phường ký Giấy chứng nhận', 'agency_leader', 2.5],
    ),
  },
  {
    code: '1.013831',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    fieldCode: 'dat-dai',
    level: 'province',
    competentAgencyCode: AGENCY.nongNghiepMoiTruong,
    processingDays: 8,
    onlineMode: 'partial',
    resultDocument: 'Giấy chứng nhận đã xác nhận nội dung biến động hoặc Giấy chứng nhận mới',
    legalBasis: [...DAT_DAI_LAW, 'Nghị định số 10/2022/NĐ-CP quy định về lệ phí trước bạ'],
    applicantTypes: ['citizen', 'organisation'],
    fees: [
      fee('Lệ phí cấp Giấy chứng nhận (trường hợp cấp mới)', 50_000, PROVINCIAL_FEE),
      fee('Lệ phí trước bạ', 0, '0,5% giá tính lệ phí trước bạ, nộp theo thông báo của cơ quan thuế.'),
    ],
    components: components(
      original('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)', { template: 'don-dang-ky-bien-dong-mau-18.docx' }),
      original('Giấy chứng nhận đã cấp (bản gốc)'),
      original('Hợp đồng, văn bản về việc chuyển nhượng, thừa kế, tặng cho, góp vốn đã được công chứng hoặc chứng thực'),
      original('Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân', { template: 'to-khai-le-phi-truoc-ba.docx' }),
      PROXY,
    ),
    process: steps(
      ['Chuyên viên Văn phòng Đăng ký đất đai kiểm tra hồ sơ, gửi phiếu chuyển thông tin địa chính đến cơ quan thuế', 'specialist', 3, 'vpdkdd'],
      ['Cơ quan thuế xác định, thông báo nghĩa vụ tài chính', 'specialist', 2, 'ho-kinh-doanh-ca-nhan', AGENCY.thue],
      ['Chuyên viên Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa chính, in Giấy chứng nhận', 'specialist', 1.5, 'vpdkdd'],
      ['Giám đốc Văn phòng Đăng ký đất đai ký xác nhận biến động hoặc cấp Giấy chứng nhận', 'unit_head', 1, 'vpdkdd'],
    ),
  },
  {
    code: '1.012796',
    name: 'Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót',
    fieldCode: 'dat-dai',
    level: 'commune',
    competentAgencyCode: AGENCY.quangNgoc,
    processingDays: 10,
    onlineMode: 'partial',
    resultDocument: 'Giấy chứng nhận đã được đính chính',
    legalBasis: DAT_DAI_LAW,
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)', { template: 'don-dang-ky-bien-dong-mau-18.docx' }),
      original('Giấy chứng nhận đã cấp (bản gốc)'),
      certified('Giấy tờ chứng minh nội dung sai sót (giấy khai sinh, quyết định, hồ sơ địa chính…)', { required: false }),
      PROXY,
    ),
    process: communeReviewed(10, 'Công chức Phòng Kinh tế kiểm tra, đối chiếu hồ sơ địa chính, lập biên bản xác định sai sót', 'Lãnh đạo UBND xã, phường ký đính chính Giấy chứng nhận'),
  },
  {
    code: '1.010733', // mã tham khảo
    name: 'Đăng ký môi trường (cấp xã)',
    fieldCode: 'moi-truong',
    level: 'commune',
    competentAgencyCode: AGENCY.hoangHoa,
    processingDays: 5,
    onlineMode: 'full',
    resultDocument: 'Văn bản tiếp nhận đăng ký môi trường',
    legalBasis: [
      'Luật Bảo vệ môi trường số 72/2020/QH14',
      'Nghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường',
      'Nghị định số 05/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP',
      'Thông tư số 02/2022/TT-BTNMT quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường',
    ],
    applicantTypes: ['citizen', 'organisation'],
    fees: [],
    components: components(original('Văn bản đăng ký môi trường (Mẫu số 47 Phụ lục Nghị định số 08/2022/NĐ-CP)', { template: 'mau-dang-ky-moi-truong.docx' })),
    process: steps(
      ['Công chức Phòng Kinh tế kiểm tra nội dung đăng ký, cập nhật cơ sở dữ liệu môi trường', 'specialist', 3.5, 'kinh-te'],
      ['Trưởng phòng Kinh tế ký văn bản tiếp nhận đăng ký môi trường', 'unit_head', 1, 'kinh-te'],
    ),
  },
  {
    code: '1.010728', // mã tham khảo
    name: 'Cấp giấy phép môi trường (cấp tỉnh)',
    fieldCode: 'moi-truong',
    level: 'province',
    competentAgencyCode: AGENCY.nongNghiepMoiTruong,
    processingDays: 30,
    onlineMode: 'partial',
    resultDocument: 'Giấy phép môi trường do UBND tỉnh cấp',
    legalBasis: [
      'Luật Bảo vệ môi trường số 72/2020/QH14',
      'Nghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường',
      'Nghị định số 05/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP',
      'Thông tư số 02/2022/TT-BTNMT quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường',
    ],
    applicantTypes: ['organisation'],
    fees: [fee('Phí thẩm định cấp giấy phép môi trường', 0, 'Mức thu theo Nghị quyết của HĐND tỉnh, tùy nhóm và quy mô dự án, cơ sở.')],
    components: components(
      original('Văn bản đề nghị cấp giấy phép môi trường', { template: 'van-ban-de-nghi-cap-giay-phep-moi-truong.docx' }),
      original('Báo cáo đề xuất cấp giấy phép môi trường', { copies: 1 }),
      certified('Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường (nếu có)', { required: false }),
    ),
    process: steps(
      ['Chuyên viên Phòng Môi trường thẩm định hồ sơ, tổ chức kiểm tra thực tế, tổng hợp ý kiến Hội đồng', 'specialist', 18, 'moi-truong'],
      ['Trưởng phòng Môi trường xem xét, trình Lãnh đạo Sở', 'unit_head', 3, 'moi-truong'],
      ['Lãnh đạo Sở Nông nghiệp và Môi trường ký tờ trình UBND tỉnh', 'agency_leader', 2],
      ['Lãnh đạo UBND tỉnh xem xét, ký cấp giấy phép môi trường', 'agency_leader', 5, undefined, AGENCY.province],
      ['Phòng Môi trường tiếp nhận giấy phép, chuyển Trung tâm Phục vụ hành chính công trả kết quả', 'unit_head', 1.5, 'moi-truong'],
    ),
  },
];

const XAY_DUNG: ProcedureDefinition[] = [
  {
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    fieldCode: 'xay-dung',
    level: 'commune',
    competentAgencyCode: AGENCY.hamRong,
    processingDays: 15,
    onlineMode: 'full',
    resultDocument: 'Giấy phép xây dựng',
    legalBasis: XAY_DUNG_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 75_000, PROVINCIAL_FEE)],
    components: components(
      original('Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số 175/2024/NĐ-CP)', { template: 'don-de-nghi-cap-giay-phep-xay-dung.docx' }),
      certified('Giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai'),
      original('Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, phương án móng, sơ đồ đấu nối hạ tầng)', { copies: 2 }),
      original('Bản kê khai kinh nghiệm của tổ chức, cá nhân thiết kế (trường hợp nhà ở có tổng diện tích sàn từ 250 m² hoặc từ 03 tầng trở lên)', { required: false }),
    ),
    process: communeReviewed(15, 'Công chức Phòng Kinh tế, Hạ tầng và Đô thị thẩm định hồ sơ, kiểm tra thực địa', 'Lãnh đạo UBND xã, phường ký giấy phép xây dựng'),
  },
  {
    code: '1.013227',
    name: 'Gia hạn giấy phép xây dựng',
    fieldCode: 'xay-dung',
    level: 'commune',
    competentAgencyCode: AGENCY.samSon,
    processingDays: 5,
    onlineMode: 'full',
    resultDocument: 'Giấy phép xây dựng đã được gia hạn',
    legalBasis: XAY_DUNG_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [fee('Lệ phí gia hạn giấy phép xây dựng', 15_000, PROVINCIAL_FEE)],
    components: components(
      original('Đơn đề nghị gia hạn giấy phép xây dựng', { template: 'don-de-nghi-gia-han-giay-phep-xay-dung.docx' }),
      original('Bản chính giấy phép xây dựng đã được cấp'),
    ),
    process: communeReviewed(5, 'Công chức Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra hồ sơ, điều kiện gia hạn', 'Lãnh đạo UBND xã, phường ký gia hạn giấy phép xây dựng'),
  },
  {
    code: '1.013228',
    name: 'Cấp lại giấy phép xây dựng',
    fieldCode: 'xay-dung',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    processingDays: 5,
    onlineMode: 'full',
    resultDocument: 'Giấy phép xây dựng (cấp lại)',
    legalBasis: XAY_DUNG_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [fee('Lệ phí cấp lại giấy phép xây dựng', 15_000, PROVINCIAL_FEE)],
    components: components(
      original('Đơn đề nghị cấp lại giấy phép xây dựng, nêu rõ lý do đề nghị cấp lại', { template: 'don-de-nghi-cap-lai-giay-phep-xay-dung.docx' }),
      original('Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)', { required: false }),
    ),
    process: communeReviewed(5, 'Công chức Phòng Kinh tế, Hạ tầng và Đô thị tra cứu hồ sơ lưu, kiểm tra', 'Lãnh đạo UBND xã, phường ký cấp lại giấy phép xây dựng'),
  },
  {
    code: '1.009972', // mã tham khảo
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II (công trình không theo tuyến, theo tuyến trong đô thị, tín ngưỡng, tôn giáo)',
    fieldCode: 'xay-dung',
    level: 'province',
    competentAgencyCode: AGENCY.xayDung,
    processingDays: 20,
    onlineMode: 'partial',
    resultDocument: 'Giấy phép xây dựng',
    legalBasis: XAY_DUNG_LAW,
    applicantTypes: ['organisation'],
    fees: [fee('Lệ phí cấp giấy phép xây dựng công trình', 150_000, PROVINCIAL_FEE)],
    components: components(
      original('Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số 175/2024/NĐ-CP)', { template: 'don-de-nghi-cap-giay-phep-xay-dung.docx' }),
      certified('Giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai'),
      certified('Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng'),
      original('Bản vẽ thiết kế xây dựng trong hồ sơ thiết kế đã được thẩm định', { copies: 2 }),
      certified('Văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy (nếu có)', { required: false }),
    ),
    process: departmentSigned('quan-ly-xay-dung', 20, 'Chuyên viên Phòng Quản lý hoạt động xây dựng thẩm định hồ sơ, kiểm tra thực địa, lấy ý kiến cơ quan liên quan', 'Lãnh đạo Sở Xây dựng ký giấy phép xây dựng'),
  },
];

const DOANH_NGHIEP: ProcedureDefinition[] = [
  {
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    fieldCode: 'doanh-nghiep',
    level: 'province',
    competentAgencyCode: AGENCY.taiChinh,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Giấy chứng nhận đăng ký doanh nghiệp',
    legalBasis: DOANH_NGHIEP_LAW,
    applicantTypes: ['citizen'],
    fees: [
      fee('Lệ phí đăng ký doanh nghiệp', 50_000, 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử.'),
      fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000),
    ],
    components: components(
      original('Giấy đề nghị đăng ký doanh nghiệp tư nhân', { template: 'giay-de-nghi-dang-ky-doanh-nghiep-tu-nhan.docx' }),
      copy('Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân', {
        note: 'Không phải nộp nếu thông tin đã được xác thực qua Cơ sở dữ liệu quốc gia về dân cư.',
      }),
      PROXY,
    ),
    process: unitSigned('dang-ky-kinh-doanh', 3, 'Chuyên viên Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ', 'Trưởng phòng Đăng ký kinh doanh ký Giấy chứng nhận đăng ký doanh nghiệp'),
  },
  {
    code: '2.002036', // mã tham khảo
    name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    fieldCode: 'doanh-nghiep',
    level: 'province',
    competentAgencyCode: AGENCY.taiChinh,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Giấy chứng nhận đăng ký doanh nghiệp',
    legalBasis: DOANH_NGHIEP_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [
      fee('Lệ phí đăng ký doanh nghiệp', 50_000, 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử.'),
      fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000),
    ],
    components: components(
      original('Giấy đề nghị đăng ký doanh nghiệp (công ty trách nhiệm hữu hạn một thành viên)', { template: 'giay-de-nghi-dang-ky-cong-ty-tnhh-mot-thanh-vien.docx' }),
      original('Điều lệ công ty'),
      copy('Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật'),
      copy('Bản sao giấy tờ pháp lý của cá nhân hoặc tổ chức đối với chủ sở hữu công ty'),
      original('Danh sách chủ sở hữu hưởng lợi của doanh nghiệp', { required: false }),
      PROXY,
    ),
    process: unitSigned('dang-ky-kinh-doanh', 3, 'Chuyên viên Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ', 'Trưởng phòng Đăng ký kinh doanh ký Giấy chứng nhận đăng ký doanh nghiệp'),
  },
  {
    code: '2.002037', // mã tham khảo
    name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên',
    fieldCode: 'doanh-nghiep',
    level: 'province',
    competentAgencyCode: AGENCY.taiChinh,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Giấy chứng nhận đăng ký doanh nghiệp',
    legalBasis: DOANH_NGHIEP_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [
      fee('Lệ phí đăng ký doanh nghiệp', 50_000, 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử.'),
      fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000),
    ],
    components: components(
      original('Giấy đề nghị đăng ký doanh nghiệp (công ty trách nhiệm hữu hạn hai thành viên trở lên)', {
        template: 'giay-de-nghi-dang-ky-cong-ty-tnhh-hai-thanh-vien.docx',
      }),
      original('Điều lệ công ty'),
      original('Danh sách thành viên', { template: 'danh-sach-thanh-vien-cong-ty-tnhh.docx' }),
      copy('Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật và thành viên là cá nhân'),
      copy('Bản sao giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức', { required: false }),
      PROXY,
    ),
    process: unitSigned('dang-ky-kinh-doanh', 3, 'Chuyên viên Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ', 'Trưởng phòng Đăng ký kinh doanh ký Giấy chứng nhận đăng ký doanh nghiệp'),
  },
];

const HKD_FEE = fee('Lệ phí đăng ký hộ kinh doanh', 100_000, `Miễn khi đăng ký qua mạng theo chính sách của tỉnh (nếu có). ${PROVINCIAL_FEE}`);

const HO_KINH_DOANH: ProcedureDefinition[] = [
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    fieldCode: 'ho-kinh-doanh',
    level: 'commune',
    competentAgencyCode: AGENCY.samSon,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    legalBasis: DOANH_NGHIEP_LAW,
    applicantTypes: ['citizen'],
    fees: [HKD_FEE],
    components: components(
      original('Giấy đề nghị đăng ký hộ kinh doanh', { template: 'giay-de-nghi-dang-ky-ho-kinh-doanh.docx' }),
      copy('Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh, thành viên hộ gia đình đăng ký hộ kinh doanh'),
      original('Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình cùng đăng ký)', { required: false }),
      PROXY,
    ),
    process: steps(
      ['Công chức Phòng Kinh tế kiểm tra tính hợp lệ của hồ sơ, nhập thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh', 'specialist', 1, 'kinh-te'],
      ['Cơ quan thuế xác nhận mã số hộ kinh doanh (mã số thuế)', 'specialist', 0.5, 'ho-kinh-doanh-ca-nhan', AGENCY.thue],
      ['Trưởng phòng Kinh tế ký Giấy chứng nhận đăng ký hộ kinh doanh', 'unit_head', 1, 'kinh-te'],
    ),
  },
  {
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    fieldCode: 'ho-kinh-doanh',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi)',
    legalBasis: DOANH_NGHIEP_LAW,
    applicantTypes: ['citizen'],
    fees: [HKD_FEE],
    components: components(
      original('Thông báo thay đổi nội dung đăng ký hộ kinh doanh', { template: 'thong-bao-thay-doi-noi-dung-dang-ky-ho-kinh-doanh.docx' }),
      copy('Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh mới (trường hợp thay đổi chủ hộ)', { required: false }),
      PROXY,
    ),
    process: unitSigned('kinh-te', 3, 'Công chức Phòng Kinh tế kiểm tra tính hợp lệ của hồ sơ', 'Trưởng phòng Kinh tế ký Giấy chứng nhận đăng ký hộ kinh doanh'),
  },
  {
    code: '1.001570',
    name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    fieldCode: 'ho-kinh-doanh',
    level: 'commune',
    competentAgencyCode: AGENCY.thoXuan,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh',
    legalBasis: DOANH_NGHIEP_LAW,
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo', { template: 'thong-bao-tam-ngung-kinh-doanh-ho-kinh-doanh.docx' }),
      PROXY,
    ),
    process: unitSigned('kinh-te', 3, 'Công chức Phòng Kinh tế kiểm tra hồ sơ, cập nhật tình trạng hộ kinh doanh', 'Trưởng phòng Kinh tế ký giấy xác nhận'),
  },
  {
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    fieldCode: 'ho-kinh-doanh',
    level: 'commune',
    competentAgencyCode: AGENCY.hamRong,
    processingDays: 3,
    onlineMode: 'full',
    resultDocument: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh',
    legalBasis: DOANH_NGHIEP_LAW,
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Thông báo về việc chấm dứt hoạt động hộ kinh doanh', { template: 'thong-bao-cham-dut-hoat-dong-ho-kinh-doanh.docx' }),
      original('Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế'),
      original('Giấy chứng nhận đăng ký hộ kinh doanh (bản gốc)'),
      PROXY,
    ),
    process: unitSigned('kinh-te', 3, 'Công chức Phòng Kinh tế kiểm tra hồ sơ, cập nhật tình trạng pháp lý của hộ kinh doanh', 'Trưởng phòng Kinh tế ký thông báo chấm dứt hoạt động'),
  },
];

const GPLD_EXAMINE = 'Chuyên viên Phòng Lao động - Việc làm thẩm định hồ sơ';
const GPLD_SIGN = 'Lãnh đạo Sở Nội vụ ký';

const VIEC_LAM: ProcedureDefinition[] = [
  {
    code: '1.014199',
    name: 'Cấp giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam',
    fieldCode: 'viec-lam',
    level: 'province',
    competentAgencyCode: AGENCY.noiVu,
    processingDays: 10,
    onlineMode: 'full',
    resultDocument: 'Giấy phép lao động',
    legalBasis: LAO_DONG_LAW,
    applicantTypes: ['organisation'],
    fees: [fee('Phí cấp giấy phép lao động', 600_000, PROVINCIAL_FEE)],
    components: components(
      original('Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động', { template: 'mau-de-nghi-cap-giay-phep-lao-dong.docx' }),
      original('Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe do cơ quan, tổ chức y tế có thẩm quyền cấp trong thời hạn 12 tháng'),
      original('Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người đang trong thời gian chấp hành hình phạt, được cấp không quá 06 tháng'),
      certified('Văn bản, giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia, lao động kỹ thuật', {
        note: 'Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự và dịch ra tiếng Việt, bản dịch có chứng thực.',
      }),
      original('02 ảnh màu cỡ 4 cm x 6 cm, phông nền trắng, chụp không quá 06 tháng', { copies: 2 }),
      certified('Bản sao hộ chiếu còn giá trị sử dụng'),
    ),
    process: departmentSigned('lao-dong', 10, GPLD_EXAMINE, `${GPLD_SIGN} giấy phép lao động`),
  },
  {
    code: '1.014200',
    name: 'Cấp lại giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam',
    fieldCode: 'viec-lam',
    level: 'province',
    competentAgencyCode: AGENCY.noiVu,
    processingDays: 5,
    onlineMode: 'full',
    resultDocument: 'Giấy phép lao động (cấp lại)',
    legalBasis: LAO_DONG_LAW,
    applicantTypes: ['organisation'],
    fees: [fee('Phí cấp lại giấy phép lao động', 450_000, PROVINCIAL_FEE)],
    components: components(
      original('Văn bản đề nghị cấp lại giấy phép lao động của người sử dụng lao động', { template: 'mau-de-nghi-cap-lai-giay-phep-lao-dong.docx' }),
      original('02 ảnh màu cỡ 4 cm x 6 cm, phông nền trắng', { copies: 2 }),
      original('Giấy phép lao động còn thời hạn đã được cấp (trừ trường hợp bị mất)', { required: false }),
      certified('Bản sao hộ chiếu còn giá trị sử dụng'),
    ),
    process: departmentSigned('lao-dong', 5, GPLD_EXAMINE, `${GPLD_SIGN} cấp lại giấy phép lao động`),
  },
  {
    code: '1.014201',
    name: 'Gia hạn giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam',
    fieldCode: 'viec-lam',
    level: 'province',
    competentAgencyCode: AGENCY.noiVu,
    processingDays: 5,
    onlineMode: 'full',
    resultDocument: 'Giấy phép lao động (gia hạn)',
    legalBasis: LAO_DONG_LAW,
    applicantTypes: ['organisation'],
    fees: [fee('Phí gia hạn giấy phép lao động', 450_000, PROVINCIAL_FEE)],
    components: components(
      original('Văn bản đề nghị gia hạn giấy phép lao động của người sử dụng lao động', { template: 'mau-de-nghi-gia-han-giay-phep-lao-dong.docx' }),
      original('Giấy phép lao động còn thời hạn đã được cấp'),
      original('Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe trong thời hạn 12 tháng'),
      original('02 ảnh màu cỡ 4 cm x 6 cm, phông nền trắng', { copies: 2 }),
      certified('Bản sao hộ chiếu còn giá trị sử dụng'),
    ),
    process: departmentSigned('lao-dong', 5, GPLD_EXAMINE, `${GPLD_SIGN} gia hạn giấy phép lao động`),
  },
  {
    code: '1.014196',
    name: 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
    fieldCode: 'viec-lam',
    level: 'province',
    competentAgencyCode: AGENCY.noiVu,
    processingDays: 5,
    onlineMode: 'full',
    resultDocument: 'Giấy xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
    legalBasis: LAO_DONG_LAW,
    applicantTypes: ['organisation'],
    fees: [],
    components: components(
      original('Văn bản đề nghị xác nhận không thuộc diện cấp giấy phép lao động', { template: 'mau-de-nghi-xac-nhan-khong-thuoc-dien-cap-gpld.docx' }),
      certified('Giấy tờ chứng minh người lao động nước ngoài không thuộc diện cấp giấy phép lao động'),
      certified('Bản sao hộ chiếu còn giá trị sử dụng'),
    ),
    process: departmentSigned('lao-dong', 5, GPLD_EXAMINE, `${GPLD_SIGN} giấy xác nhận`),
  },
];

const Y_TE_BAO_TRO: ProcedureDefinition[] = [
  {
    code: '1.012263', // mã tham khảo
    name: 'Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y, dinh dưỡng lâm sàng, cấp cứu viên ngoại viện, tâm lý lâm sàng',
    fieldCode: 'kham-chua-benh',
    level: 'province',
    competentAgencyCode: AGENCY.yTe,
    processingDays: 30,
    onlineMode: 'full',
    resultDocument: 'Giấy phép hành nghề khám bệnh, chữa bệnh',
    legalBasis: KCB_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Phí thẩm định cấp giấy phép hành nghề', 360_000, 'Mức thu theo Thông tư số 59/2023/TT-BTC.')],
    components: components(
      original('Đơn đề nghị cấp giấy phép hành nghề (Mẫu 08 Phụ lục I Nghị định số 96/2023/NĐ-CP)', { template: 'don-de-nghi-cap-giay-phep-hanh-nghe-mau-08.docx' }),
      certified('Văn bằng chuyên môn phù hợp với chức danh đề nghị cấp giấy phép hành nghề'),
      original('Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp'),
      certified('Giấy chứng nhận đạt kết quả kiểm tra đánh giá năng lực hành nghề hoặc giấy xác nhận hoàn thành thực hành'),
      original('02 ảnh chân dung màu nền trắng cỡ 04 cm x 06 cm, chụp không quá 06 tháng', { copies: 2 }),
    ),
    process: departmentSigned('nghiep-vu-y', 30, 'Chuyên viên Phòng Nghiệp vụ Y thẩm định hồ sơ, trình Hội đồng tư vấn cấp giấy phép hành nghề', 'Lãnh đạo Sở Y tế ký giấy phép hành nghề'),
  },
  {
    code: '1.012287', // mã tham khảo
    name: 'Cấp mới giấy phép hoạt động đối với phòng khám đa khoa, phòng khám chuyên khoa',
    fieldCode: 'kham-chua-benh',
    level: 'province',
    competentAgencyCode: AGENCY.yTe,
    processingDays: 45,
    onlineMode: 'partial',
    resultDocument: 'Giấy phép hoạt động khám bệnh, chữa bệnh',
    legalBasis: KCB_LAW,
    applicantTypes: ['organisation'],
    fees: [fee('Phí thẩm định cấp giấy phép hoạt động đối với phòng khám', 4_300_000, 'Mức thu theo Thông tư số 59/2023/TT-BTC (cần đối chiếu theo loại hình phòng khám).')],
    components: components(
      original('Đơn đề nghị cấp mới giấy phép hoạt động', { template: 'don-de-nghi-cap-giay-phep-hoat-dong-kcb.docx' }),
      certified('Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập'),
      original('Danh sách người hành nghề, người làm việc chuyên môn; bản kê khai cơ sở vật chất, thiết bị y tế'),
      certified('Bản sao giấy phép hành nghề của người chịu trách nhiệm chuyên môn kỹ thuật'),
      original('Tài liệu chứng minh phòng khám đáp ứng điều kiện về cơ sở vật chất, thiết bị y tế, nhân lực'),
    ),
    process: departmentSigned('nghiep-vu-y', 45, 'Chuyên viên Phòng Nghiệp vụ Y thẩm định hồ sơ, tổ chức đoàn thẩm định thực tế tại cơ sở', 'Lãnh đạo Sở Y tế ký giấy phép hoạt động'),
  },
  {
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    fieldCode: 'bao-tro-xa-hoi',
    level: 'commune',
    competentAgencyCode: AGENCY.hoangHoa,
    processingDays: 10,
    onlineMode: 'partial',
    resultDocument: 'Quyết định trợ cấp xã hội hằng tháng hoặc quyết định điều chỉnh, thôi hưởng',
    legalBasis: BAO_TRO_LAW,
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a, 1b, 1c, 1d, 1đ Phụ lục Nghị định số 20/2021/NĐ-CP)', { template: 'to-khai-de-nghi-tro-giup-xa-hoi-mau-1a.docx' }),
      certified('Giấy xác nhận khuyết tật (đối với người khuyết tật)', { required: false }),
      certified('Giấy tờ chứng minh đối tượng thuộc diện hưởng trợ cấp (trường hợp khác)', { required: false }),
    ),
    process: communeSigned('van-hoa-xa-hoi', 10, 'Công chức Phòng Văn hóa - Xã hội thẩm định, trình Hội đồng xét duyệt, niêm yết công khai', 'Lãnh đạo UBND ký quyết định trợ cấp xã hội'),
  },
  {
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    fieldCode: 'bao-tro-xa-hoi',
    level: 'commune',
    competentAgencyCode: AGENCY.thoXuan,
    processingDays: 25,
    onlineMode: 'partial',
    resultDocument: 'Giấy xác nhận khuyết tật',
    legalBasis: KHUYET_TAT_LAW,
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Đơn đề nghị xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', { template: 'don-de-nghi-xac-dinh-muc-do-khuyet-tat.docx' }),
      certified('Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật) (nếu có)', { required: false }),
      certified('Bản sao kết luận của Hội đồng Giám định y khoa về khả năng tự phục vụ, mức độ suy giảm khả năng lao động (nếu có)', { required: false }),
    ),
    process: communeSigned('van-hoa-xa-hoi', 25, 'Công chức Phòng Văn hóa - Xã hội tổng hợp, triệu tập Hội đồng xác định mức độ khuyết tật', 'Lãnh đạo UBND ký Giấy xác nhận khuyết tật'),
  },
  {
    code: '1.001653',
    name: 'Đổi, cấp lại Giấy xác nhận khuyết tật',
    fieldCode: 'bao-tro-xa-hoi',
    level: 'commune',
    competentAgencyCode: AGENCY.quangNgoc,
    processingDays: 5,
    onlineMode: 'partial',
    resultDocument: 'Giấy xác nhận khuyết tật (đổi, cấp lại)',
    legalBasis: KHUYET_TAT_LAW,
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật', { template: 'don-de-nghi-doi-cap-lai-giay-xac-nhan-khuyet-tat.docx' }),
      original('Giấy xác nhận khuyết tật đã được cấp (trường hợp đổi)', { required: false }),
    ),
    process: communeSigned('van-hoa-xa-hoi', 5, 'Công chức Phòng Văn hóa - Xã hội kiểm tra hồ sơ lưu, trình ký', 'Lãnh đạo UBND ký Giấy xác nhận khuyết tật'),
  },
  {
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    fieldCode: 'bao-tro-xa-hoi',
    level: 'commune',
    competentAgencyCode: AGENCY.hacThanh,
    processingDays: 3,
    onlineMode: 'partial',
    resultDocument: 'Quyết định hỗ trợ chi phí mai táng',
    legalBasis: BAO_TRO_LAW,
    applicantTypes: ['citizen', 'organisation'],
    fees: [],
    components: components(
      original('Tờ khai đề nghị hỗ trợ chi phí mai táng (Mẫu số 04 Phụ lục Nghị định số 20/2021/NĐ-CP)', { template: 'to-khai-de-nghi-ho-tro-chi-phi-mai-tang-mau-04.docx' }),
      certified('Bản sao Giấy chứng tử hoặc Trích lục khai tử'),
      certified('Bản sao quyết định hưởng trợ cấp xã hội của người đã chết (nếu có)', { required: false }),
    ),
    process: communeSigned('van-hoa-xa-hoi', 3, 'Công chức Phòng Văn hóa - Xã hội thẩm định hồ sơ, trình ký', 'Lãnh đạo UBND ký quyết định hỗ trợ chi phí mai táng'),
  },
];

const GIAO_DUC_DUONG_BO: ProcedureDefinition[] = [
  {
    code: '1.005092', // mã tham khảo
    name: 'Chuyển trường đối với học sinh trung học phổ thông',
    fieldCode: 'giao-duc',
    level: 'province',
    competentAgencyCode: AGENCY.giaoDuc,
    processingDays: 3,
    onlineMode: 'partial',
    resultDocument: 'Giấy giới thiệu chuyển trường',
    legalBasis: [
      'Luật Giáo dục số 43/2019/QH14',
      'Thông tư số 50/2021/TT-BGDĐT sửa đổi, bổ sung một số điều của Quy định về chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông',
    ],
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký', { template: 'don-xin-chuyen-truong.docx' }),
      original('Học bạ (bản chính)'),
      certified('Giấy chứng nhận trúng tuyển vào lớp 10'),
      original('Giấy giới thiệu chuyển trường do hiệu trưởng nhà trường nơi đi cấp'),
      certified('Giấy tờ chứng minh việc chuyển nơi cư trú của gia đình (trường hợp chuyển đến từ tỉnh khác)', { required: false }),
    ),
    process: departmentSigned('giao-duc-pho-thong', 3, 'Chuyên viên Phòng Giáo dục phổ thông kiểm tra hồ sơ', 'Lãnh đạo Sở Giáo dục và Đào tạo ký giấy giới thiệu chuyển trường'),
  },
  {
    code: '2.001914', // mã tham khảo
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    fieldCode: 'giao-duc',
    level: 'province',
    competentAgencyCode: AGENCY.giaoDuc,
    processingDays: 0,
    cutoffTime: '15:00',
    onlineMode: 'full',
    resultDocument: 'Bản sao văn bằng, chứng chỉ từ sổ gốc',
    legalBasis: [
      'Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
      'Thông tư số 21/2019/TT-BGDĐT ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân',
    ],
    applicantTypes: ['citizen'],
    fees: [],
    components: components(
      original('Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc', { template: 'don-de-nghi-cap-ban-sao-van-bang-chung-chi.docx' }),
      IDENTITY,
      originalOrCertified('Giấy tờ chứng minh quan hệ với người được cấp bản chính (trường hợp người yêu cầu là người thân)', { required: false }),
    ),
    process: steps(
      ['Chuyên viên Phòng Quản lý chất lượng tra cứu sổ gốc, lập bản sao', 'specialist', 0, 'quan-ly-chat-luong'],
      ['Lãnh đạo Sở Giáo dục và Đào tạo ký bản sao văn bằng, chứng chỉ', 'agency_leader', 0],
    ),
  },
  {
    code: '1.000280', // mã tham khảo
    name: 'Công nhận trường trung học đạt chuẩn quốc gia',
    fieldCode: 'giao-duc',
    level: 'province',
    competentAgencyCode: AGENCY.giaoDuc,
    processingDays: 30,
    onlineMode: 'partial',
    resultDocument: 'Quyết định công nhận trường đạt chuẩn quốc gia của Chủ tịch UBND tỉnh',
    legalBasis: [
      'Luật Giáo dục số 43/2019/QH14',
      'Thông tư số 18/2018/TT-BGDĐT quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học',
    ],
    applicantTypes: ['organisation'],
    fees: [],
    components: components(
      original('Tờ trình đề nghị công nhận trường đạt chuẩn quốc gia', { template: 'to-trinh-de-nghi-cong-nhan-dat-chuan.docx' }),
      original('Báo cáo tự đánh giá và báo cáo đánh giá ngoài của nhà trường'),
      certified('Quyết định công nhận đạt kiểm định chất lượng giáo dục'),
    ),
    process: steps(
      ['Chuyên viên Phòng Giáo dục phổ thông thẩm định hồ sơ, tổ chức kiểm tra thực tế tại trường', 'specialist', 20, 'giao-duc-pho-thong'],
      ['Trưởng phòng Giáo dục phổ thông xem xét, trình Lãnh đạo Sở', 'unit_head', 3, 'giao-duc-pho-thong'],
      ['Lãnh đạo Sở Giáo dục và Đào tạo ký tờ trình đề nghị UBND tỉnh công nhận', 'agency_leader', 2],
      ['Lãnh đạo UBND tỉnh ký quyết định công nhận trường đạt chuẩn quốc gia', 'agency_leader', 3, undefined, AGENCY.province],
      ['Phòng Giáo dục phổ thông tiếp nhận quyết định, chuyển trả kết quả', 'unit_head', 1.5, 'giao-duc-pho-thong'],
    ),
  },
  {
    // Driving licences passed from the transport sector to the police on 1 March 2025; the
    // earlier national code is kept (see the note on Phiếu lý lịch tư pháp).
    code: '1.002804',
    name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    fieldCode: 'duong-bo',
    level: 'province',
    competentAgencyCode: AGENCY.congAn,
    processingDays: 5,
    onlineMode: 'full',
    resultDocument: 'Giấy phép lái xe (đổi)',
    legalBasis: GPLX_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí cấp giấy phép lái xe', 135_000, '135.000 đồng/lần (Thông tư số 37/2023/TT-BTC); nộp trực tuyến được giảm theo chính sách hiện hành (nếu có).')],
    components: components(
      original('Đơn đề nghị đổi, cấp lại giấy phép lái xe', { template: 'don-de-nghi-doi-cap-lai-giay-phep-lai-xe.docx' }),
      original('Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', {
        note: 'Không phải nộp đối với người đổi giấy phép lái xe hạng A1, A, B1 không thời hạn; dữ liệu khám sức khỏe điện tử được khai thác nếu đã liên thông.',
      }),
      original('Giấy phép lái xe cũ (bản chính)', { note: 'Nộp khi nhận kết quả.' }),
    ),
    process: unitSigned('csgt', 5, 'Cán bộ Phòng Cảnh sát giao thông kiểm tra, đối chiếu dữ liệu giấy phép lái xe, in giấy phép', 'Lãnh đạo Phòng Cảnh sát giao thông ký giấy phép lái xe'),
  },
];

const CU_TRU: ProcedureDefinition[] = [
  {
    code: '1.004194', // mã tham khảo
    name: 'Xác nhận thông tin về cư trú',
    fieldCode: 'cu-tru',
    level: 'province',
    competentAgencyCode: AGENCY.congAn,
    processingDays: 1,
    onlineMode: 'full',
    resultDocument: 'Văn bản xác nhận thông tin về cư trú (có giá trị 01 năm kể từ ngày cấp)',
    legalBasis: CU_TRU_LAW,
    applicantTypes: ['citizen'],
    fees: [fee('Lệ phí xác nhận thông tin về cư trú', 0, 'Không thu lệ phí.')],
    components: components(original('Tờ khai thay đổi thông tin cư trú (mẫu CT01)', { template: 'to-khai-thay-doi-thong-tin-cu-tru-ct01.docx' })),
    process: steps(
      ['Cán bộ Phòng Cảnh sát quản lý hành chính về trật tự xã hội kiểm tra Cơ sở dữ liệu về cư trú, dự thảo văn bản xác nhận', 'specialist', 0.5, 'qlhc'],
      ['Lãnh đạo Công an tỉnh ký văn bản xác nhận', 'agency_leader', 0.5],
    ),
  },
];

/** The catalogue, each procedure with its declaration as an e-form where the demo has one (forms.ts). */
export const DEMO_PROCEDURES: ProcedureDefinition[] = [
  ...HO_TICH,
  ...LIEN_THONG,
  ...CHUNG_THUC,
  ...TU_PHAP_TINH,
  ...DAT_DAI_MOI_TRUONG,
  ...XAY_DUNG,
  ...DOANH_NGHIEP,
  ...HO_KINH_DOANH,
  ...VIEC_LAM,
  ...Y_TE_BAO_TRO,
  ...GIAO_DUC_DUONG_BO,
  ...CU_TRU,
].map((def) => (DEMO_FORMS[def.code] ? { ...def, form: DEMO_FORMS[def.code] } : def));
