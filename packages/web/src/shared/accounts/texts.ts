import { defineTexts } from '../i18n.js';

/** Texts of the pages where citizens and officers look after their own accounts. */
export const accountTexts = defineTexts({
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  newPasswordHint: { vi: 'Ít nhất {min} ký tự; không chứa tên đăng nhập, email hay số điện thoại.', en: 'At least {min} characters; not containing your username, e-mail or phone number.' },
  repeatPassword: { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  passwordsDiffer: { vi: 'Hai mật khẩu mới không khớp nhau.', en: 'The two new passwords differ.' },
  currentMissing: { vi: 'Vui lòng nhập mật khẩu hiện tại.', en: 'Enter your current password.' },
  changePassword: { vi: 'Đổi mật khẩu', en: 'Change password' },
  changing: { vi: 'Đang đổi mật khẩu…', en: 'Changing the password…' },
  passwordChanged: { vi: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã được đăng xuất.', en: 'Password changed. Your other sessions were signed out.' },
  mustChangeTitle: { vi: 'Đổi mật khẩu trước khi làm việc', en: 'Change your password before you start' },
  mustChangeIntro: {
    vi: 'Mật khẩu của bạn do quản trị viên cấp. Hãy đặt mật khẩu của riêng bạn trước khi tiếp tục.',
    en: 'Your password was given by an administrator. Set one of your own before you go on.',
  },
  // Two-factor sign-in.
  twoFactorTitle: { vi: 'Xác thực hai lớp', en: 'Two-factor sign-in' },
  twoFactorRequiredTitle: { vi: 'Bật xác thực hai lớp trước khi làm việc', en: 'Turn on two-factor sign-in before you start' },
  twoFactorRequiredIntro: {
    vi: 'Vai trò của bạn (quản trị viên, lãnh đạo ký văn bản) bắt buộc đăng nhập bằng mật khẩu và mã từ ứng dụng xác thực trên điện thoại.',
    en: 'Your roles (administrator, signing leader) require signing in with your password and a code from an authenticator app on your phone.',
  },
  twoFactorOn: { vi: 'Đang bật: mỗi lần đăng nhập cần mã từ ứng dụng xác thực.', en: 'On: every sign-in needs a code from your authenticator app.' },
  twoFactorOff: {
    vi: 'Đang tắt. Bật để mỗi lần đăng nhập cần thêm mã từ ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…).',
    en: 'Off. Turn it on so that every sign-in also needs a code from an authenticator app (Google Authenticator, Microsoft Authenticator…).',
  },
  startSetUp: { vi: 'Bật xác thực hai lớp', en: 'Turn on two-factor sign-in' },
  scanQr: { vi: 'Bước 1. Quét mã QR này bằng ứng dụng xác thực trên điện thoại.', en: 'Step 1. Scan this QR code with the authenticator app on your phone.' },
  qrLabel: { vi: 'Mã QR để thêm tài khoản vào ứng dụng xác thực', en: 'QR code that adds the account to an authenticator app' },
  typeSecret: { vi: 'Không quét được? Nhập khoá này vào ứng dụng:', en: 'Cannot scan it? Type this key into the app:' },
  enterCode: { vi: 'Bước 2. Nhập mã 6 chữ số ứng dụng đang hiển thị', en: 'Step 2. Enter the 6-digit code the app shows' },
  codeMissing: { vi: 'Vui lòng nhập mã 6 chữ số.', en: 'Enter the 6-digit code.' },
  confirm: { vi: 'Xác nhận và bật', en: 'Confirm and turn on' },
  confirming: { vi: 'Đang xác nhận…', en: 'Confirming…' },
  recoveryTitle: { vi: 'Mã khôi phục', en: 'Recovery codes' },
  recoveryIntro: {
    vi: 'Lưu các mã này ở nơi an toàn (in ra hoặc chép lại). Mỗi mã dùng được một lần để đăng nhập khi không có điện thoại. Các mã chỉ hiển thị lần này.',
    en: 'Keep these codes somewhere safe (print or copy them). Each signs you in once without your phone. They are shown this once only.',
  },
  recoverySaved: { vi: 'Tôi đã lưu các mã, tiếp tục', en: 'I have saved the codes, continue' },
  turnOff: { vi: 'Tắt xác thực hai lớp', en: 'Turn off two-factor sign-in' },
  turnOffPassword: { vi: 'Mật khẩu để xác nhận tắt', en: 'Password, to confirm turning it off' },
  turnedOff: { vi: 'Đã tắt xác thực hai lớp.', en: 'Two-factor sign-in is off.' },
  // Signing in with the second factor.
  signInCode: { vi: 'Mã xác thực', en: 'Authentication code' },
  signInCodeHint: { vi: '6 chữ số trong ứng dụng xác thực, hoặc một mã khôi phục.', en: 'The 6 digits in your authenticator app, or a recovery code.' },
  signInCodeAsked: { vi: 'Tài khoản này dùng xác thực hai lớp: nhập mã từ ứng dụng xác thực.', en: 'This account uses two-factor sign-in: enter the code from your authenticator app.' },
  // The officer's account page.
  accountTitle: { vi: 'Tài khoản của tôi', en: 'My account' },
  account: { vi: 'Tài khoản', en: 'Account' },
});
