import { defineTexts } from '../i18n.js';

/** Texts of the shared building blocks and the frame around every page. */
export const uiTexts = defineTexts({
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  previous: { vi: 'Trang trước', en: 'Previous page' },
  next: { vi: 'Trang sau', en: 'Next page' },
  firstPage: { vi: 'Về trang đầu', en: 'First page' },
  pageOf: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  pagination: { vi: 'Phân trang', en: 'Pagination' },
  skipToContent: { vi: 'Chuyển đến nội dung chính', en: 'Skip to main content' },
  menu: { vi: 'Danh mục', en: 'Menu' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  switchToEnglish: { vi: 'English', en: 'English' },
  switchToVietnamese: { vi: 'Tiếng Việt', en: 'Tiếng Việt' },
  required: { vi: 'bắt buộc', en: 'required' },
  errorSummaryTitle: { vi: 'Vui lòng sửa các lỗi sau', en: 'Please correct the following' },
  notFoundTitle: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  notFoundBody: { vi: 'Địa chỉ bạn mở không tồn tại hoặc đã được chuyển.', en: 'The address you opened does not exist or has moved.' },
  backHome: { vi: 'Về trang chủ', en: 'Back to the home page' },
  close: { vi: 'Đóng', en: 'Close' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  downloadTemplate: { vi: 'Tải mẫu {name}', en: 'Download the form {name}' },
  fileFacts: { vi: '{type}, {size}', en: '{type}, {size}' },
});
