import { describe, expect, it } from 'vitest';
import { type SmsTrackingFacts, readTrackingSms, trackingSmsReply } from './sms-tracking.js';

const CODE = '000.00.01.H56-261123-0007';
const facts = (extra: Partial<SmsTrackingFacts> = {}): SmsTrackingFacts => ({
  code: CODE,
  procedureName: 'Đăng ký khai sinh',
  state: 'processing',
  agencyName: 'UBND xã Hạc Thành',
  appointmentAt: new Date('2026-11-30T02:00:00Z'),
  returnedAt: null,
  ...extra,
});

describe('tracking by SMS', () => {
  it('reads the code however it is typed on a phone', () => {
    const link = `https://dichvucong.example.vn/tra-cuu/${CODE}`;
    for (const text of [`TC ${CODE}`, `tc ${CODE.toLowerCase()}`, `  TC   ${CODE} `, `TC${CODE}`, `HS ${CODE}`, CODE, `Tc\n${CODE}`, `TC ${link}`, link]) {
      expect(readTrackingSms(text), text).toEqual({ kind: 'track', code: CODE });
    }
    for (const text of ['', 'TC', 'TC 000.00.01.H56-261123', 'xin chào', `TC ${CODE} ${CODE}`]) expect(readTrackingSms(text), text).toEqual({ kind: 'unreadable' });
  });

  it('answers with the state, where the dossier is and the appointment, naming no one', () => {
    expect(trackingSmsReply({ kind: 'track', code: CODE }, facts())).toBe(
      `Hồ sơ ${CODE} (Đăng ký khai sinh): Đang xử lý tại UBND xã Hạc Thành; hẹn trả kết quả 09:00 30/11/2026.`,
    );
    expect(trackingSmsReply({ kind: 'track', code: CODE }, facts({ state: 'returned', returnedAt: new Date('2026-11-27T03:00:00Z') }))).toBe(
      `Hồ sơ ${CODE} (Đăng ký khai sinh): Đã trả kết quả; đã trả kết quả ngày 27/11/2026.`,
    );
    expect(trackingSmsReply({ kind: 'track', code: CODE }, facts({ state: 'refused', appointmentAt: null }))).toBe(`Hồ sơ ${CODE} (Đăng ký khai sinh): Từ chối tiếp nhận.`);
  });

  it('keeps a long procedure name short', () => {
    const reply = trackingSmsReply({ kind: 'track', code: CODE }, facts({ procedureName: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam theo hình thức hợp đồng lao động' }));
    expect(reply).toContain('(Cấp giấy phép lao động cho người lao động nước ngoài làm…)');
  });

  it('says when no dossier has the code, and how to write the message when it cannot be read', () => {
    expect(trackingSmsReply({ kind: 'track', code: CODE }, null)).toBe(`Không tìm thấy hồ sơ ${CODE}. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.`);
    expect(trackingSmsReply({ kind: 'unreadable' }, null)).toBe('Sai cú pháp. Soạn TC <mã hồ sơ> để tra cứu, ví dụ: TC 000.00.01.H56-261123-0007');
  });
});
