/** Officer roles, each granted within one agency (optionally narrowed to one unit of it). */
export const OFFICER_ROLES = [
  'receiving_officer',
  'specialist',
  'unit_head',
  'agency_leader',
  'document_clerk',
  'admin',
  /** A helper of an assisted-digital point (điểm hỗ trợ dịch vụ công): submits for citizens who are present, sees no dossier. */
  'assisting_helper',
  /** An officer of the land office (công chức địa chính, văn phòng đăng ký đất đai): sees the land register's holders and certificates, links parcels to dossiers. */
  'land_officer',
] as const;

export type OfficerRole = (typeof OFFICER_ROLES)[number];

export const ROLE_LABELS: Record<OfficerRole, { vi: string; en: string }> = {
  receiving_officer: { vi: 'Cán bộ tiếp nhận', en: 'Receiving officer' },
  specialist: { vi: 'Chuyên viên xử lý', en: 'Specialist' },
  unit_head: { vi: 'Lãnh đạo phòng', en: 'Unit head' },
  agency_leader: { vi: 'Lãnh đạo cơ quan', en: 'Agency leader' },
  document_clerk: { vi: 'Văn thư', en: 'Document clerk' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  assisting_helper: { vi: 'Nhân viên điểm hỗ trợ dịch vụ công', en: 'Assisted-digital point helper' },
  land_officer: { vi: 'Cán bộ địa chính', en: 'Land officer' },
};

export function isOfficerRole(value: string): value is OfficerRole {
  return (OFFICER_ROLES as readonly string[]).includes(value);
}
