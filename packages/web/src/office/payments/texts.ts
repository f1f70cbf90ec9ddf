import { defineTexts } from '../../shared/i18n.js';

export const RECONCILIATION_PATH = '/can-bo/doi-soat-thanh-toan';

export const reconciliationTexts = defineTexts({
  nav: { vi: 'Đối soát thanh toán', en: 'Payment reconciliation' },
  title: { vi: 'Đối soát thanh toán phí, lệ phí', en: 'Reconciling fee payments' },
  intro: {
    vi: 'Nhập sao kê tài khoản thu phí để xác nhận các khoản chuyển khoản VietQR. Khoản đúng mã thanh toán và đủ số tiền được xác nhận tự động; các khoản còn lại chờ cán bộ xử lý bên dưới.',
    en: 'Import the fee account’s statement to confirm VietQR transfers. Transfers with the right reference and amount are confirmed at once; the others wait for you below.',
  },
  importHeading: { vi: 'Nhập sao kê', en: 'Import a statement' },
  file: { vi: 'Tệp sao kê (CSV xuất từ ngân hàng điện tử)', en: 'Statement file (CSV exported from internet banking)' },
  fileHint: {
    vi: 'Các cột: Ngày giao dịch, Số tham chiếu, Số tiền ghi có, Nội dung giao dịch (các cột khác được bỏ qua). Giao dịch đã nhập trước đây không bị tính lại.',
    en: 'Columns: Ngày giao dịch, Số tham chiếu, Số tiền ghi có, Nội dung giao dịch (others are ignored). Transactions imported before are not counted again.',
  },
  fileMissing: { vi: 'Vui lòng chọn tệp sao kê.', en: 'Choose a statement file.' },
  import: { vi: 'Nhập sao kê', en: 'Import' },
  imported: {
    vi: 'Đã đọc {lines} giao dịch ghi có: {paid} khoản phí được xác nhận, {needOfficer} khoản chờ xử lý, {duplicates} giao dịch đã nhập trước đây.',
    en: 'Read {lines} credit lines: {paid} fees confirmed, {needOfficer} left to you, {duplicates} imported before.',
  },
  openHeading: { vi: 'Giao dịch chờ xử lý', en: 'Transactions to resolve' },
  none: { vi: 'Không có giao dịch nào chờ xử lý.', en: 'Nothing to resolve.' },
  bookedAt: { vi: 'Ngày giao dịch', en: 'Date' },
  bankReference: { vi: 'Số tham chiếu', en: 'Bank reference' },
  amount: { vi: 'Số tiền', en: 'Amount' },
  description: { vi: 'Nội dung chuyển khoản', en: 'Description' },
  matched: { vi: 'Kết quả đối chiếu', en: 'Match' },
  dossier: { vi: 'Hồ sơ', en: 'Dossier' },
  resolve: { vi: 'Xử lý', en: 'Resolve' },
  resolution: { vi: 'Cách xử lý', en: 'Resolution' },
  applied: { vi: 'Ghi nhận nộp phí cho hồ sơ', en: 'Pays the fee of a dossier' },
  refunded: { vi: 'Hoàn trả người chuyển', en: 'Sent back to the payer' },
  notAFee: { vi: 'Không phải tiền phí, lệ phí', en: 'Not a fee' },
  dossierCode: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  note: { vi: 'Ghi chú', en: 'Note' },
  resolved: { vi: 'Đã xử lý giao dịch {reference}.', en: 'Transaction {reference} resolved.' },
  unappliedHeading: { vi: 'Thanh toán trực tuyến cần hoàn trả', en: 'Online payments to refund' },
  unappliedIntro: {
    vi: 'Cổng thanh toán xác nhận các khoản này khi khoản phí đã được nộp bằng cách khác hoặc không còn phải nộp: hoàn trả người nộp rồi ghi nhận tại đây.',
    en: 'The gateway confirmed these after the fee was paid otherwise or was no longer owed: pay the payer back, then record it here.',
  },
  transactionNo: { vi: 'Mã giao dịch của cổng', en: 'Gateway transaction' },
  markRefunded: { vi: 'Ghi nhận đã hoàn trả', en: 'Record as refunded' },
  gatewayRefunded: { vi: 'Đã ghi nhận hoàn trả giao dịch {orderRef}.', en: 'Payment {orderRef} recorded as refunded.' },
  refundHeading: { vi: 'Ghi nhận hoàn trả phí', en: 'Record a refund' },
  refundIntro: {
    vi: 'Khi hồ sơ bị từ chối giải quyết, dừng giải quyết hoặc được rút sau khi đã nộp phí trực tuyến hoặc chuyển khoản.',
    en: 'When a dossier is refused, stopped or withdrawn after its fee was paid online or by transfer.',
  },
  refundAmount: { vi: 'Số tiền hoàn (để trống: toàn bộ số đã nộp)', en: 'Amount refunded (empty: all that was paid)' },
  reason: { vi: 'Lý do', en: 'Reason' },
  recordRefund: { vi: 'Ghi nhận hoàn trả', en: 'Record the refund' },
  refundRecorded: { vi: 'Đã ghi nhận hoàn trả {amount} cho hồ sơ {code}.', en: 'Refund of {amount} recorded for dossier {code}.' },
  forbidden: { vi: 'Chỉ cán bộ tiếp nhận và quản trị viên được đối soát thanh toán.', en: 'Only receiving officers and administrators reconcile payments.' },
});

export const matchTexts = defineTexts({
  exact: { vi: 'Khớp', en: 'Matched' },
  over: { vi: 'Chuyển thừa (đã xác nhận phí, cần hoàn phần thừa)', en: 'Overpaid (fee confirmed, excess to refund)' },
  short: { vi: 'Chuyển thiếu', en: 'Underpaid' },
  already_paid: { vi: 'Khoản phí đã được nộp hoặc không còn phải nộp', en: 'Fee already paid or no longer owed' },
  no_reference: { vi: 'Không tìm thấy mã thanh toán', en: 'No payment reference' },
  several_references: { vi: 'Có nhiều mã thanh toán', en: 'Several payment references' },
});

/** The payment panel of the officer's dossier page. */
export const dossierPaymentTexts = defineTexts({
  heading: { vi: 'Phí, lệ phí', en: 'Fees' },
  status: { vi: 'Tình trạng', en: 'Status' },
  due: { vi: 'Chưa nộp', en: 'Not paid yet' },
  paid: { vi: 'Đã nộp', en: 'Paid' },
  amount: { vi: 'Số tiền', en: 'Amount' },
  reference: { vi: 'Mã thanh toán', en: 'Payment reference' },
  paidAt: { vi: 'Thời gian nộp', en: 'Paid on' },
  throughGateway: { vi: 'thanh toán trực tuyến', en: 'online payment' },
  throughTransfer: { vi: 'chuyển khoản VietQR', en: 'VietQR transfer' },
  refund: { vi: 'Hoàn trả', en: 'Refund' },
  refunded: { vi: '{amount} lúc {at}. Lý do: {reason}', en: '{amount} on {at}. Reason: {reason}' },
});
