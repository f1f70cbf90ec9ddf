import { defineTexts } from '../../shared/i18n.js';

export const paymentTexts = defineTexts({
  heading: { vi: 'Phí, lệ phí', en: 'Fees' },
  due: { vi: 'Hồ sơ đang chờ bạn nộp phí, lệ phí để được giải quyết tiếp.', en: 'Your dossier waits for the fee to be paid before it is processed further.' },
  dueAtSubmission: {
    vi: 'Thủ tục này thu phí, lệ phí khi nộp hồ sơ. Ông/Bà có thể nộp ngay bây giờ, trước khi hồ sơ được tiếp nhận.',
    en: 'This procedure’s fee is due with the submission. You can pay it now, before the dossier is received.',
  },
  amount: { vi: 'Số tiền phải nộp', en: 'Amount to pay' },
  reference: { vi: 'Mã thanh toán', en: 'Payment reference' },
  payOnline: { vi: 'Thanh toán trực tuyến', en: 'Pay online' },
  payOnlineHelp: { vi: 'Bạn sẽ được chuyển đến cổng thanh toán (thẻ ATM, thẻ quốc tế, ví điện tử), rồi quay lại trang này.', en: 'You will be taken to the payment gateway (bank card, credit card, e-wallet), then back to this page.' },
  redirecting: { vi: 'Đang chuyển đến cổng thanh toán…', en: 'Going to the payment gateway…' },
  transferHeading: { vi: 'Hoặc chuyển khoản bằng mã VietQR', en: 'Or transfer with the VietQR code' },
  transferHelp: {
    vi: 'Quét mã bằng ứng dụng ngân hàng: số tiền và nội dung đã được điền sẵn. Nếu chuyển khoản thủ công, hãy ghi đúng mã thanh toán {reference} trong nội dung chuyển khoản. Khoản nộp được xác nhận khi cơ quan đối soát sao kê (thường trong ngày làm việc).',
    en: 'Scan the code with your banking app: the amount and the description are filled in. If you transfer by hand, put the payment reference {reference} in the description. The payment is confirmed when the agency reconciles its statement (usually within the working day).',
  },
  qrLabel: { vi: 'Mã VietQR chuyển khoản {amount}, nội dung {reference}', en: 'VietQR code of a transfer of {amount}, description {reference}' },
  bank: { vi: 'Tài khoản nhận', en: 'Receiving account' },
  paid: { vi: 'Đã nộp {amount} lúc {at} ({through}).', en: 'Paid {amount} on {at} ({through}).' },
  throughGateway: { vi: 'thanh toán trực tuyến', en: 'online payment' },
  throughTransfer: { vi: 'chuyển khoản', en: 'bank transfer' },
  refunded: { vi: 'Đã hoàn trả {amount} lúc {at}. Lý do: {reason}', en: 'Refunded {amount} on {at}. Reason: {reason}' },
  // What the gateway's IPN made of the order the citizen just came back from.
  outcomePending: { vi: 'Đang chờ cổng thanh toán xác nhận giao dịch…', en: 'Waiting for the payment gateway to confirm the transaction…' },
  outcomeStillPending: {
    vi: 'Cổng thanh toán chưa xác nhận giao dịch. Nếu tài khoản của bạn đã bị trừ tiền, giao dịch sẽ được xác nhận sau ít phút; vui lòng tải lại trang sau.',
    en: 'The gateway has not confirmed the transaction yet. If your account was debited, it will be confirmed in a few minutes; reload the page later.',
  },
  outcomePaid: { vi: 'Thanh toán thành công. Hồ sơ đã được chuyển xử lý tiếp và biên lai điện tử đã được lập.', en: 'Payment confirmed. Your dossier goes on, and the electronic receipt has been issued.' },
  outcomeFailed: { vi: 'Giao dịch không thành công hoặc đã bị hủy; bạn chưa nộp khoản phí này. Bạn có thể thanh toán lại.', en: 'The payment failed or was cancelled; the fee is not paid. You can pay again.' },
  outcomeUnapplied: {
    vi: 'Cổng thanh toán đã nhận tiền nhưng khoản phí này không còn phải nộp; cơ quan sẽ hoàn trả cho bạn.',
    en: 'The gateway took the money, but this fee is no longer owed; the agency will refund you.',
  },
});
