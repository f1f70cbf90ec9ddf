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
  myDossiers: { vi: 'Hồ sơ của tôi', en: 'My dossiers' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  register: { vi: 'Đăng ký', en: 'Register' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  officerArea: { vi: 'Dành cho cán bộ', en: 'For officers' },
  footerAgency: { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public Administration Service Centre' },
  footerHotline: { vi: 'Đường dây nóng: 1022', en: 'Hotline: 1022' },
  footerSoftware: { vi: 'Vận hành trên phần mềm mã nguồn mở MotCua', en: 'Runs on MotCua, open-source software' },
});
