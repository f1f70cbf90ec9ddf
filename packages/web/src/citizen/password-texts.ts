import { defineTexts } from '../shared/i18n.js';

/** The citizen's forgotten and changed passwords. */
export const passwordTexts = defineTexts({
  forgotLink: { vi: 'Quên mật khẩu?', en: 'Forgot your password?' },
  forgotTitle: { vi: 'Quên mật khẩu', en: 'Forgot your password' },
  forgotIntro: {
    vi: 'Nhập thư điện tử hoặc số điện thoại đã đăng ký. Chúng tôi sẽ gửi một mã xác nhận gồm 6 chữ số để bạn đặt mật khẩu mới, chỉ đến thư điện tử, số điện thoại đã được xác nhận bằng mã khi đăng ký hoặc tại trang Tài khoản.',
    en: 'Enter the e-mail or phone number you registered with. We will send a 6-digit code to set a new password, only to an e-mail or phone number confirmed with a code at registration or on the Account page.',
  },
  login: { vi: 'Thư điện tử hoặc số điện thoại', en: 'E-mail or phone number' },
  loginMissing: { vi: 'Nhập thư điện tử hoặc số điện thoại đã đăng ký.', en: 'Enter the e-mail or phone number you registered with.' },
  sendCode: { vi: 'Gửi mã xác nhận', en: 'Send the code' },
  sending: { vi: 'Đang gửi…', en: 'Sending…' },
  sentByEmail: {
    vi: 'Nếu {login} là thư điện tử đã xác nhận của một tài khoản, mã xác nhận vừa được gửi đến đó. Mã có hiệu lực 15 phút.',
    en: 'If {login} is the confirmed e-mail of an account, a code was just sent there. It is valid for 15 minutes.',
  },
  sentBySms: {
    vi: 'Nếu {login} là số điện thoại đã xác nhận của một tài khoản, mã xác nhận vừa được gửi qua tin nhắn. Mã có hiệu lực 15 phút.',
    en: 'If {login} is the confirmed phone number of an account, a code was just sent by text message. It is valid for 15 minutes.',
  },
  code: { vi: 'Mã xác nhận (6 chữ số)', en: 'Code (6 digits)' },
  codeMissing: { vi: 'Nhập mã xác nhận đã nhận được.', en: 'Enter the code you received.' },
  setPassword: { vi: 'Đặt mật khẩu mới', en: 'Set the new password' },
  setting: { vi: 'Đang đặt mật khẩu…', en: 'Setting the password…' },
  sendAgain: { vi: 'Gửi lại mã', en: 'Send the code again' },
  done: {
    vi: 'Đã đặt mật khẩu mới. Mọi phiên đăng nhập trước đây của tài khoản đã kết thúc; hãy đăng nhập bằng mật khẩu mới.',
    en: 'Your new password is set. Every earlier session of the account has ended; sign in with the new password.',
  },
  toSignIn: { vi: 'Đăng nhập', en: 'Sign in' },
  changeTitle: { vi: 'Đổi mật khẩu', en: 'Change password' },
  changeLink: { vi: 'Đổi mật khẩu', en: 'Change password' },
});
