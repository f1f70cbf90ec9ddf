import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('asks citizens for eight characters and officers for ten, and says so in both languages', () => {
    expect(passwordProblem('mật-khẩu', 'citizen')).toBeNull();
    expect(passwordProblem('mật-khẩu', 'officer')).toEqual({ vi: 'Mật khẩu cần ít nhất 10 ký tự.', en: 'The password needs at least 10 characters.' });
    expect(passwordProblem('ngắn', 'citizen')?.vi).toBe('Mật khẩu cần ít nhất 8 ký tự.');
    expect(passwordProblem('x'.repeat(201), 'citizen')?.en).toBe('The password may have at most 200 characters.');
  });

  it('refuses a password of one or two characters repeated, or one built on the account’s own name or number', () => {
    expect(passwordProblem('aaaaaaaaaaaa', 'officer')?.vi).toBe('Mật khẩu quá đơn giản: cần ít nhất 4 ký tự khác nhau.');
    expect(passwordProblem('Chu.Tich2026', 'officer', ['chu.tich'])?.en).toBe('The password must not contain the account’s username, e-mail address or phone number.');
    expect(passwordProblem('0912345678a', 'citizen', [null, '0912345678'])).not.toBeNull();
    expect(passwordProblem('mùa-thu-vàng', 'officer', ['chu.tich', null])).toBeNull();
  });
});
