import { defineTexts } from '../../shared/i18n.js';

/** The centre's display board (/thiet-bi/bang-goi-so), read from across the hall. */
export const boardTexts = defineTexts({
  title: { vi: 'Màn hình gọi số', en: 'Display board' },
  nowCalling: { vi: 'Mời công dân', en: 'Now calling' },
  toCounter: { vi: 'Quầy {counter}', en: 'Counter {counter}' },
  nobodyCalled: { vi: 'Chưa có lượt gọi. Xin quý khách vui lòng chờ.', en: 'No calls yet. Please wait.' },
  calling: { vi: 'Đang phục vụ', en: 'At the counters' },
  number: { vi: 'Số', en: 'Number' },
  counter: { vi: 'Quầy', en: 'Counter' },
  service: { vi: 'Dịch vụ', en: 'Service' },
  lastCalls: { vi: 'Lượt gọi gần đây', en: 'Last calls' },
  waiting: { vi: 'Số người đang chờ', en: 'People waiting' },
  people: { vi: '{count} người', en: '{count} waiting' },
  reconnecting: { vi: 'Mất kết nối với máy chủ — đang kết nối lại…', en: 'Connection to the server lost — reconnecting…' },
  connecting: { vi: 'Đang kết nối…', en: 'Connecting…' },
  refused: { vi: 'Máy chủ không nhận màn hình này. Quản trị viên cần kiểm tra việc ghép nối.', en: 'The server refused this board. An administrator must check its pairing.' },
  enableSound: { vi: 'Bật chuông và giọng đọc', en: 'Turn the chime and voice on' },
  soundBlocked: { vi: 'Trình duyệt đang chặn âm thanh: chạm vào nút để bật chuông gọi số.', en: 'The browser is blocking sound: touch the button to turn the chime on.' },
  noVoice: { vi: 'Máy không có giọng đọc tiếng Việt: chỉ phát chuông.', en: 'No Vietnamese voice on this device: chime only.' },
});
