import { defineTexts } from '../shared/i18n.js';

/** The citizen's account page and the verification of their e-mail address and phone. */
export const contactTexts = defineTexts({
  accountLink: { vi: 'Tài khoản', en: 'Account' },
  accountTitle: { vi: 'Tài khoản của tôi', en: 'My account' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  contactsHeading: { vi: 'Thư điện tử và số điện thoại', en: 'E-mail and phone number' },
  contactsIntro: {
    vi: 'Mã đặt lại mật khẩu khi quên chỉ được gửi đến thư điện tử hoặc số điện thoại đã xác nhận.',
    en: 'A code to reset a forgotten password goes only to a confirmed e-mail address or phone number.',
  },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  verified: { vi: 'Đã xác nhận', en: 'Confirmed' },
  unverified: { vi: 'Chưa xác nhận', en: 'Not confirmed' },
  codeFor: { vi: 'Mã xác nhận gửi đến {contact}', en: 'Code sent to {contact}' },
  codeHint: { vi: '6 chữ số, hiệu lực 15 phút.', en: '6 digits, valid for 15 minutes.' },
  codeMissing: { vi: 'Nhập mã xác nhận đã nhận được.', en: 'Enter the code you received.' },
  confirm: { vi: 'Xác nhận', en: 'Confirm' },
  confirming: { vi: 'Đang xác nhận…', en: 'Confirming…' },
  sendAgain: { vi: 'Gửi lại mã', en: 'Send a new code' },
  sentAgain: { vi: 'Đã gửi mã mới đến {contact}. Mã có hiệu lực 15 phút.', en: 'A new code was sent to {contact}. It is valid for 15 minutes.' },
  confirmed: { vi: 'Đã xác nhận {contact}.', en: '{contact} is confirmed.' },
  passwordHeading: { vi: 'Mật khẩu', en: 'Password' },
  communeHeading: { vi: 'Nơi cư trú', en: 'Where you live' },
  communeNone: { vi: '— Chưa chọn —', en: '— Not chosen —' },
  saveCommune: { vi: 'Lưu nơi cư trú', en: 'Save' },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  communeSaved: { vi: 'Đã lưu nơi cư trú.', en: 'Saved.' },
  afterRegistrationTitle: { vi: 'Xác nhận thư điện tử, số điện thoại', en: 'Confirm your e-mail and phone' },
  afterRegistrationIntro: {
    vi: 'Tài khoản đã được tạo. Chúng tôi vừa gửi mã xác nhận gồm 6 chữ số đến thư điện tử, số điện thoại bạn đã đăng ký: nhập mã để xác nhận. Khi quên mật khẩu, bạn chỉ nhận được mã đặt lại qua liên hệ đã xác nhận.',
    en: 'Your account is created. We just sent a 6-digit code to the e-mail or phone number you registered: enter it to confirm. If you forget your password, a reset code goes only to a confirmed contact.',
  },
  notice: {
    vi: 'Thư điện tử hoặc số điện thoại của tài khoản chưa được xác nhận: khi quên mật khẩu, bạn sẽ không nhận được mã đặt lại.',
    en: 'An e-mail or phone number of your account is not confirmed: if you forget your password, no reset code can reach you.',
  },
  noticeLink: { vi: 'Xác nhận ngay', en: 'Confirm it now' },
  later: { vi: 'Để sau, tiếp tục', en: 'Later, continue' },
  continue: { vi: 'Tiếp tục', en: 'Continue' },
});
