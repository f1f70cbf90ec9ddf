import { describe, expect, it } from 'vitest';
import { DOSSIER_ACTIONS } from '../dossiers/lifecycle.js';
import { type ApplicantNoticeFacts, type NoticeAction, contactConfirmed, dueReminder, notifiesApplicant, renderApplicantNotice } from './applicant-notices.js';

const facts = (action: NoticeAction, extra: Partial<ApplicantNoticeFacts> = {}): ApplicantNoticeFacts => ({
  action,
  dossierCode: '000.00.01.H56-261123-0007',
  lookupCode: 'K7PQ2M',
  procedureName: 'Đăng ký khai sinh',
  applicantType: 'citizen',
  applicantName: 'Nguyễn Văn An',
  agencyName: 'UBND xã Hạc Thành',
  handlerName: 'Lê Thị Tiếp',
  occurredAt: new Date('2026-11-23T02:00:00Z'),
  dueAt: new Date('2026-11-30T02:00:00Z'),
  reason: '',
  missingComponents: [],
  feeAmountVnd: null,
  returnMethod: null,
  trackingUrl: 'https://dichvucong.example.vn/tra-cuu/000.00.01.H56-261123-0007',
  ...extra,
});

const NOTIFYING: NoticeAction[] = [
  'submit_online', 'receive_at_counter', 'receive', 'request_supplement_at_reception', 'refuse', 'resubmit', 'request_supplement',
  'submit_supplement', 'request_fee', 'confirm_fee_paid', 'extend', 'suspend', 'resume', 'stop', 'withdraw', 'approve', 'refuse_result',
  'return_result', 'send_by_post', 'deliver_electronically', 'confirm_fee_paid_at_submission',
];

describe('applicant notices', () => {
  it('tell the applicant of every change that concerns them, and of nothing inside the agency', () => {
    expect(DOSSIER_ACTIONS.filter(notifiesApplicant).sort()).toEqual([...NOTIFYING].sort());
    expect(notifiesApplicant('assign')).toBe(false);
    expect(notifiesApplicant('hand_over')).toBe(false);
    expect(notifiesApplicant('return_to_previous_step')).toBe(false);
  });

  it('names the agency, the handler and the times of a reception, Vietnamese first, in an e-mail', () => {
    const { subject, text } = renderApplicantNotice(facts('receive_at_counter'), 'email');
    expect(subject).toBe('Hồ sơ 000.00.01.H56-261123-0007 đã được tiếp nhận / Dossier 000.00.01.H56-261123-0007 received');
    const [vietnamese, english] = text.split('— English —');
    expect(vietnamese).toContain('Kính gửi Ông/Bà Nguyễn Văn An,');
    expect(vietnamese).toContain('UBND xã Hạc Thành đã tiếp nhận hồ sơ của Ông/Bà.');
    expect(vietnamese).toContain('Cán bộ xử lý: Lê Thị Tiếp');
    expect(vietnamese).toContain('Thời gian: 09:00 23/11/2026');
    expect(vietnamese).toContain('Hẹn trả kết quả: 09:00 30/11/2026');
    expect(vietnamese).toContain('Mã tra cứu: K7PQ2M');
    expect(vietnamese).toContain('Tra cứu tình trạng hồ sơ: https://dichvucong.example.vn/tra-cuu/000.00.01.H56-261123-0007');
    expect(english).toContain('Appointment: 09:00 30/11/2026');
    expect(english).toContain('Dear Nguyễn Văn An,');
  });

  it('puts the code, the time, the appointment and the lookup code of a reception in one SMS', () => {
    expect(renderApplicantNotice(facts('receive_at_counter'), 'sms')).toEqual({
      subject: '',
      text: 'Hồ sơ 000.00.01.H56-261123-0007 đã được UBND xã Hạc Thành tiếp nhận lúc 09:00 23/11/2026; hẹn trả kết quả 09:00 30/11/2026. Mã tra cứu: K7PQ2M.',
    });
  });

  it('lists what is missing in a supplement request, with the reasons', () => {
    const notice = renderApplicantNotice(
      facts('request_supplement', { reason: 'Giấy chứng sinh bị mờ.', missingComponents: [{ name: 'Giấy chứng sinh', reason: 'bản chụp không đọc được' }] }),
      'email',
    );
    expect(notice.text).toContain('Thời hạn giải quyết tạm dừng cho đến khi nhận được hồ sơ bổ sung.');
    expect(notice.text).toContain('Lý do: Giấy chứng sinh bị mờ.');
    expect(notice.text).toContain('Thành phần cần bổ sung, hoàn thiện:\n  - Giấy chứng sinh: bản chụp không đọc được');
    expect(notice.text).toContain('Missing or incomplete:\n  - Giấy chứng sinh: bản chụp không đọc được');
    expect(notice.text).not.toContain('Hẹn trả kết quả');
  });

  it('states the amount of a fee in figures and in words', () => {
    const notice = facts('request_fee', { feeAmountVnd: 1_500_000 });
    expect(renderApplicantNotice(notice, 'email').text).toContain('Số tiền phải nộp: 1.500.000 đồng (Một triệu năm trăm nghìn đồng)');
    expect(renderApplicantNotice(notice, 'sms').text).toBe('Hồ sơ 000.00.01.H56-261123-0007: đề nghị Ông/Bà nộp 1.500.000 đồng phí, lệ phí để hồ sơ tiếp tục được giải quyết.');
  });

  it('apologises for a late dossier with the new appointment and the reason', () => {
    const notice = facts('extend', { reason: 'Cần xác minh thông tin tại nơi cư trú.', dueAt: new Date('2026-12-03T02:00:00Z') });
    const { subject, text } = renderApplicantNotice(notice, 'email');
    expect(subject).toContain('xin lỗi và hẹn lại ngày trả kết quả');
    expect(text).toContain('UBND xã Hạc Thành xin lỗi Ông/Bà vì chưa giải quyết được hồ sơ đúng hẹn');
    expect(text).toContain('Hẹn trả kết quả mới: 09:00 03/12/2026');
    expect(text).toContain('Lý do: Cần xác minh thông tin tại nơi cư trú.');
    expect(renderApplicantNotice(notice, 'sms').text).toContain('hẹn lại trả kết quả 09:00 03/12/2026');
  });

  it('says how the result was returned', () => {
    expect(renderApplicantNotice(facts('return_result', { returnMethod: 'post' }), 'sms').text).toBe(
      'Hồ sơ 000.00.01.H56-261123-0007: Kết quả đã được gửi qua dịch vụ bưu chính công ích.',
    );
    expect(renderApplicantNotice(facts('return_result', { returnMethod: 'electronic' }), 'email').text).toContain(
      'Kết quả điện tử đã được gửi vào tài khoản của Ông/Bà trên Cổng dịch vụ công.',
    );
  });

  it('addresses an organisation without a personal title, and leaves out the handler of the applicant’s own action', () => {
    const { text } = renderApplicantNotice(facts('submit_online', { applicantType: 'organisation', applicantName: 'Công ty TNHH Minh Phát', handlerName: '' }), 'email');
    expect(text).toContain('Kính gửi: Công ty TNHH Minh Phát,');
    expect(text).not.toContain('Cán bộ xử lý');
  });

  it('writes every notice in NFC, with a subject, and SMS short enough for a few concatenated segments', () => {
    for (const action of [...NOTIFYING, 'remind_supplement', 'remind_fee', 'remind_result'] as const) {
      const given = facts(action, { reason: 'Hồ sơ chưa có văn bản xác nhận của cơ quan có thẩm quyền về nơi cư trú. '.repeat(4), feeAmountVnd: 50_000, returnMethod: 'in_person' });
      const email = renderApplicantNotice(given, 'email');
      const sms = renderApplicantNotice(given, 'sms');
      expect(email.subject.length, action).toBeGreaterThan(10);
      expect(email.text.normalize('NFC')).toBe(email.text);
      expect(sms.text.normalize('NFC')).toBe(sms.text);
      expect(sms.text, action).toContain(given.dossierCode);
      // Unicode SMS carry 67 characters a segment when concatenated; four segments at most.
      expect(sms.text.length, action).toBeLessThanOrEqual(4 * 67);
      if (sms.text.includes('Lý do')) expect(sms.text, action).toMatch(/nơi cư trú\. Hồ sơ chưa có…$/);
    }
  });

  it('gives the postal carrier and tracking number of a result sent by post, by SMS and e-mail', () => {
    const posted = facts('send_by_post', { posting: { carrier: 'vnpost', trackingNumber: 'EL123456789VN' } });
    expect(renderApplicantNotice(posted, 'sms').text).toBe('Hồ sơ 000.00.01.H56-261123-0007: kết quả đã gửi qua Bưu điện Việt Nam (VNPost), số hiệu bưu gửi EL123456789VN.');
    const { text } = renderApplicantNotice(posted, 'email');
    expect(text).toContain('Số hiệu bưu gửi: EL123456789VN');
    expect(text).toContain('Tracking number: EL123456789VN');
  });

  it('prints an officer’s comment given to the applicant on a notice that has no reason of its own', () => {
    const { text } = renderApplicantNotice(facts('approve', { reason: 'Mời Ông/Bà mang theo bản chính giấy chứng sinh.' }), 'email');
    expect(text).toContain('Ý kiến của cơ quan: Mời Ông/Bà mang theo bản chính giấy chứng sinh.');
  });

  it('reminds once a few working days have passed while the dossier waits for the applicant', () => {
    const day = 480;
    expect(dueReminder('supplement_requested', 3 * day - 1, day)).toBeNull();
    expect(dueReminder('supplement_requested', 3 * day, day)?.kind).toBe('remind_supplement');
    expect(dueReminder('supplement_before_reception', 5 * day, day)?.kind).toBe('remind_supplement');
    expect(dueReminder('awaiting_fee', 3 * day, day)?.kind).toBe('remind_fee');
    expect(dueReminder('result_ready', 2 * day - 1, day)).toBeNull();
    expect(dueReminder('result_ready', 2 * day, day)?.kind).toBe('remind_result');
    for (const state of ['processing', 'returned', 'refused', 'submitted'] as const) expect(dueReminder(state, 100 * day, day)).toBeNull();
  });

  it('recalls when the request was made or the result became ready', () => {
    const requested = facts('remind_supplement', { occurredAt: new Date('2026-11-24T03:00:00Z'), missingComponents: [{ name: 'Giấy chứng sinh', reason: '' }] });
    expect(renderApplicantNotice(requested, 'sms').text).toBe('Nhắc: hồ sơ 000.00.01.H56-261123-0007 đang chờ Ông/Bà bổ sung, hoàn thiện theo yêu cầu ngày 24/11/2026.');
    const email = renderApplicantNotice(requested, 'email');
    expect(email.subject).toBe('Nhắc: hồ sơ 000.00.01.H56-261123-0007 đang chờ bổ sung / Reminder: dossier 000.00.01.H56-261123-0007 awaits your supplement');
    expect(email.text).toContain('vẫn đang chờ bổ sung, hoàn thiện theo yêu cầu gửi lúc 10:00 24/11/2026');
    expect(email.text).toContain('Thành phần cần bổ sung, hoàn thiện:\n  - Giấy chứng sinh\n');
    expect(renderApplicantNotice(facts('remind_result', { occurredAt: new Date('2026-11-26T08:30:00Z') }), 'sms').text).toBe(
      'Nhắc: kết quả hồ sơ 000.00.01.H56-261123-0007 đã có từ ngày 26/11/2026. Mời Ông/Bà nhận kết quả.',
    );
  });

  it('writes to an anonymous online applicant only once an officer has received the dossier', () => {
    expect(contactConfirmed({ channel: 'online', fromAccount: false, received: false })).toBe(false);
    expect(contactConfirmed({ channel: 'online', fromAccount: false, received: true })).toBe(true);
    expect(contactConfirmed({ channel: 'online', fromAccount: true, received: false })).toBe(true);
    expect(contactConfirmed({ channel: 'in_person', fromAccount: false, received: false })).toBe(true);
    expect(contactConfirmed({ channel: 'post', fromAccount: false, received: false })).toBe(true);
  });
});
