import { defineTexts } from '../shared/i18n.js';

/** The pairing page and the devices' index (/thiet-bi). */
export const pairingTexts = defineTexts({
  title: { vi: 'Ghép nối thiết bị với trung tâm', en: 'Pair this device with its centre' },
  lead: {
    vi: 'Quản trị viên tạo thiết bị (ki-ốt, màn hình gọi số, máy tính bảng đánh giá hoặc màn hình điều hành) trong trang Quản trị → Trung tâm → Thiết bị, rồi mở địa chỉ ghép nối trên thiết bị này hoặc nhập mã ghép nối được cấp.',
    en: 'An administrator creates the device (kiosk, display board, rating tablet or operations screen) under Administration → Centres → Devices, then opens the pairing address on this device or enters the pairing code given there.',
  },
  tokenLabel: { vi: 'Mã ghép nối', en: 'Pairing code' },
  tokenHint: { vi: 'Mã chỉ hiện một lần khi tạo thiết bị.', en: 'The code is shown once, when the device is created.' },
  tokenMissing: { vi: 'Nhập mã ghép nối.', en: 'Enter the pairing code.' },
  submit: { vi: 'Ghép nối', en: 'Pair' },
  checking: { vi: 'Đang kiểm tra mã ghép nối…', en: 'Checking the pairing code…' },
  paired: { vi: 'Đã ghép nối: {name} ({kind}) của {centre}.', en: 'Paired: {name} ({kind}) of {centre}.' },
  pairedCounter: { vi: 'Đặt tại {counter}.', en: 'Stands at {counter}.' },
  open: { vi: 'Mở màn hình {kind}', en: 'Open the {kind} screen' },
  forget: { vi: 'Bỏ ghép nối thiết bị này', en: 'Unpair this device' },
  forgotten: { vi: 'Đã bỏ ghép nối. Thiết bị không còn dùng được cho trung tâm cho đến khi được ghép nối lại.', en: 'Unpaired. The device cannot be used for the centre until it is paired again.' },
  indexTitle: { vi: 'Thiết bị của trung tâm', en: 'Centre device' },
  indexUnpaired: {
    vi: 'Thiết bị này chưa được ghép nối với trung tâm nào, nên chưa hiển thị được ki-ốt lấy số, màn hình gọi số hay trang đánh giá.',
    en: 'This device is not paired with a centre yet, so it cannot show the ticket kiosk, the display board or the rating page.',
  },
  indexPair: { vi: 'Ghép nối thiết bị', en: 'Pair this device' },
  unpairedOnPage: { vi: 'Thiết bị chưa được ghép nối, hoặc việc ghép nối đã bị thu hồi.', en: 'This device is not paired, or its pairing was revoked.' },
  wrongKind: { vi: 'Thiết bị này được ghép nối làm {kind}, không phải {wanted}.', en: 'This device is paired as a {kind}, not a {wanted}.' },
  openOwnPage: { vi: 'Mở đúng màn hình của thiết bị', en: "Open this device's own screen" },
});

export const DEVICE_KIND_LABELS = {
  kiosk: { vi: 'ki-ốt lấy số', en: 'ticket kiosk' },
  board: { vi: 'màn hình gọi số', en: 'display board' },
  tablet: { vi: 'máy tính bảng đánh giá', en: 'rating tablet' },
  operations: { vi: 'màn hình điều hành', en: 'operations screen' },
} as const;
