import { defineTexts } from '../shared/i18n.js';

export const resultsTexts = defineTexts({
  title: { vi: 'Công khai kết quả giải quyết hồ sơ', en: 'Published dossier results' },
  lead: {
    vi: 'Danh sách hồ sơ đã giải quyết và hồ sơ trễ hạn kèm văn bản xin lỗi của cơ quan, công khai theo quy định. Tên người nộp được viết tắt để bảo vệ dữ liệu cá nhân.',
    en: 'Dossiers decided and dossiers handled late, with the agency’s apology, published as the rules require. Applicants’ names are abbreviated to protect personal data.',
  },
  sections: { vi: 'Chọn danh sách', en: 'Choose a list' },
  finished: { vi: 'Hồ sơ đã giải quyết', en: 'Decided dossiers' },
  late: { vi: 'Hồ sơ trễ hạn', en: 'Late dossiers' },
  total: { vi: 'Tổng số: {count} hồ sơ.', en: 'Total: {count} {count|dossier|dossiers}.' },
  empty: { vi: 'Chưa có hồ sơ nào trong danh sách này.', en: 'There is no dossier in this list yet.' },
  unavailable: { vi: 'Danh sách công khai chưa sẵn sàng. Vui lòng quay lại sau.', en: 'The published list is not available yet. Please come back later.' },
  code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  applicant: { vi: 'Người nộp', en: 'Applicant' },
  agency: { vi: 'Cơ quan giải quyết', en: 'Agency' },
  receivedAt: { vi: 'Ngày tiếp nhận', en: 'Received' },
  dueAt: { vi: 'Ngày hẹn trả', en: 'Due' },
  finishedAt: { vi: 'Ngày giải quyết', en: 'Decided' },
  notFinished: { vi: 'Đang giải quyết', en: 'In progress' },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  lateBadge: { vi: 'Trễ hạn', en: 'Late' },
  onTimeBadge: { vi: 'Đúng hạn', en: 'On time' },
  apology: { vi: 'Văn bản xin lỗi', en: 'Apology' },
  noApology: { vi: 'Chưa có văn bản xin lỗi', en: 'No apology issued yet' },
});
