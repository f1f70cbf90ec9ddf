import { describe, expect, it } from 'vitest';
import { inkIn, pdfInfo, pdfText, pdfWords, renderPage } from '../../../test/support/pdf.js';
import { Paper } from './layout.js';

const issuedAt = new Date('2026-11-23T02:00:00Z');
const info = { title: 'Giấy thử nghiệm', author: 'UBND xã Hòa Bình', subject: 'Thử nghiệm', issuedAt };

function sample(rows: number): Promise<Buffer> {
  return new Paper(info)
    .heading({ superior: 'UBND tỉnh Thử Nghiệm', issuer: 'UBND xã Hòa Bình', placeAndDate: { place: 'Hòa Bình', at: issuedAt } })
    .title('Bảng kê thử nghiệm', [{ text: 'Số: 01/BK' }])
    .table(
      [
        { title: 'STT', share: 10, align: 'center' },
        { title: 'Họ và tên', share: 60 },
        { title: 'Ghi chú', share: 30 },
      ],
      Array.from({ length: rows }, (_, index) => [String(index + 1), `Nguyễn Thị Ánh Tuyết ${index + 1}`, 'Đã nhận đủ']),
    )
    .signatures([{ title: 'Người lập bảng', note: '(Ký và ghi rõ họ tên)', name: 'Lê Thị Hằng' }])
    .finish({ numberPages: true });
}

describe('the layout of official papers', () => {
  it('carries a long table over to the next page under its header row again, and numbers the pages', async () => {
    const pdf = await sample(60);
    const text = await pdfText(pdf);
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, page] of pages.entries()) {
      expect(page).toMatch(/STT\s+Họ và tên\s+Ghi chú/);
      expect(page).toContain(`Trang ${index + 1}/${pages.length}`);
    }
    expect(text).toContain('Nguyễn Thị Ánh Tuyết 60');
    expect(pages.at(-1)).toContain('Lê Thị Hằng');
  });

  it('gives papers A4 pages, their metadata, and the same bytes for the same content', async () => {
    const pdf = await sample(3);
    expect(await pdfInfo(pdf)).toMatchObject({
      Title: 'Giấy thử nghiệm',
      Author: 'UBND xã Hòa Bình',
      Subject: 'Thử nghiệm',
      Creator: 'MotCua',
      Producer: 'MotCua',
      Pages: '1',
      'Page size': expect.stringContaining('595.28 x 841.89'),
    });
    expect((await sample(3)).equals(pdf)).toBe(true);
  });

  it('keeps the text of base letters after a paper that used them only inside accented capitals', async () => {
    // Embedding "Ố", "Ú", "Ạ" asks the font for their parts ("O", "U", "A") without their characters;
    // the fonts are shared by all papers, and the next one must still say which letters it prints.
    await new Paper(info).text('ỐÚẠ ÍÌ ẾỀ').finish();
    const pdf = await new Paper(info).text('OUA II EE oua').finish();
    expect((await pdfText(pdf)).trim()).toBe('OUA II EE oua');
    const [words, page] = await Promise.all([pdfWords(pdf), renderPage(pdf)]);
    for (const word of words) expect(inkIn(page, word)).toBeGreaterThan(0.04);
  });

  it('moves a signature block that does not fit to the next page together with the paragraph it signs', async () => {
    const closing = 'Đề nghị Ông/Bà liên hệ Bộ phận Một cửa để được hướng dẫn thêm.';
    const letter = (lines: number) =>
      Array.from({ length: lines }, (_, index) => index)
        .reduce((paper, index) => paper.field(`Dòng ${index + 1}`, 'Nội dung điền vào mẫu giấy'), new Paper(info).heading({ issuer: 'UBND xã Hòa Bình' }))
        .text(closing, { before: 4 })
        .space(8)
        .signatures([{ title: ['KT. Chủ tịch', 'Phó Chủ tịch'], note: '(Ký, ghi rõ họ tên và đóng dấu)', name: 'Lê Anh Tuấn' }])
        .finish();
    // The longest letter whose last paragraph still fits on the first page: its signature block does not.
    let lines = 30;
    let pdf = await letter(lines);
    while ((await pdfInfo(pdf)).Pages === '1') pdf = await letter(++lines);
    const [first, second] = (await pdfText(pdf)).split('\f').map((page) => page.replace(/\s+/g, ' '));
    expect(first).toContain(`Dòng ${lines}:`);
    expect(first).not.toContain('Đề nghị Ông/Bà');
    expect(second).toContain(closing);
    expect(second).toMatch(/Đề nghị Ông\/Bà .* KT\. CHỦ TỊCH PHÓ CHỦ TỊCH .* Lê Anh Tuấn/);
    // Drawn where pdftotext reads it.
    const [words, page] = await Promise.all([pdfWords(pdf, 2), renderPage(pdf, 100, 2)]);
    expect(words.length).toBeGreaterThan(10);
    for (const word of words) expect(inkIn(page, word)).toBeGreaterThan(0.04);
  });

  it('sets a paper tighter when asked, so that more of it fits on a page', async () => {
    const long = (scale: number) =>
      Array.from({ length: 44 }, (_, index) => index)
        .reduce((paper, index) => paper.field(`Dòng ${index + 1}`, 'Nội dung'), new Paper({ ...info, scale }))
        .finish();
    const [regular, tight] = await Promise.all([long(1), long(0.78)]);
    expect(Number((await pdfInfo(regular)).Pages)).toBeGreaterThan(1);
    expect((await pdfInfo(tight)).Pages).toBe('1');
  });

  it('sets a code beside the QR code on one line, however wide its letters', async () => {
    const pdf = await new Paper(info).heading({ issuer: 'UBND xã Hòa Bình', references: ['Mã xác thực: WMWMWMWMWM'], qrCode: 'https://motcua.example/verify/WMWMWMWMWM' }).finish();
    expect(await pdfText(pdf)).toMatch(/Mã xác thực: WMWMWMWMWM/);
  });
});
