import { defineTexts } from '../i18n.js';

/** Texts of the declaration (tờ khai) filled in as a form, wherever it is shown. */
export const declarationTexts = defineTexts({
  choose: { vi: '— Chọn —', en: '— Choose —' },
  addItem: { vi: 'Thêm {item}', en: 'Add {item}' },
  removeItem: { vi: 'Xóa {item}', en: 'Remove {item}' },
  noItems: { vi: 'Chưa có mục nào.', en: 'No items yet.' },
  itemsBetween: { vi: 'Từ {min} đến {max} mục.', en: '{min} to {max} items.' },
  printDeclaration: { vi: 'In tờ khai (PDF)', en: 'Print the declaration (PDF)' },
  prefilled: {
    vi: 'Một số ô đã được điền sẵn từ tài khoản của bạn{dossier}. Vui lòng kiểm tra lại trước khi nộp.',
    en: 'Some answers were filled in from your account{dossier}. Please check them before submitting.',
  },
  prefilledFromDossier: { vi: ' và từ hồ sơ {code} bạn đã nộp', en: ' and from your dossier {code}' },
  paperInstead: {
    vi: 'Không bắt buộc tại quầy: nếu người nộp mang tờ khai giấy, nhận tờ khai như một thành phần hồ sơ.',
    en: 'Optional at the counter: when the applicant brings the paper declaration, receive it as a component.',
  },
});
