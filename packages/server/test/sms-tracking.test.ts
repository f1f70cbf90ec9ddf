import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outboxTopicsFor } from '../src/app.js';
import { createSenders } from '../src/modules/notifications/senders.js';
import { drainOutbox } from '../src/platform/outbox.js';
import { type TestApp, startTestApp } from './support/app.js';
import { act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';
import { type SmsGatewayDouble, startSmsGateway } from './support/sms-gateway.js';

describe.each(ENGINES)('tracking by SMS on $name', (engine) => {
  let t: TestApp;
  let carrier: SmsGatewayDouble;
  let drain: () => Promise<number>;
  let messages = 0;

  /** The carrier's adapter handing over a message a citizen sent. */
  const inbound = (text: string, options: { from?: string; id?: string; token?: string } = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/sms/inbound',
      headers: { authorization: `Bearer ${options.token ?? 'inbound-secret'}` },
      payload: { from: options.from ?? '84912345678', text, id: options.id ?? `carrier-in-${++messages}` },
    });

  beforeAll(async () => {
    carrier = await startSmsGateway();
    t = await startTestApp(engine, {
      at: new Date('2026-11-23T09:00:00+07:00'),
      config: { sms: { url: carrier.url, token: 'carrier-secret', sender: 'UBNDHOABINH', inboundToken: 'inbound-secret' } },
    });
    const topics = outboxTopicsFor(t.db, createSenders(t.config), t.config);
    drain = () => drainOutbox(t.db, topics);
  });
  afterAll(async () => {
    await t.close();
    await carrier.close();
  });
  beforeEach(async () => {
    await drain();
    carrier.requests.length = 0;
  });

  it('answers a dossier code with its state, where it is and the appointment, to the number that asked', async () => {
    const reception = await signIn(t.app, 'reception');
    const dossier = await receiveWalkIn(reception);
    const asked = await inbound(`tc ${dossier.code.toLowerCase()}`, { from: '+84 987 654 321' });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json()).toEqual({ queued: true });
    expect(carrier.requests).toHaveLength(0);

    await drain();
    const answers = carrier.requests.filter((sms) => sms.to === '84987654321');
    expect(answers.map((sms) => sms.text)).toEqual([
      `Hồ sơ ${dossier.code} (Đăng ký khai sinh): Đang xử lý tại UBND xã Hòa Bình; hẹn trả kết quả 09:00 30/11/2026.`,
    ]);
    expect(answers[0]!.text).not.toContain('Nguyễn');

    const specialist = await signIn(t.app, 'specialist');
    await act(specialist, dossier.code, 'request_supplement', dossier.version, { comment: 'Thiếu giấy chứng sinh.' });
    await inbound(dossier.code, { from: '0987654321' });
    await drain();
    expect(carrier.requests.filter((sms) => sms.to === '84987654321').at(-1)!.text).toBe(`Hồ sơ ${dossier.code} (Đăng ký khai sinh): Chờ bổ sung hồ sơ tại UBND xã Hòa Bình; hẹn trả kết quả 09:00 30/11/2026.`);
  });

  it('says when no dossier has the code, and how to write the message when it cannot be read', async () => {
    await inbound('TC 001.01.01.H99-261123-9999');
    await inbound('xin cho biết hồ sơ của tôi');
    await drain();
    expect(carrier.requests.map((sms) => [sms.to, sms.text])).toEqual([
      ['84912345678', 'Không tìm thấy hồ sơ 001.01.01.H99-261123-9999. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.'],
      ['84912345678', 'Sai cú pháp. Soạn TC <mã hồ sơ> để tra cứu, ví dụ: TC 000.00.01.H56-261123-0007'],
    ]);
  });

  it('answers a message the carrier hands over twice once', async () => {
    const first = await inbound('TC 001.01.01.H99-261123-9998', { id: 'carrier-repeated' });
    const again = await inbound('TC 001.01.01.H99-261123-9998', { id: 'carrier-repeated' });
    expect([first.json(), again.json()]).toEqual([{ queued: true }, { queued: false }]);
    await drain();
    expect(carrier.requests).toHaveLength(1);
  });

  it('takes messages only from the carrier, only from Vietnamese mobiles, and not too often from one number', async () => {
    const forged = await inbound('TC 001.01.01.H99-261123-0001', { token: 'guess' });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'unauthenticated' });
    const landline = await inbound('TC 001.01.01.H99-261123-0001', { from: '842373852222' });
    expect(landline.statusCode).toBe(400);
    expect(landline.json()).toMatchObject({ code: 'invalid_sender', field: 'from' });

    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await inbound('TC 001.01.01.H99-261123-0001', { from: '84911111111' })).statusCode);
    expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await inbound('TC 001.01.01.H99-261123-0001', { from: '84922222222' })).statusCode).toBe(202);
  });

  it('checks the carrier’s token before counting, so that nobody else can use up a number’s budget', async () => {
    for (let i = 0; i < 11; i++) expect((await inbound('TC 001.01.01.H99-261123-0001', { from: '84933333333', token: 'guess' })).statusCode).toBe(401);
    expect((await inbound('TC 001.01.01.H99-261123-0001', { from: '84933333333' })).statusCode).toBe(202);
  });

  it('counts every spelling of a number against its one budget', async () => {
    const spellings = ['84944444444', '+84944444444', '0944444444', '+84 944 444 444', '0944.444.444', '0944 444 444', '84 944 444 444', '(0944) 444-444', '+84-944-444-444', '0944444444'];
    for (const from of spellings) expect((await inbound('TC 001.01.01.H99-261123-0001', { from })).statusCode).toBe(202);
    expect((await inbound('TC 001.01.01.H99-261123-0001', { from: '+84 944 444444' })).statusCode).toBe(429);
  });
});

describe('tracking by SMS when it is not enabled', () => {
  it('refuses incoming messages with a clear error', async () => {
    const t = await startTestApp(ENGINES[0]!);
    try {
      const response = await t.app.inject({ method: 'POST', url: '/api/public/sms/inbound', payload: { from: '84912345678', text: 'TC x', id: '1' } });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'sms_tracking_off', message: 'Tra cứu hồ sơ qua SMS chưa được bật trên hệ thống này.' });
    } finally {
      await t.close();
    }
  });
});
