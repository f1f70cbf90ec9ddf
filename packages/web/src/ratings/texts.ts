import { defineTexts } from '../shared/i18n.js';

export const ratingTexts = defineTexts({
  question: { vi: 'Ông/bà có hài lòng với việc phục vụ không?', en: 'Were you satisfied with the service?' },
  dossierQuestion: { vi: 'Ông/bà có hài lòng với việc giải quyết hồ sơ này không?', en: 'Were you satisfied with how this dossier was handled?' },
  criteriaTitle: { vi: 'Đánh giá chi tiết (không bắt buộc)', en: 'Rate in detail (optional)' },
  skip: { vi: 'Bỏ qua', en: 'Skip' },
  comment: { vi: 'Góp ý (không bắt buộc)', en: 'Comment (optional)' },
  commentHint: { vi: 'Tối đa {max} ký tự. Không ghi thông tin cá nhân.', en: 'At most {max} characters. Leave out personal information.' },
  submit: { vi: 'Gửi đánh giá', en: 'Send the rating' },
  sending: { vi: 'Đang gửi…', en: 'Sending…' },
  chooseScore: { vi: 'Hãy chọn một mức: Rất hài lòng, Hài lòng hoặc Không hài lòng.', en: 'Choose one: very satisfied, satisfied or not satisfied.' },
  thanks: { vi: 'Cảm ơn ông/bà đã đánh giá!', en: 'Thank you for your rating!' },
  given: { vi: 'Đánh giá đã gửi: {score}', en: 'Rating sent: {score}' },
  anonymous: {
    vi: 'Đánh giá được ghi nhận ẩn danh: công chúng chỉ thấy số liệu tổng hợp; lãnh đạo trung tâm đọc góp ý để cải thiện việc phục vụ.',
    en: 'Ratings are anonymous: the public sees only totals; the centre’s managers read the comments to improve the service.',
  },
  // The dossier's rating
  dossierHeading: { vi: 'Đánh giá mức độ hài lòng', en: 'Rate your satisfaction' },
  lookupCode: { vi: 'Mã tra cứu (in trên giấy tiếp nhận)', en: 'Lookup code (printed on the receipt)' },
  lookupCodeMissing: { vi: 'Nhập mã tra cứu in trên giấy tiếp nhận hồ sơ.', en: 'Enter the lookup code printed on the receipt.' },
  lookupCodeHint: { vi: 'Chỉ người nộp hồ sơ có mã này, nên chỉ họ đánh giá được.', en: 'Only the applicant holds this code, so only they can rate.' },
  // The QR code's page
  ticketTitle: { vi: 'Đánh giá phiếu {number}', en: 'Rate ticket {number}' },
  ticketServed: { vi: '{service} — {counter}', en: '{service} — {counter}' },
  counter: { vi: 'Quầy số {number}', en: 'Counter {number}' },
  notServedYet: {
    vi: 'Phiếu này chưa được phục vụ xong. Ông/bà đánh giá được sau khi quầy phục vụ xong.',
    en: 'This ticket has not been served yet. You can rate once the counter has finished serving you.',
  },
  followQueue: { vi: 'Theo dõi hàng chờ', en: 'Follow the queue' },
  // The tablet at the counter
  tabletTitle: { vi: 'Đánh giá mức độ hài lòng', en: 'Rate our service' },
  tabletWaiting: { vi: 'Sau khi được phục vụ, mời ông/bà đánh giá tại đây.', en: 'Once you have been served, please rate us here.' },
  tabletTicket: { vi: 'Phiếu {number} — {service}', en: 'Ticket {number} — {service}' },
  tabletReconnecting: { vi: 'Đang kết nối lại với máy chủ…', en: 'Reconnecting to the server…' },
  tabletRefused: { vi: 'Máy tính bảng không còn được ghép nối, hoặc chưa gắn với quầy. Hãy báo quản trị viên.', en: 'This tablet is no longer paired, or stands at no counter. Please tell an administrator.' },
  newRating: { vi: 'Xong', en: 'Done' },
});
