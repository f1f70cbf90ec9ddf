import { describe, expect, it } from 'vitest';
import { MASKED, maskPersonalData, questionCode, renderQuestionAnswer, renderQuestionConfirmation } from './question-texts.js';

describe('a published question’s text', () => {
  it('masks mail addresses, phone numbers and identity numbers however they are written', () => {
    const text = 'Tôi là Nguyễn Văn An, CCCD 001203004567, ĐT 0912.345.678 hoặc +84 987 654 321, thư an.nguyen@example.com. CMND cũ 123456789.';
    expect(maskPersonalData(text, ['Nguyễn Văn An'])).toBe(
      `Tôi là ${MASKED.asker}, CCCD ${MASKED.identity}, ĐT ${MASKED.phone} hoặc ${MASKED.phone}, thư ${MASKED.email}. CMND cũ ${MASKED.identity}.`,
    );
  });

  it('keeps the numbers a question needs: years, amounts, procedure codes, decrees', () => {
    const text = 'Theo Nghị định 118/2025/NĐ-CP, thủ tục 1.001193 năm 2026 có lệ phí 50.000 đồng, nộp trong 15 ngày.';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('finds the asker’s name in any case, and ignores an empty one', () => {
    expect(maskPersonalData('Con của NGUYỄN VĂN AN sinh năm 2025', ['Nguyễn Văn An', ' '])).toBe(`Con của ${MASKED.asker} sinh năm 2025`);
  });

  it('names the person masked by the label it is given: a feedback’s sender, not an asker', () => {
    expect(maskPersonalData('Tôi là Lê Thị Gửi, ĐT 0912345678', ['Lê Thị Gửi'], MASKED.sender)).toBe(`Tôi là [người gửi], ĐT ${MASKED.phone}`);
  });
});

describe('the messages to the asker', () => {
  it('asks for the contact’s confirmation by a link, within the hours the question waits', () => {
    const mail = renderQuestionConfirmation({ name: 'Trần Thị Hỏi', title: 'Khai sinh cho con', confirmUrl: 'https://dvc.example.vn/hoi-dap/xac-nhan/abc' }, 'email');
    expect(mail.text).toContain('https://dvc.example.vn/hoi-dap/xac-nhan/abc');
    expect(mail.text).toContain('48 giờ');
    expect(mail.text.indexOf('Kính gửi')).toBeLessThan(mail.text.indexOf('Dear'));
    expect(renderQuestionConfirmation({ name: 'A', title: 'B', confirmUrl: 'https://x/y' }, 'sms').subject).toBe('');
  });

  it('sends the answer in full by e-mail and its beginning by SMS', () => {
    const answer = 'Ông/bà nộp tờ khai và giấy chứng sinh. '.repeat(20);
    const facts = { name: 'Trần Thị Hỏi', code: questionCode(2026, 42), title: 'Khai sinh', answer, agencyName: 'UBND xã Hòa Bình', lookupUrl: 'https://dvc.example.vn/hoi-dap' };
    expect(facts.code).toBe('HD-2026-000042');
    expect(renderQuestionAnswer(facts, 'email').text).toContain(answer.trim());
    const sms = renderQuestionAnswer(facts, 'sms').text;
    expect(sms.startsWith('UBND xã Hòa Bình trả lời câu hỏi HD-2026-000042: Ông/bà')).toBe(true);
    expect(sms.endsWith('…')).toBe(true);
    expect(sms.length).toBeLessThan(400);
  });
});
