import { describe, expect, it } from 'vitest';
import { assistanceLine, claimContact, claimRefusal, maskRecipient, renderClaimCode, renderConsentCode } from './assistance.js';

describe('assisted submission', () => {
  it('shows who helped by name and point only', () => {
    expect(assistanceLine({ helperName: ' Lê Thị Hoa ', pointName: 'Điểm hỗ trợ dịch vụ công phường Hàm Rồng' })).toEqual({
      vi: 'Nộp với sự hỗ trợ của Lê Thị Hoa (Điểm hỗ trợ dịch vụ công phường Hàm Rồng)',
      en: 'Submitted with the help of Lê Thị Hoa (Điểm hỗ trợ dịch vụ công phường Hàm Rồng)',
    });
  });

  it('sends the consent code naming the procedure and the point, valid fifteen minutes', () => {
    const sms = renderConsentCode({ code: '042137', procedureName: 'Đăng ký khai sinh', pointName: 'UBND phường Hàm Rồng' }, 'sms');
    expect(sms.text).toBe('Mã đồng ý nộp hồ sơ "Đăng ký khai sinh" tại UBND phường Hàm Rồng: 042137, hiệu lực 15 phút. Chỉ đọc mã cho người hỗ trợ nếu ông/bà đồng ý nộp hồ sơ này.');
    const mail = renderConsentCode({ code: '042137', procedureName: 'Đăng ký khai sinh', pointName: 'UBND phường Hàm Rồng' }, 'email');
    expect(mail.subject).toBe('Mã đồng ý nộp hồ sơ: 042137 / Consent code');
    expect(mail.text.indexOf('Mã đồng ý')).toBeLessThan(mail.text.indexOf('Code to consent'));
    expect(renderClaimCode({ code: '555000', dossierCode: 'H56.01.20-261204-0001' }, 'sms').text).toContain('Mã nhận hồ sơ H56.01.20-261204-0001 vào tài khoản Dịch vụ công: 555000');
  });
});

describe('claiming a dossier into an account', () => {
  const unowned = { citizenId: null, phone: '0912345678', email: 'an@example.vn' };

  it('sends the code to the phone on the dossier, else its e-mail, masked when shown', () => {
    expect(claimContact(unowned)).toEqual({ channel: 'sms', recipient: '0912345678' });
    expect(claimContact({ phone: ' ', email: 'an@example.vn' })).toEqual({ channel: 'email', recipient: 'an@example.vn' });
    expect(claimContact({ phone: '', email: '' })).toBeNull();
    expect(maskRecipient('sms', '0912345678')).toBe('09******78');
    expect(maskRecipient('email', 'an@example.vn')).toBe('a***@example.vn');
  });

  it('is for a dossier no account holds and that names a way to reach its applicant', () => {
    expect(claimRefusal(unowned, 'c1')).toBeNull();
    expect(claimRefusal({ ...unowned, citizenId: 'c1' }, 'c1')).toBe('already_yours');
    expect(claimRefusal({ ...unowned, citizenId: 'c2' }, 'c1')).toBe('another_account');
    expect(claimRefusal({ citizenId: null, phone: '', email: '' }, 'c1')).toBe('no_contact');
  });
});
