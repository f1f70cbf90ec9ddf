import { defineTexts } from '../shared/i18n.js';

/** Texts of the portal's frame; each page keeps its own texts beside it. */
export const portalFrameTexts = defineTexts({
  siteTitle: { vi: 'Cổng dịch vụ công', en: 'Public Service Portal' },
  siteSubtitle: { vi: 'Hệ thống thông tin giải quyết thủ tục hành chính', en: 'Administrative procedures information system' },
  navLabel: { vi: 'Điều hướng chính', en: 'Main navigation' },
  home: { vi: 'Trang chủ', en: 'Home' },
  procedures: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  tracking: { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  results: { vi: 'Công khai kết quả', en: 'Published results' },
  scorecard: { vi: 'Chỉ số phục vụ', en: 'Service index' },
  verify: { vi: 'Xác thực văn bản', en: 'Verify a document' },
  land: { vi: 'Thông tin đất đai', en: 'Land information' },
  booking: { vi: 'Đặt lịch hẹn', en: 'Book a time' },
  myDossiers: { vi: 'Hồ sơ của tôi', en: 'My dossiers' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  register: { vi: 'Đăng ký', en: 'Register' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  officerArea: { vi: 'Dành cho cán bộ', en: 'For officers' },
  footerAgency: { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public Administration Service Centre' },
  footerHotline: { vi: 'Đường dây nóng: 1022', en: 'Hotline: 1022' },
  footerSoftware: { vi: 'Vận hành trên phần mềm mã nguồn mở MotCua', en: 'Runs on MotCua, open-source software' },
});

/** Words about the procedure catalogue shared by the home, search and procedure pages. */
export const catalogueTexts = defineTexts({
  onlineFull: { vi: 'Trực tuyến toàn trình', en: 'Fully online' },
  onlinePartial: { vi: 'Trực tuyến một phần', en: 'Partly online' },
  onlineNone: { vi: 'Nộp trực tiếp', en: 'In person only' },
  levelProvince: { vi: 'Cấp tỉnh', en: 'Province level' },
  levelCommune: { vi: 'Cấp xã', en: 'Commune level' },
  sameDay: { vi: 'Trong ngày làm việc', en: 'Within the working day' },
  workingDays: { vi: '{days} ngày làm việc', en: '{days} working {days|day|days}' },
  provincialAgencies: { vi: 'Sở, ban, ngành cấp tỉnh', en: 'Provincial departments and agencies' },
  communeAgencies: { vi: 'Xã, phường, đặc khu', en: 'Communes and wards' },
});

/** The dossier-code form shared by the home page and the tracking page. */
export const trackingFormTexts = defineTexts({
  codeLabel: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  codeHint: { vi: 'In trên giấy tiếp nhận hồ sơ, ví dụ 000.00.01.H56-261123-0001', en: 'Printed on the dossier receipt, e.g. 000.00.01.H56-261123-0001' },
  codeMissing: { vi: 'Vui lòng nhập mã hồ sơ.', en: 'Enter the dossier code.' },
  codeMalformed: {
    vi: 'Mã hồ sơ chưa đúng định dạng: mã cơ quan, ngày tiếp nhận (yymmdd) và số thứ tự, cách nhau bởi dấu gạch ngang, ví dụ 000.00.01.H56-261123-0001.',
    en: 'The dossier code is not in the right format: agency code, reception date (yymmdd) and sequence number separated by hyphens, e.g. 000.00.01.H56-261123-0001.',
  },
  submit: { vi: 'Tra cứu', en: 'Track' },
});
