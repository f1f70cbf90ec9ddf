import { defineTexts } from '../shared/i18n.js';

/** The phone page behind a queue ticket's QR code (/hang-cho/:token). */
export const queueTicketTexts = defineTexts({
  title: { vi: 'Phiếu số {number}', en: 'Ticket {number}' },
  titleCalled: { vi: 'Đến lượt bạn — {number}', en: 'Your turn — {number}' },
  pageTitle: { vi: 'Theo dõi số thứ tự', en: 'Follow your place in the queue' },
  centreService: { vi: '{service} — {centre}', en: '{service} — {centre}' },
  ahead: { vi: 'Số người trước bạn', en: 'People ahead of you' },
  estimatedWait: { vi: 'Thời gian chờ dự kiến', en: 'Estimated wait' },
  minutes: { vi: 'khoảng {minutes} phút', en: 'about {minutes} min' },
  soon: { vi: 'sắp được gọi', en: 'any moment' },
  nextUp: { vi: 'Bạn là người tiếp theo. Xin hãy có mặt gần các quầy.', en: 'You are next. Please stay near the counters.' },
  called: { vi: 'Đến lượt bạn! Mời đến quầy số {counter}.', en: 'It is your turn! Please go to counter {counter}.' },
  serving: { vi: 'Bạn đang được phục vụ tại quầy số {counter}.', en: 'You are being served at counter {counter}.' },
  finished: { vi: 'Đã phục vụ xong. Cảm ơn bạn!', en: 'Service finished. Thank you!' },
  rate: { vi: 'Đánh giá mức độ hài lòng', en: 'Rate the service' },
  noShow: {
    vi: 'Phiếu đã bị bỏ qua vì bạn không có mặt khi được gọi. Hãy lấy số mới tại ki-ốt nếu vẫn cần làm thủ tục.',
    en: 'The ticket was passed over because you were not there when called. Take a new number at the kiosk if you still need service.',
  },
  cancelled: { vi: 'Phiếu đã bị hủy.', en: 'The ticket was cancelled.' },
  issuedAt: { vi: 'Lấy số lúc {time}', en: 'Taken at {time}' },
  live: { vi: 'Trang tự cập nhật, không cần tải lại.', en: 'This page updates by itself; no need to reload.' },
  reconnecting: { vi: 'Mất kết nối — đang kết nối lại…', en: 'Connection lost — reconnecting…' },
  stopped: { vi: 'Không còn theo dõi được phiếu này. Tải lại trang để thử lại.', en: 'This ticket can no longer be followed. Reload the page to try again.' },
});
