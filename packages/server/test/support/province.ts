import type { OfficerRole, ProcedureDefinition } from '@motcua/core';
import type { Database } from '../../src/db/database.js';
import { publishVersion } from '../../src/modules/procedures/repo.js';
import { hashPassword } from '../../src/platform/passwords.js';
import { installTestCredentials } from './signing.js';

export const PASSWORD = 'test-password-123';

/**
 * A small province for tests: a commune that receives and decides, a department that takes part
 * in inter-agency procedures, and another commune whose officers must see nothing of the first.
 */
export const AGENCIES = {
  province: { code: '000.00.00.H99', name: 'UBND tỉnh Thử Nghiệm', kind: 'province', parent: null },
  commune: { code: '001.01.01.H99', name: 'UBND xã Hòa Bình', kind: 'commune', parent: 'province' },
  department: { code: '000.00.10.H99', name: 'Sở Tư pháp tỉnh Thử Nghiệm', kind: 'department', parent: 'province' },
  otherCommune: { code: '002.02.02.H99', name: 'UBND xã Đồng Tâm', kind: 'commune', parent: 'province' },
} as const;

type AgencyKey = keyof typeof AGENCIES;

const OFFICERS: Array<{ username: string; fullName: string; role: OfficerRole; agency: AgencyKey; unit?: string }> = [
  { username: 'admin', fullName: 'Quản Trị Viên', role: 'admin', agency: 'province' },
  { username: 'reception', fullName: 'Nguyễn Thị Tiếp Nhận', role: 'receiving_officer', agency: 'commune', unit: 'MOTCUA' },
  { username: 'specialist', fullName: 'Trần Văn Chuyên', role: 'specialist', agency: 'commune', unit: 'VHXH' },
  { username: 'specialist2', fullName: 'Lê Thị Hai', role: 'specialist', agency: 'commune', unit: 'VHXH' },
  { username: 'head', fullName: 'Phạm Văn Trưởng', role: 'unit_head', agency: 'commune', unit: 'VHXH' },
  { username: 'leader', fullName: 'Hoàng Văn Chủ Tịch', role: 'agency_leader', agency: 'commune' },
  { username: 'clerk', fullName: 'Đỗ Thị Văn Thư', role: 'document_clerk', agency: 'commune' },
  { username: 'dept.specialist', fullName: 'Vũ Minh Sở', role: 'specialist', agency: 'department', unit: 'HCTP' },
  { username: 'dept.leader', fullName: 'Bùi Quang Giám Đốc', role: 'agency_leader', agency: 'department' },
  { username: 'other.reception', fullName: 'Ngô Thị Khác', role: 'receiving_officer', agency: 'otherCommune', unit: 'MOTCUA' },
  { username: 'other.specialist', fullName: 'Dương Văn Khác', role: 'specialist', agency: 'otherCommune', unit: 'VHXH' },
  { username: 'other.leader', fullName: 'Lý Văn Khác', role: 'agency_leader', agency: 'otherCommune' },
];

const UNITS: Array<{ agency: AgencyKey; code: string; name: string; kind: 'one_stop' | 'processing' }> = [
  { agency: 'commune', code: 'MOTCUA', name: 'Bộ phận Một cửa', kind: 'one_stop' },
  { agency: 'commune', code: 'VHXH', name: 'Phòng Văn hóa - Xã hội', kind: 'processing' },
  { agency: 'department', code: 'HCTP', name: 'Phòng Hành chính tư pháp', kind: 'processing' },
  { agency: 'otherCommune', code: 'MOTCUA', name: 'Bộ phận Một cửa', kind: 'one_stop' },
  { agency: 'otherCommune', code: 'VHXH', name: 'Phòng Văn hóa - Xã hội', kind: 'processing' },
];

/** Three steps in the commune: 5 working days in all. */
export const BIRTH_REGISTRATION: ProcedureDefinition = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  fieldCode: 'ho-tich',
  level: 'commune',
  competentAgencyCode: AGENCIES.commune.code,
  processingDays: 5,
  onlineMode: 'full',
  resultDocument: 'Giấy khai sinh',
  legalBasis: ['Luật Hộ tịch số 60/2014/QH13'],
  applicantTypes: ['citizen'],
  fees: [{ name: 'Lệ phí đăng ký khai sinh', amountVnd: 0 }],
  components: [
    { code: 'TK', name: 'Tờ khai đăng ký khai sinh', form: 'original', copies: 1, required: true },
    { code: 'GCS', name: 'Giấy chứng sinh', form: 'original', copies: 1, required: true },
    { code: 'UQ', name: 'Văn bản ủy quyền', form: 'certified_copy', copies: 1, required: false },
  ],
  process: [
    { code: 'B1', name: 'Công chức tư pháp - hộ tịch thẩm định', role: 'specialist', agency: { kind: 'competent' }, unitCode: 'VHXH', shareDays: 3 },
    { code: 'B2', name: 'Lãnh đạo phòng xem xét', role: 'unit_head', agency: { kind: 'competent' }, unitCode: 'VHXH', shareDays: 1 },
    { code: 'B3', name: 'Chủ tịch UBND xã ký', role: 'agency_leader', agency: { kind: 'competent' }, shareDays: 0.5 },
  ],
};

/** Inter-agency: the department checks the file between the commune's steps. */
export const INTER_AGENCY: ProcedureDefinition = {
  ...BIRTH_REGISTRATION,
  code: '2.000635',
  name: 'Cấp Phiếu lý lịch tư pháp liên thông',
  processingDays: 10,
  onlineMode: 'partial',
  process: [
    { code: 'B1', name: 'Công chức xã kiểm tra', role: 'specialist', agency: { kind: 'competent' }, unitCode: 'VHXH', shareDays: 2 },
    { code: 'B2', name: 'Sở Tư pháp xác minh', role: 'specialist', agency: { kind: 'agency', agencyCode: AGENCIES.department.code }, unitCode: 'HCTP', shareDays: 5 },
    { code: 'B3', name: 'Giám đốc Sở ký', role: 'agency_leader', agency: { kind: 'agency', agencyCode: AGENCIES.department.code }, shareDays: 1 },
    { code: 'B4', name: 'Chủ tịch UBND xã xác nhận', role: 'agency_leader', agency: { kind: 'competent' }, shareDays: 1 },
  ],
};

export interface Province {
  agencyIds: Record<AgencyKey, string>;
  officerIds: Record<string, string>;
}

export async function createProvince(db: Database): Promise<Province> {
  const agencyIds = {} as Record<AgencyKey, string>;
  const officerIds: Record<string, string> = {};
  const passwordHash = await hashPassword(PASSWORD);
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO fields (code, name, name_en) VALUES ('ho-tich', 'Hộ tịch', 'Civil status')`);
    for (const [key, agency] of Object.entries(AGENCIES) as Array<[AgencyKey, (typeof AGENCIES)[AgencyKey]]>) {
      const { rows } = await tx.query<{ id: string }>(
        'INSERT INTO agencies (code, name, short_name, kind, parent_id) VALUES ($1, $2, $2, $3, $4) RETURNING id',
        [agency.code, agency.name, agency.kind, agency.parent ? agencyIds[agency.parent] : null],
      );
      agencyIds[key] = rows[0]!.id;
    }
    for (const unit of UNITS) {
      await tx.query('INSERT INTO units (agency_id, code, name, kind) VALUES ($1, $2, $3, $4)', [agencyIds[unit.agency], unit.code, unit.name, unit.kind]);
    }
    for (const officer of OFFICERS) {
      const { rows } = await tx.query<{ id: string }>(
        'INSERT INTO officers (username, full_name, password_hash) VALUES ($1, $2, $3) RETURNING id',
        [officer.username, officer.fullName, passwordHash],
      );
      officerIds[officer.username] = rows[0]!.id;
      await tx.query(
        'INSERT INTO officer_roles (officer_id, role, agency_id, unit_id) VALUES ($1, $2, $3, (SELECT id FROM units WHERE agency_id = $3 AND code = $4))',
        [rows[0]!.id, officer.role, agencyIds[officer.agency], officer.unit ?? null],
      );
    }
    for (const def of [BIRTH_REGISTRATION, INTER_AGENCY]) {
      await publishVersion(tx, def, agencyIds.commune, null);
    }
  });
  await installTestCredentials(db, (Object.keys(AGENCIES) as AgencyKey[]).map((key) => ({ id: agencyIds[key], name: AGENCIES[key].name })));
  return { agencyIds, officerIds };
}
