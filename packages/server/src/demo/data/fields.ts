/** Fields (lĩnh vực) of the demo procedure catalogue, named as in the national catalogue. */
export const DEMO_FIELDS: Array<{ code: string; name: string; nameEn: string }> = [
  { code: 'ho-tich', name: 'Hộ tịch', nameEn: 'Civil status registration' },
  { code: 'chung-thuc', name: 'Chứng thực', nameEn: 'Certification of copies and signatures' },
  { code: 'nuoi-con-nuoi', name: 'Nuôi con nuôi', nameEn: 'Adoption' },
  { code: 'ly-lich-tu-phap', name: 'Lý lịch tư pháp', nameEn: 'Judicial records' },
  { code: 'luat-su', name: 'Luật sư', nameEn: 'Lawyers' },
  { code: 'cong-chung', name: 'Công chứng', nameEn: 'Notarisation' },
  { code: 'dat-dai', name: 'Đất đai', nameEn: 'Land' },
  { code: 'moi-truong', name: 'Môi trường', nameEn: 'Environment' },
  { code: 'xay-dung', name: 'Hoạt động xây dựng', nameEn: 'Construction' },
  { code: 'doanh-nghiep', name: 'Thành lập và hoạt động của doanh nghiệp', nameEn: 'Enterprise registration' },
  { code: 'ho-kinh-doanh', name: 'Thành lập và hoạt động của hộ kinh doanh', nameEn: 'Household business registration' },
  { code: 'duong-bo', name: 'Đường bộ', nameEn: 'Road traffic (driving licences)' },
  { code: 'viec-lam', name: 'Việc làm', nameEn: 'Employment (foreign workers)' },
  { code: 'kham-chua-benh', name: 'Khám bệnh, chữa bệnh', nameEn: 'Medical examination and treatment' },
  { code: 'bao-tro-xa-hoi', name: 'Bảo trợ xã hội', nameEn: 'Social protection' },
  { code: 'giao-duc', name: 'Giáo dục và Đào tạo', nameEn: 'Education and training' },
];
