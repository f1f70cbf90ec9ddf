import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { type CitizenBrowser, registerCitizen } from './support/citizens.js';
import { APPLICANT, BIRTH_COMPONENTS, act, detail, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { inkIn, pdfFonts, pdfInfo, pdfText, pdfWords, readQrCodes, renderPage } from './support/pdf.js';

const at = (iso: string) => new Date(iso);
/** An instant as the papers print it, `hh:mm dd/mm/yyyy` in Vietnam time. */
const printed = (instant: string) => {
  const local = new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
};
/** pdftotext -layout keeps the words of a line and spreads them out: rows compare with single spaces, */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ').replace(/ $/gm, '');
/** and sentences, which may wrap, with every run of white space as one. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pdfOf(response: LightMyRequestResponse): Promise<Buffer> {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return response.rawPayload;
}

/** Every word with a Vietnamese letter is drawn: the text layer can be right while glyphs come out blank. */
async function expectDrawn(pdf: Buffer, page = 1): Promise<void> {
  const [words, image] = await Promise.all([pdfWords(pdf, page), renderPage(pdf, 100, page)]);
  const vietnamese = words.filter((word) => /[^\x00-\x7f]/.test(word.text));
  expect(vietnamese.length).toBeGreaterThan(20);
  expect(vietnamese.filter((word) => inkIn(image, word) < 0.04).map((word) => word.text)).toEqual([]);
  // And nothing is drawn where there is no text: below the last line (and a table's border under it) the page is white.
  expect(inkIn(image, { xMin: 0, yMin: Math.max(...words.map((word) => word.yMax)) + 12, xMax: 842, yMax: 842 })).toBe(0);
}

describe.each(ENGINES)('official papers as PDFs on $name', (engine) => {
  let t: TestApp;
  const s = {} as Record<'reception' | 'specialist' | 'head' | 'leader' | 'clerk' | 'otherReception', Session>;
  let walkIn: { code: string; lookupCode: string };

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 in Vietnam.
    t = await startTestApp(engine, { at: at('2026-11-23T09:00:00+07:00') });
    s.reception = await signIn(t.app, 'reception');
    s.specialist = await signIn(t.app, 'specialist');
    s.head = await signIn(t.app, 'head');
    s.leader = await signIn(t.app, 'leader');
    s.clerk = await signIn(t.app, 'clerk');
    s.otherReception = await signIn(t.app, 'other.reception');
    walkIn = await receiveWalkIn(s.reception);
  });
  afterAll(() => t.close());

  const paper = (session: Session, code: string, name: string) => session.request('GET', `/api/v1/dossiers/${code}/papers/${name}.pdf`);
  const papersOf = async (session: Session, code: string) => {
    const response = await session.request('GET', `/api/v1/dossiers/${code}/papers`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as Array<{ paper: string; name: string; href: string }>).map((item) => item.paper);
  };

  async function submittedOnline() {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    const upload = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'giấy chứng sinh.pdf', contentBase64: pdf } });
    const { id: fileId, uploadToken } = upload.json() as { id: string; uploadToken: string };
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      payload: {
        procedureCode: '1.001193',
        applicant: APPLICANT,
        components: BIRTH_COMPONENTS.map((component) => ({ ...component, fileIds: [fileId] })),
        uploadTokens: [uploadToken],
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    return submitted.json() as { code: string; version: number };
  }

  it('prints the receipt and appointment slip (form 01): two copies, the QR code in the top-left corner', async () => {
    expect(await papersOf(s.reception, walkIn.code)).toEqual(['receipt', 'control-record']);
    const response = await paper(s.reception, walkIn.code, 'receipt');
    const pdf = await pdfOf(response);
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="Giay tiep nhan ho so va hen tra ket qua ${walkIn.code}.pdf"; ` +
        `filename*=UTF-8''${encodeURIComponent(`Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${walkIn.code}.pdf`)}`,
    );

    const text = flat(await pdfText(pdf));
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND XÃ HÒA BÌNH',
      'BỘ PHẬN MỘT CỬA',
      'Hòa Bình, ngày 23 tháng 11 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      `Mã hồ sơ: ${walkIn.code}`,
      '(Liên 1: Giao người nộp hồ sơ)',
      '(Liên 2: Lưu kèm Phiếu kiểm soát quá trình giải quyết hồ sơ)',
      'Ông/Bà: Nguyễn Văn An',
      'Số định danh cá nhân: 038095001234',
      'Địa chỉ: Thôn Đông, xã Hòa Bình',
      'Đăng ký khai sinh (mã thủ tục 1.001193): Đăng ký khai sinh cho con',
      'Tờ khai đăng ký khai sinh',
      'Giấy chứng sinh',
      'Bản chính',
      'Thời gian giải quyết hồ sơ theo quy định: 5 ngày làm việc',
      'Thời gian tiếp nhận hồ sơ: 09:00 23/11/2026',
      'Thời gian hẹn trả kết quả: 09:00 30/11/2026',
      'Đăng ký nhận kết quả tại: Bộ phận Một cửa, UBND xã Hòa Bình',
      'Vào Sổ theo dõi hồ sơ: Quyển năm 2026, số thứ tự 1',
      `Mã tra cứu hồ sơ: ${walkIn.lookupCode}`,
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Nguyễn Thị Tiếp Nhận',
    ]) {
      expect(text).toContain(expected);
    }

    expect(await pdfInfo(pdf)).toMatchObject({
      Title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${walkIn.code}`,
      Author: 'UBND xã Hòa Bình',
      Producer: 'MotCua',
      Pages: '2',
      'Page size': expect.stringContaining('595.28 x 841.89'),
    });
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded && font.name.includes('NotoSerif'))).toBe(true);
    await expectDrawn(pdf);

    // Read from the top-left corner of the page alone (50 mm square).
    const [qr] = await readQrCodes(pdf, { region: { x: 0, y: 0, width: 142, height: 142 } });
    expect(JSON.parse(qr!)).toEqual({
      MaHoSo: walkIn.code,
      MaTTHC: '1.001193',
      SoGiayTo: '038095001234',
      TenGiayTo: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      HeThong: 'MotCua',
      NgayTiepNhan: '20261123090000',
      NgayHenTra: '20261130090000',
      MaTraCuu: walkIn.lookupCode,
      TraCuu: `http://localhost:3000/tra-cuu/${walkIn.code}`,
    });
    // A reprint is the same paper, byte for byte.
    expect((await pdfOf(await paper(s.reception, walkIn.code, 'receipt'))).equals(pdf)).toBe(true);
    const audit = await t.db.query<{ details: { paper: string } }>(`SELECT details FROM audit_log WHERE action = 'dossier.paper.view' AND entity_id = $1`, [walkIn.code]);
    expect(audit.rows.map((row) => row.details.paper)).toEqual(['receipt', 'receipt']);
  });

  it('prints the refusal (form 03) with its reasons, and has no receipt for a refused dossier', async () => {
    t.clock.at = at('2026-11-23T10:30:00+07:00');
    const { code, version } = await submittedOnline();
    t.clock.at = at('2026-11-23T14:15:00+07:00');
    await act(s.reception, code, 'refuse', version, { comment: 'Việc đăng ký khai sinh không thuộc thẩm quyền của UBND xã nơi nộp hồ sơ.' });
    expect(await papersOf(s.reception, code)).toEqual(['refusal']);

    const pdf = await pdfOf(await paper(s.reception, code, 'refusal'));
    const text = flat(await pdfText(pdf));
    for (const expected of [
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${code}`,
      'Hòa Bình, ngày 23 tháng 11 năm 2026',
      'Lúc 10:30 23/11/2026, Bộ phận Một cửa nhận được hồ sơ của:',
      'Ông/Bà: Nguyễn Văn An',
      'Căn cứ Luật Hộ tịch số 60/2014/QH13',
      'từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:',
      'Việc đăng ký khai sinh không thuộc thẩm quyền của UBND xã nơi nộp hồ sơ.',
      'Nguyễn Thị Tiếp Nhận',
    ]) {
      expect(text).toContain(expected);
    }
    await expectDrawn(pdf);

    const receipt = await paper(s.reception, code, 'receipt');
    expect(receipt.statusCode).toBe(404);
    expect(receipt.json()).toEqual({
      code: 'paper_not_applicable',
      message: 'Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận.',
      messageEn: 'The dossier has not been received, so it has no receipt.',
      field: 'paper',
    });
    expect((await paper(s.reception, walkIn.code, 'refusal')).json()).toMatchObject({ code: 'paper_not_applicable' });
  });

  it('prints the supplement request (form 02) with the table of what is missing', async () => {
    t.clock.at = at('2026-11-24T08:30:00+07:00');
    const { code, version } = await submittedOnline();
    t.clock.at = at('2026-11-24T09:45:00+07:00');
    await act(s.reception, code, 'request_supplement_at_reception', version, {
      comment: 'Hồ sơ chưa đủ điều kiện tiếp nhận.',
      missingComponents: [
        { name: 'Giấy chứng sinh', reason: 'Bản chụp mờ, không đọc được họ tên người mẹ' },
        { name: 'Văn bản ủy quyền', reason: 'Cần bản sao có chứng thực' },
      ],
    });
    expect(await papersOf(s.reception, code)).toEqual(['supplement-request']);
    const pdf = await pdfOf(await paper(s.reception, code, 'supplement-request'));
    const text = flat(await pdfText(pdf));
    for (const expected of [
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Hòa Bình, ngày 24 tháng 11 năm 2026',
      'Lúc 08:30 24/11/2026, Bộ phận Một cửa nhận được hồ sơ của:',
      'đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
      'Giấy tờ cần bổ sung, hoàn thiện',
      'Bản chụp mờ, không đọc được họ tên',
      'Cần bản sao có chứng thực',
      'Lý do: Hồ sơ chưa đủ điều kiện tiếp nhận.',
      'NGƯỜI HƯỚNG DẪN',
    ]) {
      expect(text).toContain(expected);
    }
    await expectDrawn(pdf);
  });

  describe('a dossier that paid a fee, ran late and was extended', () => {
    let code: string;

    beforeAll(async () => {
      t.clock.at = at('2026-11-25T10:00:00+07:00');
      const dossier = await receiveWalkIn(s.reception);
      code = dossier.code;
      let version = dossier.version;
      t.clock.at = at('2026-11-25T14:00:00+07:00');
      version = await act(s.specialist, code, 'request_fee', version, { feeAmountVnd: 150_000, comment: 'Nộp lệ phí đăng ký khai sinh quá hạn' });
      t.clock.at = at('2026-11-25T15:00:00+07:00');
      version = await act(s.reception, code, 'confirm_fee_paid', version);
      // The specialist's share (3 working days) ran out on Monday.
      t.clock.at = at('2026-12-01T10:00:00+07:00');
      version = await act(s.specialist, code, 'hand_over', version, { comment: 'Hồ sơ hợp lệ.' });
      t.clock.at = at('2026-12-01T14:00:00+07:00');
      version = await act(s.head, code, 'extend', version, { extendWorkingDays: 2, comment: 'Cần xác minh thêm thông tin về nơi sinh.' });
      t.clock.at = at('2026-12-02T08:00:00+07:00');
      version = await act(s.head, code, 'hand_over', version);
      t.clock.at = at('2026-12-02T09:00:00+07:00');
      version = await act(s.leader, code, 'approve', version);
      t.clock.at = at('2026-12-02T15:00:00+07:00');
      await act(s.reception, code, 'return_result', version, { returnMethod: 'in_person' });
    });

    it('lists the papers the dossier has', async () => {
      expect(await papersOf(s.specialist, code)).toEqual(['receipt', 'apology', 'control-record', 'fee-receipt']);
    });

    it('prints the apology with the new appointment date (form 04)', async () => {
      const extension = (await detail(s.head, code)).events.find((event) => event.action === 'extend') as unknown as { data: { previousDueAt: string; newDueAt: string } };
      const pdf = await pdfOf(await paper(s.head, code, 'apology'));
      const text = flat(await pdfText(pdf));
      for (const expected of [
        'UBND TỈNH THỬ NGHIỆM',
        'UBND XÃ HÒA BÌNH',
        'Hòa Bình, ngày 01 tháng 12 năm 2026',
        'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
        'Kính gửi: Ông/Bà Nguyễn Văn An',
        `Thời gian tiếp nhận hồ sơ: 10:00 25/11/2026`,
        `Thời gian hẹn trả kết quả: ${printed(extension.data.previousDueAt)}`,
        'Lý do: Cần xác minh thêm thông tin về nơi sinh.',
        'thêm 2 ngày làm việc',
        `Thời gian hẹn trả kết quả mới: ${printed(extension.data.newDueAt)}`,
        'Nơi nhận:',
        'Phạm Văn Trưởng',
      ]) {
        expect(text).toContain(expected);
      }
      await expectDrawn(pdf);
    });

    it('prints the fee receipt with the amount in figures and in words', async () => {
      const pdf = await pdfOf(await paper(s.reception, code, 'fee-receipt'));
      const text = flat(await pdfText(pdf));
      for (const expected of [
        'BIÊN LAI THU PHÍ, LỆ PHÍ',
        'Số: 0000001/2026',
        'Tên đơn vị thu phí, lệ phí: UBND xã Hòa Bình',
        'Tên người nộp: Nguyễn Văn An',
        'Tên loại phí, lệ phí: Nộp lệ phí đăng ký khai sinh quá hạn',
        'Số tiền: 150.000 đồng',
        'Viết bằng chữ: Một trăm năm mươi nghìn đồng',
        'Thời gian nộp: 15:00 25/11/2026',
        'NGƯỜI NỘP TIỀN',
        'NGƯỜI THU TIỀN',
        'Nguyễn Thị Tiếp Nhận',
      ]) {
        expect(text).toContain(expected);
      }
      await expectDrawn(pdf);
    });

    it('prints the process-control record (form 06): one row per hand-over, early, on time or late', async () => {
      const pdf = await pdfOf(await paper(s.reception, code, 'control-record'));
      const layout = await pdfText(pdf);
      const text = flat(layout);
      for (const expected of [
        'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
        'Cơ quan giải quyết hồ sơ: UBND xã Hòa Bình',
        'Người nộp hồ sơ: Nguyễn Văn An',
        'Thời gian nhận hồ sơ: 10:00 25/11/2026',
        'Gia hạn đến: 11:00 04/12/2026',
        'Trần Văn Chuyên',
        'Phạm Văn Trưởng',
        'Hoàng Văn Chủ Tịch',
        'Cần xác minh thêm thông tin về nơi sinh.',
      ]) {
        expect(text).toContain(expected);
      }
      // Each row's first line: number, time, giver, receiver, result, what happened.
      const rows = new Map([...squeeze(layout).matchAll(/^ ?(\d+) (\d\d:\d\d) (.*)$/gm)].map((match) => [Number(match[1]), match[3]!]));
      expect([...rows.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(rows.get(1)).toContain('Tiếp nhận');
      expect(rows.get(2)).toContain('Người nộp hồ sơ:');
      expect(rows.get(2)).toContain('Yêu cầu thực');
      // The fee is confirmed at the counter: the one-stop section hands the dossier back to the step.
      expect(rows.get(3)).toMatch(/^Bộ phận Một cửa UBND xã Hòa Bình .*Xác nhận đã/);
      // The specialist's step ran over its share, the head's finished two days early, the leader's on the day.
      expect(rows.get(4)).toMatch(/Trễ hạn Chuyển bước/);
      expect(rows.get(5)).toContain('Xin lỗi');
      expect(rows.get(6)).toMatch(/Trước hạn Chuyển bước/);
      expect(rows.get(7)).toMatch(/Đúng hạn Phê duyệt/);
      expect(rows.get(8)).toMatch(/Người nộp hồ sơ: Đúng hạn Trả kết/);
      await expectDrawn(pdf);
    });
  });

  it('prints the register of dossiers received in a period (form 07), numbered as the receipts say', async () => {
    const agency = t.province.agencyIds.commune;
    const register = (session: Session, from: string, to: string, id = agency) => session.request('GET', `/api/v1/agencies/${id}/register.pdf?from=${from}&to=${to}`);
    const pdf = await pdfOf(await register(s.reception, '2026-11-01', '2026-11-30'));
    const layout = squeeze(await pdfText(pdf));
    const text = flat(layout);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(text).toContain('Nguyễn Văn An');
    // The walk-in received first is line 1, as its receipt says; the refused dossier was never received.
    expect(layout).toMatch(new RegExp(`^ ?1 ${walkIn.code.replaceAll('.', '\\.')} `, 'm'));
    expect(layout).toMatch(/^ ?2 001\.01\.01\.H99-261125-\d{4} /m);
    expect(layout).not.toMatch(/^ ?3 /m);
    expect(await pdfInfo(pdf)).toMatchObject({ 'Page size': expect.stringContaining('841.89 x 595.28') });
    await expectDrawn(pdf);

    // Only the second dossier in December's first days; numbering continues within the year.
    expect(squeeze(await pdfText(await pdfOf(await register(s.specialist, '2026-11-25', '2026-12-31'))))).toMatch(/^ ?2 001\.01\.01\.H99-261125-/m);
    expect(await pdfText(await pdfOf(await register(s.reception, '2026-10-01', '2026-10-31')))).toContain('Không có hồ sơ nào được tiếp nhận');

    const backwards = await register(s.reception, '2026-11-30', '2026-11-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect((await register(s.reception, '2025-01-01', '2026-11-30')).statusCode).toBe(400);
    expect((await register(s.reception, '2026-11-01', '30/11/2026')).statusCode).toBe(400);
    expect((await register(s.otherReception, '2026-11-01', '2026-11-30')).statusCode).toBe(403);
    expect((await register(s.clerk, '2026-11-01', '2026-11-30')).statusCode).toBe(403);
    expect((await register(s.reception, '2026-11-01', '2026-11-30', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  // Received after the register's periods above, so that their numbering stays as it was.
  it('prints the notice of stopping the processing (form 05) with its reasons, only for a stopped dossier', async () => {
    t.clock.at = at('2026-12-02T16:00:00+07:00');
    const dossier = await receiveWalkIn(s.reception);
    t.clock.at = at('2026-12-02T16:30:00+07:00');
    await act(s.leader, dossier.code, 'stop', dossier.version, { comment: 'Người yêu cầu đề nghị dừng giải quyết để bổ sung giấy tờ tại Tòa án.' });
    expect(await papersOf(s.reception, dossier.code)).toEqual(['receipt', 'stop-notice', 'control-record']);

    const response = await paper(s.leader, dossier.code, 'stop-notice');
    const pdf = await pdfOf(response);
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`Thông báo dừng giải quyết hồ sơ ${dossier.code}.pdf`)}`);
    const text = flat(await pdfText(pdf));
    for (const expected of [
      'UBND TỈNH THỬ NGHIỆM',
      'UBND XÃ HÒA BÌNH',
      'Hòa Bình, ngày 02 tháng 12 năm 2026',
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${dossier.code}`,
      'Kính gửi: Ông/Bà Nguyễn Văn An',
      'Lúc 16:00 02/12/2026, UBND xã Hòa Bình nhận được hồ sơ của:',
      'Số định danh cá nhân: 038095001234',
      'Nội dung yêu cầu giải quyết: Đăng ký khai sinh',
      `Thời gian hẹn trả kết quả: ${printed(dossier.dueAt)}`,
      'Căn cứ Luật Hộ tịch số 60/2014/QH13',
      'UBND xã Hòa Bình thông báo dừng giải quyết hồ sơ nêu trên kể từ 16:30 02/12/2026 vì lý do sau:',
      'Người yêu cầu đề nghị dừng giải quyết để bổ sung giấy tờ tại Tòa án.',
      'ĐẠI DIỆN CƠ QUAN',
      'Hoàng Văn Chủ Tịch',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await pdfInfo(pdf)).toMatchObject({ Title: `Thông báo dừng giải quyết hồ sơ ${dossier.code}`, Author: 'UBND xã Hòa Bình' });
    await expectDrawn(pdf);

    const running = await paper(s.reception, walkIn.code, 'stop-notice');
    expect(running.statusCode).toBe(404);
    expect(running.json()).toEqual({
      code: 'paper_not_applicable',
      message: 'Hồ sơ không bị dừng giải quyết nên không có thông báo dừng giải quyết.',
      messageEn: 'The dossier was not stopped, so it has no notice of stopping.',
      field: 'paper',
    });
    expect((await paper(s.otherReception, dossier.code, 'stop-notice')).statusCode).toBe(403);
  });

  it('shows papers only to officers who may see the dossier', async () => {
    for (const session of [s.otherReception, s.clerk]) {
      const refused = await paper(session, walkIn.code, 'receipt');
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'forbidden' });
      expect((await session.request('GET', `/api/v1/dossiers/${walkIn.code}/papers`)).statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${walkIn.code}/papers/receipt.pdf` });
    expect(anonymous.statusCode).toBe(401);
    expect((await paper(s.reception, '001.01.01.H99-261123-9999', 'receipt')).json()).toMatchObject({ code: 'not_found' });
    expect((await paper(s.reception, walkIn.code, 'decision')).statusCode).toBe(400);
  });

  describe('the citizen', () => {
    let an: CitizenBrowser;
    let binh: CitizenBrowser;
    let code: string;
    let version: number;

    beforeAll(async () => {
      t.clock.at = at('2026-12-03T08:15:00+07:00');
      an = await registerCitizen(t.app, { fullName: 'Nguyễn Văn An', email: 'an.papers@example.vn', idNumber: APPLICANT.idNumber });
      binh = await registerCitizen(t.app, { fullName: 'Trần Thị Bình', email: 'binh.papers@example.vn' });
      const upload = await an.request('POST', '/api/citizen/files', { name: 'to-khai.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') });
      expect(upload.statusCode, upload.body).toBe(201);
      const fileId = upload.json().id as string;
      const draft = await an.request('POST', '/api/citizen/drafts', {
        procedureCode: '1.001193',
        content: { applicant: APPLICANT, components: BIRTH_COMPONENTS.map((component) => ({ ...component, fileIds: [fileId] })) },
      });
      const submitted = await an.request('POST', `/api/citizen/drafts/${draft.json().id}/submit`);
      expect(submitted.statusCode, submitted.body).toBe(201);
      ({ code, version } = submitted.json());
    });

    const receipt = (browser: CitizenBrowser) => browser.request('GET', `/api/citizen/dossiers/${code}/papers/receipt.pdf`);

    it('downloads their own copy of the receipt once the dossier is received, and no one else does', async () => {
      expect((await receipt(an)).json()).toMatchObject({ code: 'paper_not_applicable' });
      t.clock.at = at('2026-12-03T09:20:00+07:00');
      version = await act(s.reception, code, 'receive', version);

      const pdf = await pdfOf(await receipt(an));
      const text = flat(await pdfText(pdf));
      expect(text).toContain('(Liên 1: Giao người nộp hồ sơ)');
      expect(text).not.toContain('Liên 2');
      expect(text).toContain('Thời gian tiếp nhận hồ sơ: 09:20 03/12/2026');
      expect((await pdfInfo(pdf)).Pages).toBe('1');
      const [qr] = await readQrCodes(pdf);
      expect(JSON.parse(qr!)).toMatchObject({ MaHoSo: code, NgayTiepNhan: '20261203092000' });

      expect((await receipt(binh)).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${code}/papers/receipt.pdf` })).statusCode).toBe(401);
    });

    it('sees the signed result of their own dossier once approved and downloads it, and no one else does', async () => {
      const mine = async () => (await an.request('GET', `/api/citizen/dossiers/${code}`)).json() as { signedResults: Array<{ verificationCode: string }> };
      expect((await mine()).signedResults).toEqual([]);
      t.clock.at = at('2026-12-03T10:00:00+07:00');
      version = await act(s.specialist, code, 'hand_over', version);
      version = await act(s.head, code, 'hand_over', version);
      await act(s.leader, code, 'approve', version);

      const [issued] = (await s.leader.request('GET', `/api/v1/dossiers/${code}/signed-results`)).json() as Array<{ verificationCode: string; fileId: string }>;
      expect((await mine()).signedResults).toEqual([
        { verificationCode: issued!.verificationCode, documentType: 'Giấy khai sinh', agencyName: 'UBND xã Hòa Bình', signedAt: '2026-12-03T10:00:00+07:00', revoked: null },
      ]);
      const url = `/api/citizen/dossiers/${code}/signed-results/${issued!.verificationCode}.pdf`;
      const download = await an.request('GET', url);
      expect(download.statusCode, download.body).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toMatch(/^attachment; /);
      const officers = await s.leader.request('GET', `/api/v1/dossiers/${code}/files/${issued!.fileId}`);
      expect(download.rawPayload.equals(officers.rawPayload)).toBe(true);

      // Another citizen, nobody, or a code of another dossier's result: as if there were none.
      expect((await binh.request('GET', url)).statusCode).toBe(404);
      expect((await binh.request('GET', `/api/citizen/dossiers/${code}`)).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      const { rows } = await t.db.query<{ verification_code: string }>('SELECT verification_code FROM signed_results WHERE verification_code <> $1', [issued!.verificationCode]);
      expect(rows.length).toBeGreaterThan(0);
      for (const other of [rows[0]!.verification_code, 'ABCDEFGHJK']) {
        const refused = await an.request('GET', `/api/citizen/dossiers/${code}/signed-results/${other}.pdf`);
        expect(refused.statusCode).toBe(404);
        expect(refused.json()).toMatchObject({ code: 'not_found' });
      }
    });
  });
});
