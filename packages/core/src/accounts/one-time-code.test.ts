import { describe, expect, it } from 'vitest';
import { ONE_TIME_CODE_RULES, codeExpiresAt, codeState, mayIssueCode, newOneTimeCode, renderPasswordResetCode, typedOneTimeCode } from './one-time-code.js';

const issuedAt = new Date('2026-12-04T02:00:00Z');
const minutesLater = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);

describe('one-time codes', () => {
  it('are six digits, zeros kept in front', () => {
    expect(newOneTimeCode(() => 42)).toBe('000042');
    expect(newOneTimeCode((bound) => bound - 1)).toBe('999999');
    expect(typedOneTimeCode(' 123 456 ')).toBe('123456');
    expect(typedOneTimeCode('123-456')).toBe('123456');
  });

  it('work for fifteen minutes, once, and until the fifth wrong guess', () => {
    expect(codeExpiresAt(issuedAt)).toEqual(minutesLater(15));
    expect(codeState({ issuedAt, usedAt: null, attempts: 0 }, minutesLater(14.99))).toBe('usable');
    expect(codeState({ issuedAt, usedAt: null, attempts: 0 }, minutesLater(15))).toBe('expired');
    expect(codeState({ issuedAt, usedAt: minutesLater(1), attempts: 0 }, minutesLater(2))).toBe('used');
    expect(codeState({ issuedAt, usedAt: null, attempts: ONE_TIME_CODE_RULES.maxAttempts - 1 }, minutesLater(1))).toBe('usable');
    expect(codeState({ issuedAt, usedAt: null, attempts: ONE_TIME_CODE_RULES.maxAttempts }, minutesLater(1))).toBe('exhausted');
  });

  it('go to one account three times an hour at most', () => {
    const now = minutesLater(70);
    expect(mayIssueCode([minutesLater(20), minutesLater(30)], now)).toBe(true);
    expect(mayIssueCode([minutesLater(20), minutesLater(30), minutesLater(60)], now)).toBe(false);
    // The one sent seventy minutes ago no longer counts.
    expect(mayIssueCode([issuedAt, minutesLater(30), minutesLater(60)], now)).toBe(true);
  });

  it('are sent in Vietnamese first, with the English after it by e-mail', () => {
    const mail = renderPasswordResetCode({ code: '031415', name: 'Nguyễn Văn An', resetUrl: 'https://dichvucong.example.vn/cong-dan/quen-mat-khau' }, 'email');
    expect(mail.subject).toBe('Mã đặt lại mật khẩu: 031415 / Password reset code');
    expect(mail.text.indexOf('Mã đặt lại mật khẩu tài khoản Dịch vụ công của ông/bà là: 031415')).toBeLessThan(mail.text.indexOf('The code to reset'));
    expect(mail.text).toContain('hiệu lực trong 15 phút');
    const sms = renderPasswordResetCode({ code: '031415', name: 'Nguyễn Văn An', resetUrl: '' }, 'sms');
    expect(sms).toEqual({ subject: '', text: 'Mã đặt lại mật khẩu Dịch vụ công: 031415, hiệu lực 15 phút. Không chia sẻ mã này cho bất kỳ ai.' });
  });
});
