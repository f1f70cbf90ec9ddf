import { describe, expect, it } from 'vitest';
import { feedbackCode, renderFeedbackConfirmation, renderFeedbackInformationRequest, renderFeedbackOutcome } from './feedback-texts.js';

const FACTS = { name: 'Nguyễn Văn An', kind: 'complaint' as const, title: 'Thu thêm phí' };

describe('the messages to a feedback’s sender', () => {
  it('number feedback by year', () => {
    expect(feedbackCode(2026, 42)).toBe('PA-2026-000042');
  });

  it('ask to confirm the contact by its link, naming the kind, Vietnamese first', () => {
    const mail = renderFeedbackConfirmation({ ...FACTS, confirmUrl: 'https://dichvucong.example.vn/phan-anh-kien-nghi/xac-nhan/abc' }, 'email');
    expect(mail.subject).toBe('Xác nhận khiếu nại gửi Cổng Dịch vụ công / Confirm your complaint');
    expect(mail.text.indexOf('Kính gửi Nguyễn Văn An')).toBeLessThan(mail.text.indexOf('Dear Nguyễn Văn An'));
    expect(mail.text).toContain('trong 48 giờ tại: https://dichvucong.example.vn/phan-anh-kien-nghi/xac-nhan/abc');
    expect(renderFeedbackConfirmation({ ...FACTS, confirmUrl: 'https://x.vn/c' }, 'sms')).toEqual({
      subject: '',
      text: 'Xác nhận khiếu nại gửi Cổng Dịch vụ công trong 48 giờ: https://x.vn/c . Bỏ qua nếu bạn không gửi.',
    });
  });

  it('carry the agency’s request and the link to answer by; by SMS a long request is shortened', () => {
    const facts = { ...FACTS, code: 'PA-2026-000001', agencyName: 'UBND xã Hòa Bình', replyUrl: 'https://x.vn/r' };
    const mail = renderFeedbackInformationRequest({ ...facts, request: 'Cho biết ngày nộp phí.' }, 'email');
    expect(mail.text).toContain('Cho biết ngày nộp phí.');
    expect(mail.text).toContain('Vui lòng trả lời tại: https://x.vn/r');
    const sms = renderFeedbackInformationRequest({ ...facts, request: 'x'.repeat(400) }, 'sms');
    expect(sms.text).toContain(`${'x'.repeat(300)}…`);
    expect(sms.text).not.toContain('x'.repeat(301));
    expect(sms.text.endsWith('https://x.vn/r')).toBe(true);
  });

  it('say how it ended: the answer, the refusal’s reason, or the body it was routed to', () => {
    const facts = { ...FACTS, code: 'PA-2026-000001', agencyName: 'UBND xã Hòa Bình', lookupUrl: 'https://x.vn/phan-anh-kien-nghi' };
    expect(renderFeedbackOutcome({ ...facts, outcome: { kind: 'answer', answer: 'Đã hoàn lại khoản phí.' } }, 'email').text).toContain('UBND xã Hòa Bình trả lời như sau:\n\nĐã hoàn lại khoản phí.');
    expect(renderFeedbackOutcome({ ...facts, outcome: { kind: 'refused', reason: 'Không thuộc thẩm quyền.' } }, 'sms').text).toBe(
      'PA-2026-000001: UBND xã Hòa Bình không tiếp nhận, vì: Không thuộc thẩm quyền.',
    );
    const routed = renderFeedbackOutcome({ ...facts, outcome: { kind: 'routed', body: 'Thanh tra tỉnh', reason: 'Theo Luật Khiếu nại.' } }, 'email');
    expect(routed.subject).toBe('Kết quả khiếu nại PA-2026-000001 / About your complaint');
    expect(routed.text).toContain('đã chuyển đến Thanh tra tỉnh, cơ quan có thẩm quyền giải quyết');
  });
});
