import { describe, expect, it } from 'vitest';
import { contactOn, contactsToVerify, renderContactVerificationCode, resetCodeRefusal } from './contacts.js';

const both = { email: 'an@example.vn', phone: '0912345678', emailVerified: false, phoneVerified: false };

describe('a citizen’s contacts', () => {
  it('are verified each on its own, and only those the account has are to verify', () => {
    expect(contactsToVerify(both)).toEqual(['email', 'sms']);
    expect(contactsToVerify({ ...both, emailVerified: true })).toEqual(['sms']);
    expect(contactsToVerify({ ...both, email: null })).toEqual(['sms']);
    expect(contactsToVerify({ ...both, phone: null, emailVerified: true })).toEqual([]);
    expect(contactOn(both, 'sms')).toEqual({ recipient: '0912345678', verified: false });
    expect(contactOn({ ...both, email: null }, 'email')).toBeNull();
  });

  it('receive a reset code only once verified', () => {
    expect(resetCodeRefusal(both, 'email')).toBe('contact_not_verified');
    expect(resetCodeRefusal({ ...both, emailVerified: true }, 'email')).toBeNull();
    expect(resetCodeRefusal({ ...both, emailVerified: true }, 'sms')).toBe('contact_not_verified');
    // A verified flag without the contact (it cannot happen in the database) sends nothing either.
    expect(resetCodeRefusal({ ...both, phone: null, phoneVerified: true }, 'sms')).toBe('contact_not_verified');
  });

  it('are confirmed by a code that says what it is for, Vietnamese first', () => {
    const mail = renderContactVerificationCode({ code: '042042', name: 'Nguyễn Văn An', verifyUrl: 'https://dichvucong.example.vn/tai-khoan' }, 'email');
    expect(mail.subject).toBe('Mã xác nhận thư điện tử: 042042 / E-mail confirmation code');
    expect(mail.text.indexOf('Kính gửi Nguyễn Văn An')).toBeLessThan(mail.text.indexOf('Dear Nguyễn Văn An'));
    expect(mail.text).toContain('ông/bà là: 042042');
    expect(mail.text).toContain('https://dichvucong.example.vn/tai-khoan');
    expect(mail.text).toBe(mail.text.normalize('NFC'));
    const sms = renderContactVerificationCode({ code: '042042', name: 'Nguyễn Văn An', verifyUrl: 'https://dichvucong.example.vn/tai-khoan' }, 'sms');
    expect(sms.text).toBe('Mã xác nhận số điện thoại tài khoản Dịch vụ công: 042042, hiệu lực 15 phút. Không chia sẻ mã này cho bất kỳ ai.');
  });
});
