import { DECLARANT_FIELDS, type FormDefinition, type Label, type ScalarField, formField, relationFields } from '@motcua/core';

/*
 * The declarations (tờ khai, đơn, giấy đề nghị) of the most common demo procedures as e-forms,
 * with the fields of the official forms they follow. A field asked by several forms has one code
 * everywhere (the declarant's name, identity number, residence…), so that what a citizen wrote in
 * one declaration pre-fills the next.
 */

const { text, date, identityNumber, commune, choice, wholeNumber, option, group, when, whenFilled, optional } = formField;
type Extra = Parameters<typeof formField.text>[3];

const SEX = [option('male', 'Nam', 'Male'), option('female', 'Nữ', 'Female')];
const ETHNICITY_HELP: Label = { vi: 'Ghi tên dân tộc, ví dụ: Kinh, Mường, Thái.', en: 'The ethnic group, e.g. Kinh, Mường, Thái.' };
const ethnicity = (code: string, extra: Extra = {}) => text(code, 'Dân tộc', 'Ethnicity', { maxLength: 50, help: ETHNICITY_HELP, ...extra });
const nationality = (code: string, extra: Extra = {}) => text(code, 'Quốc tịch', 'Nationality', { maxLength: 50, help: { vi: 'Ví dụ: Việt Nam.', en: 'E.g. Việt Nam.' }, ...extra });
const copies = (vi: string) => wholeNumber('copies', vi, 'Copies requested', 0, 10, { ...optional, unit: { vi: 'bản', en: 'copies' } });

/** Who a civil-status event is about, as the forms ask it: name, date of birth, sex, ethnicity, nationality. */
const personDetails = (prefix: string, nameVi: string, nameEn: string, nameExtra: Extra = {}): ScalarField[] => [
  text(`${prefix}Name`, nameVi, nameEn, { maxLength: 100, ...nameExtra }),
  date(`${prefix}BirthDate`, 'Ngày, tháng, năm sinh', 'Date of birth'),
  choice(`${prefix}Sex`, 'Giới tính', 'Sex', SEX),
  ethnicity(`${prefix}Ethnicity`),
  nationality(`${prefix}Nationality`),
];

const HO_TICH_TEMPLATE = 'Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP (được sửa đổi bởi Thông tư số 03/2023/TT-BTP)';

const BIRTH: FormDefinition = {
  title: 'TỜ KHAI ĐĂNG KÝ KHAI SINH',
  templateReference: HO_TICH_TEMPLATE,
  fields: [
    ...DECLARANT_FIELDS,
    ...relationFields('người được khai sinh', 'the child'),
    ...personDetails('child', 'Họ, chữ đệm, tên người được khai sinh', "Child's full name"),
    text('childBirthPlace', 'Nơi sinh', 'Place of birth', { help: { vi: 'Tên cơ sở y tế, hoặc nơi sinh ngoài cơ sở y tế.', en: 'The health facility, or where else the child was born.' } }),
    commune('childBirthCommune', 'Xã, phường nơi sinh', 'Commune or ward of birth', optional),
    text('childHomeTown', 'Quê quán', 'Home town'),
    text('motherName', 'Họ, chữ đệm, tên người mẹ', "Mother's full name", { maxLength: 100 }),
    wholeNumber('motherBirthYear', 'Năm sinh của người mẹ', "Mother's year of birth", 1930, 2026),
    ethnicity('motherEthnicity'),
    nationality('motherNationality'),
    identityNumber('motherIdNumber', 'Số định danh cá nhân của người mẹ', "Mother's personal identification number", optional),
    text('motherResidence', 'Nơi cư trú của người mẹ', "Mother's place of residence"),
    text('fatherName', 'Họ, chữ đệm, tên người cha', "Father's full name", {
      maxLength: 100,
      required: false,
      help: { vi: 'Để trống nếu chưa xác định được cha.', en: 'Leave empty when the father is not established.' },
    }),
    wholeNumber('fatherBirthYear', 'Năm sinh của người cha', "Father's year of birth", 1930, 2026, { required: false, shownWhen: whenFilled('fatherName'), requiredWhen: whenFilled('fatherName') }),
    ethnicity('fatherEthnicity', { required: false, shownWhen: whenFilled('fatherName'), requiredWhen: whenFilled('fatherName') }),
    nationality('fatherNationality', { required: false, shownWhen: whenFilled('fatherName'), requiredWhen: whenFilled('fatherName') }),
    identityNumber('fatherIdNumber', 'Số định danh cá nhân của người cha', "Father's personal identification number", { required: false, shownWhen: whenFilled('fatherName') }),
    text('fatherResidence', 'Nơi cư trú của người cha', "Father's place of residence", { required: false, shownWhen: whenFilled('fatherName'), requiredWhen: whenFilled('fatherName') }),
    copies('Đề nghị cấp bản sao Giấy khai sinh'),
  ],
};

const spouse = (side: 'bride' | 'groom', vi: string, en: string): ScalarField[] => [
  text(`${side}Name`, `Họ, chữ đệm, tên (${vi})`, `Full name (${en})`, { maxLength: 100 }),
  date(`${side}BirthDate`, `Ngày, tháng, năm sinh (${vi})`, `Date of birth (${en})`),
  ethnicity(`${side}Ethnicity`),
  nationality(`${side}Nationality`),
  text(`${side}Residence`, `Nơi cư trú (${vi})`, `Place of residence (${en})`),
  identityNumber(`${side}IdNumber`, `Số định danh cá nhân (${vi})`, `Personal identification number (${en})`),
  wholeNumber(`${side}MarriageCount`, `Kết hôn lần thứ mấy (${vi})`, `Which marriage this is (${en})`, 1, 9),
];

const MARRIAGE: FormDefinition = {
  title: 'TỜ KHAI ĐĂNG KÝ KẾT HÔN',
  templateReference: HO_TICH_TEMPLATE,
  fields: [
    ...spouse('bride', 'bên nữ', 'bride'),
    ...spouse('groom', 'bên nam', 'groom'),
    copies('Đề nghị cấp bản sao Giấy chứng nhận kết hôn'),
  ],
};

const DEATH: FormDefinition = {
  title: 'TỜ KHAI ĐĂNG KÝ KHAI TỬ',
  templateReference: HO_TICH_TEMPLATE,
  fields: [
    ...DECLARANT_FIELDS,
    ...relationFields('người đã chết', 'the deceased'),
    ...personDetails('deceased', 'Họ, chữ đệm, tên người đã chết', 'Full name of the deceased'),
    identityNumber('deceasedIdNumber', 'Số định danh cá nhân của người đã chết', 'Personal identification number of the deceased', optional),
    text('deceasedResidence', 'Nơi cư trú cuối cùng', 'Last place of residence'),
    date('deathDate', 'Ngày chết', 'Date of death'),
    text('deathPlace', 'Nơi chết', 'Place of death'),
    text('deathCause', 'Nguyên nhân chết', 'Cause of death'),
    text('deathNotice', 'Giấy báo tử (hoặc giấy tờ thay thế): số, ngày cấp, cơ quan cấp', 'Death notice (or its substitute): number, date and issuer', { maxLength: 300 }),
    copies('Đề nghị cấp bản sao Trích lục khai tử'),
  ],
};

const MARITAL_STATUS: FormDefinition = {
  title: 'TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
  templateReference: HO_TICH_TEMPLATE,
  fields: [
    ...DECLARANT_FIELDS,
    ...relationFields('người được cấp Giấy xác nhận', 'the person certified'),
    ...personDetails('person', 'Họ, chữ đệm, tên người được xác nhận', 'Full name of the person certified', { shownWhen: { field: 'relation', operator: 'not_equals', value: 'self' } }),
    identityNumber('personIdNumber', 'Số định danh cá nhân của người được xác nhận', 'Personal identification number of the person certified', { shownWhen: { field: 'relation', operator: 'not_equals', value: 'self' } }),
    choice('maritalStatus', 'Tình trạng hôn nhân', 'Marital status', [
      option('never_married', 'Chưa đăng ký kết hôn với ai', 'Never married'),
      option('married', 'Hiện đang có vợ/chồng', 'Married'),
      option('divorced', 'Đã ly hôn, chưa kết hôn với người khác', 'Divorced, not remarried'),
      option('widowed', 'Vợ/chồng đã chết, chưa kết hôn với người khác', 'Widowed, not remarried'),
    ]),
    text('spouseName', 'Họ, chữ đệm, tên vợ/chồng', "Spouse's full name", { maxLength: 100, required: false, shownWhen: when('maritalStatus', 'married'), requiredWhen: when('maritalStatus', 'married') }),
    text('purpose', 'Mục đích sử dụng Giấy xác nhận', 'What the certificate is for', {
      maxLength: 300,
      help: { vi: 'Ví dụ: để đăng ký kết hôn với bà Trần Thị B; để làm thủ tục vay vốn ngân hàng.', en: 'E.g. to marry Ms Trần Thị B; for a bank loan.' },
    }),
    wholeNumber('copies', 'Số lượng Giấy xác nhận đề nghị cấp', 'Certificates requested', 1, 10, { unit: { vi: 'bản', en: 'copies' } }),
  ],
};

const EXTRACT_COPY: FormDefinition = {
  title: 'TỜ KHAI CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH',
  templateReference: HO_TICH_TEMPLATE,
  fields: [
    ...DECLARANT_FIELDS,
    ...relationFields('người được cấp bản sao trích lục hộ tịch', 'the person the extract is about'),
    choice('civilEvent', 'Loại việc hộ tịch đề nghị cấp bản sao trích lục', 'Civil-status event of the extract', [
      option('birth', 'Khai sinh', 'Birth'),
      option('marriage', 'Kết hôn', 'Marriage'),
      option('death', 'Khai tử', 'Death'),
      option('other', 'Việc hộ tịch khác', 'Another event'),
    ]),
    text('personName', 'Họ, chữ đệm, tên người được cấp bản sao trích lục', 'Full name of the person the extract is about', { maxLength: 100 }),
    date('personBirthDate', 'Ngày, tháng, năm sinh', 'Date of birth'),
    text('registrationDetails', 'Đã đăng ký tại (cơ quan), số, quyển, ngày đăng ký (nếu biết)', 'Registered at (agency), number, book and date (if known)', { maxLength: 300 }),
    wholeNumber('copies', 'Số lượng bản sao đề nghị cấp', 'Copies requested', 1, 10, { unit: { vi: 'bản', en: 'copies' } }),
  ],
};

const COPY_CERTIFICATION: FormDefinition = {
  title: 'PHIẾU YÊU CẦU CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH',
  fields: [
    text('declarantName', 'Họ, chữ đệm, tên người yêu cầu chứng thực', 'Full name of the person asking', { maxLength: 100, prefill: 'fullName' }),
    identityNumber('declarantIdNumber', 'Số định danh cá nhân (hoặc số hộ chiếu)', 'Personal identification (or passport) number', { prefill: 'idNumber' }),
    group(
      'documents',
      { vi: 'Giấy tờ, văn bản cần chứng thực bản sao', en: 'Documents to certify copies of' },
      { vi: 'Giấy tờ', en: 'Document' },
      [1, 20],
      [
        text('documentName', 'Tên giấy tờ, văn bản', 'Name of the document', { help: { vi: 'Ví dụ: Bằng tốt nghiệp trung học phổ thông.', en: 'E.g. upper secondary school diploma.' } }),
        text('issuer', 'Cơ quan cấp', 'Issued by', optional),
        wholeNumber('pages', 'Số trang', 'Pages', 1, 500, { unit: { vi: 'trang', en: 'pages' } }),
        wholeNumber('copies', 'Số bản sao cần chứng thực', 'Copies to certify', 1, 50, { unit: { vi: 'bản', en: 'copies' } }),
      ],
    ),
  ],
};

const RESIDENCE_CONFIRMATION: FormDefinition = {
  title: 'TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ',
  templateReference: 'Mẫu CT01 ban hành kèm theo Thông tư số 66/2023/TT-BCA',
  fields: [
    text('declarantName', 'Họ, chữ đệm và tên', 'Full name', { maxLength: 100, prefill: 'fullName' }),
    date('declarantBirthDate', 'Ngày, tháng, năm sinh', 'Date of birth'),
    choice('declarantSex', 'Giới tính', 'Sex', SEX),
    identityNumber('declarantIdNumber', 'Số định danh cá nhân', 'Personal identification number', { prefill: 'idNumber' }),
    text('declarantPhone', 'Số điện thoại liên hệ', 'Phone number', { maxLength: 20, prefill: 'phone', required: false }),
    text('declarantEmail', 'Email', 'E-mail', { maxLength: 200, prefill: 'email', required: false }),
    text('declarantResidence', 'Nơi cư trú', 'Place of residence'),
    commune('declarantCommune', 'Xã, phường nơi cư trú', 'Commune or ward of residence'),
    text('householdHeadName', 'Họ, chữ đệm và tên chủ hộ', 'Full name of the head of household', { maxLength: 100 }),
    text('relationToHead', 'Mối quan hệ với chủ hộ', 'Relation to the head of household', { maxLength: 50, help: { vi: 'Ví dụ: chủ hộ, vợ, con.', en: 'E.g. head, wife, child.' } }),
    identityNumber('householdHeadIdNumber', 'Số định danh cá nhân của chủ hộ', "Head of household's personal identification number"),
    text('request', 'Nội dung đề nghị', 'What is asked', {
      maxLength: 1000,
      multiline: true,
      help: { vi: 'Ví dụ: Đề nghị xác nhận thông tin về cư trú để bổ sung hồ sơ xin việc.', en: 'E.g. please confirm my residence for a job application.' },
    }),
    group(
      'members',
      { vi: 'Những thành viên trong hộ gia đình cùng thay đổi', en: 'Household members concerned too' },
      { vi: 'Thành viên', en: 'Member' },
      [0, 15],
      [
        text('name', 'Họ, chữ đệm và tên', 'Full name', { maxLength: 100 }),
        date('birthDate', 'Ngày, tháng, năm sinh', 'Date of birth'),
        choice('sex', 'Giới tính', 'Sex', SEX),
        identityNumber('idNumber', 'Số định danh cá nhân', 'Personal identification number', optional),
        text('relationToHead', 'Mối quan hệ với chủ hộ', 'Relation to the head of household', { maxLength: 50 }),
      ],
    ),
  ],
};

const HOUSEHOLD_BUSINESS: FormDefinition = {
  title: 'GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH',
  templateReference: 'Phụ lục III-1 ban hành kèm theo Thông tư số 02/2023/TT-BKHĐT',
  fields: [
    text('businessName', 'Tên hộ kinh doanh', 'Name of the household business', { maxLength: 200, help: { vi: 'Gồm cụm từ “Hộ kinh doanh” và tên riêng, ví dụ: Hộ kinh doanh Hoa Mai.', en: '“Hộ kinh doanh” followed by its own name.' } }),
    text('businessAddress', 'Địa chỉ trụ sở hộ kinh doanh', 'Address of the business', { help: { vi: 'Số nhà, đường, thôn, tổ dân phố.', en: 'House number, street, village or residential group.' } }),
    commune('businessCommune', 'Xã, phường nơi đặt trụ sở', 'Commune or ward of the business'),
    text('businessPhone', 'Điện thoại', 'Phone', { maxLength: 20, prefill: 'phone' }),
    text('businessEmail', 'Thư điện tử', 'E-mail', { maxLength: 200, prefill: 'email', required: false }),
    text('businessLines', 'Ngành, nghề kinh doanh', 'Lines of business', { maxLength: 2000, multiline: true }),
    wholeNumber('capitalVnd', 'Vốn kinh doanh', 'Business capital', 0, 1_000_000_000_000, { unit: { vi: 'đồng', en: 'VND' } }),
    wholeNumber('employees', 'Số lượng lao động dự kiến', 'Expected number of workers', 0, 10_000, { unit: { vi: 'người', en: 'people' } }),
    text('declarantName', 'Họ, chữ đệm và tên chủ hộ kinh doanh', 'Full name of the owner', { maxLength: 100, prefill: 'fullName' }),
    date('declarantBirthDate', 'Ngày, tháng, năm sinh', 'Date of birth'),
    choice('declarantSex', 'Giới tính', 'Sex', SEX),
    ethnicity('declarantEthnicity'),
    nationality('declarantNationality'),
    identityNumber('declarantIdNumber', 'Số định danh cá nhân của chủ hộ kinh doanh', "Owner's personal identification number", { prefill: 'idNumber' }),
    text('declarantResidence', 'Nơi cư trú của chủ hộ kinh doanh', "Owner's place of residence"),
    choice('registeredBy', 'Hộ kinh doanh do', 'Registered by', [option('individual', 'Một cá nhân thành lập', 'One individual'), option('household', 'Các thành viên hộ gia đình cùng thành lập', 'Members of a household')]),
    group(
      'members',
      { vi: 'Các thành viên hộ gia đình tham gia thành lập', en: 'Household members founding it' },
      { vi: 'Thành viên', en: 'Member' },
      [1, 20],
      [
        text('name', 'Họ, chữ đệm và tên', 'Full name', { maxLength: 100 }),
        date('birthDate', 'Ngày, tháng, năm sinh', 'Date of birth'),
        identityNumber('idNumber', 'Số định danh cá nhân', 'Personal identification number'),
        text('residence', 'Nơi cư trú', 'Place of residence'),
      ],
      { requiredWhen: when('registeredBy', 'household'), shownWhen: when('registeredBy', 'household') },
    ),
  ],
};

const LICENCE_CLASSES = ['A1', 'A', 'B1', 'B', 'C1', 'C', 'D1', 'D2', 'D', 'BE', 'C1E', 'CE', 'D1E', 'D2E', 'DE'].map((value) => option(value, `Hạng ${value}`, `Class ${value}`));

const DRIVING_LICENCE_EXCHANGE: FormDefinition = {
  title: 'ĐƠN ĐỀ NGHỊ ĐỔI, CẤP LẠI GIẤY PHÉP LÁI XE',
  templateReference: 'Mẫu ban hành kèm theo Thông tư số 35/2024/TT-BCA',
  fields: [
    text('declarantName', 'Họ, chữ đệm và tên', 'Full name', { maxLength: 100, prefill: 'fullName' }),
    date('declarantBirthDate', 'Ngày, tháng, năm sinh', 'Date of birth'),
    nationality('declarantNationality'),
    identityNumber('declarantIdNumber', 'Số định danh cá nhân', 'Personal identification number', { prefill: 'idNumber' }),
    text('declarantResidence', 'Nơi cư trú', 'Place of residence'),
    text('licenceNumber', 'Số giấy phép lái xe', 'Driving licence number', { maxLength: 20 }),
    choice('licenceClasses', 'Hạng giấy phép lái xe', 'Licence classes', LICENCE_CLASSES, { multiple: true }),
    text('licenceIssuer', 'Cơ quan cấp', 'Issued by', { help: { vi: 'Ví dụ: Sở Giao thông vận tải Thanh Hóa.', en: 'E.g. Thanh Hóa Department of Transport.' } }),
    date('licenceIssuedOn', 'Ngày cấp', 'Date of issue'),
    date('licenceExpiresOn', 'Có giá trị đến', 'Valid until', { required: false, range: undefined, help: { vi: 'Để trống nếu giấy phép không thời hạn.', en: 'Leave empty for a licence without expiry.' } }),
    choice('reason', 'Lý do đề nghị', 'Reason', [
      option('expiring', 'Giấy phép lái xe sắp hết hạn hoặc đã hết hạn', 'Expiring or expired'),
      option('damaged', 'Giấy phép lái xe bị hỏng', 'Damaged'),
      option('details_changed', 'Thay đổi thông tin trên giấy phép lái xe', 'Details changed'),
      option('transport_issued', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'Issued by the transport sector'),
    ]),
  ],
};

const CRIMINAL_RECORD: FormDefinition = {
  title: 'TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP',
  templateReference: 'Mẫu số 03/2013/TT-LLTP ban hành kèm theo Thông tư số 13/2011/TT-BTP (được sửa đổi, bổ sung)',
  fields: [
    text('declarantName', 'Họ, chữ đệm và tên', 'Full name', { maxLength: 100, prefill: 'fullName' }),
    text('otherNames', 'Tên gọi khác (nếu có)', 'Other names (if any)', { maxLength: 100, required: false }),
    choice('declarantSex', 'Giới tính', 'Sex', SEX),
    date('declarantBirthDate', 'Ngày, tháng, năm sinh', 'Date of birth'),
    text('birthPlace', 'Nơi sinh', 'Place of birth'),
    nationality('declarantNationality'),
    ethnicity('declarantEthnicity'),
    identityNumber('declarantIdNumber', 'Số định danh cá nhân (hoặc số hộ chiếu)', 'Personal identification (or passport) number', { prefill: 'idNumber' }),
    text('declarantResidence', 'Nơi thường trú', 'Permanent residence'),
    text('fatherName', 'Họ, chữ đệm, tên cha', "Father's full name", { maxLength: 100 }),
    text('motherName', 'Họ, chữ đệm, tên mẹ', "Mother's full name", { maxLength: 100 }),
    text('spouseName', 'Họ, chữ đệm, tên vợ/chồng (nếu có)', "Spouse's full name (if any)", { maxLength: 100, required: false }),
    group(
      'residenceHistory',
      { vi: 'Quá trình cư trú, nghề nghiệp (từ đủ 14 tuổi)', en: 'Residence and occupation since the age of 14' },
      { vi: 'Giai đoạn', en: 'Period' },
      [1, 20],
      [
        text('period', 'Từ tháng, năm đến tháng, năm', 'From month/year to month/year', { maxLength: 50 }),
        text('place', 'Nơi cư trú', 'Place of residence'),
        text('occupation', 'Nghề nghiệp, nơi làm việc', 'Occupation and workplace'),
      ],
    ),
    choice('recordKind', 'Loại Phiếu lý lịch tư pháp đề nghị cấp', 'Kind of record requested', [option('1', 'Phiếu số 1', 'Record no. 1'), option('2', 'Phiếu số 2', 'Record no. 2')]),
    choice('showPastConvictions', 'Yêu cầu xác nhận về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã', 'Include bans on office and on managing enterprises', [option('yes', 'Có', 'Yes'), option('no', 'Không', 'No')], { shownWhen: when('recordKind', '1') }),
    text('purpose', 'Mục đích yêu cầu cấp Phiếu lý lịch tư pháp', 'Purpose of the request', { maxLength: 300 }),
    wholeNumber('copies', 'Số lượng Phiếu lý lịch tư pháp yêu cầu cấp', 'Records requested', 1, 10, { unit: { vi: 'bản', en: 'copies' } }),
  ],
};

/** The e-forms by the code of the procedure whose declaration they are. */
export const DEMO_FORMS: Readonly<Record<string, FormDefinition>> = {
  '1.001193': BIRTH,
  '1.000894': MARRIAGE,
  '1.000656': DEATH,
  '1.004873': MARITAL_STATUS,
  '2.000635': EXTRACT_COPY,
  '2.000815': COPY_CERTIFICATION,
  '1.004194': RESIDENCE_CONFIRMATION,
  '1.001612': HOUSEHOLD_BUSINESS,
  '1.002804': DRIVING_LICENCE_EXCHANGE,
  '2.000505': CRIMINAL_RECORD,
};
