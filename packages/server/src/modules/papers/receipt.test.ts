import { describe, expect, it } from 'vitest';
import { readDossierCode } from '@motcua/core';
import { inkIn, pdfInfo, pdfText, pdfWords, readCode128, readQrCodes, renderPage } from '../../../test/support/pdf.js';
import type { AgencyRow } from '../agencies/index.js';
import { type ReceiptData, renderReceipt } from './receipt.js';

const agency: AgencyRow = {
  id: '00000000-0000-4000-8000-000000000001',
  code: '000.01.20.H56',
  name: 'UBND phường Hạc Thành',
  short_name: 'Phường Hạc Thành',
  kind: 'commune',
  parent_id: null,
  address: 'Số 35 đường Lê Lai, phường Hạc Thành, tỉnh Thanh Hóa',
  phone: '0237 3852 123',
  abolished_on: null,
  successor_id: null,
};

/** The components of a birth registration as the demo catalogue lists them, and more as a building permit asks. */
const COMPONENTS: ReceiptData['components'] = [
  { name: 'Tờ khai đăng ký khai sinh', form: 'original', copies: 1 },
  { name: 'Giấy chứng sinh', form: 'original', copies: 1 },
  { name: 'Giấy tờ tùy thân có ảnh của người yêu cầu (thẻ Căn cước, thẻ Căn cước công dân hoặc hộ chiếu còn giá trị sử dụng)', form: 'original', copies: 1 },
  { name: 'Văn bản ủy quyền (trường hợp ủy quyền thực hiện thủ tục)', form: 'certified_copy', copies: 1 },
  { name: 'Bản vẽ thiết kế xây dựng kèm theo bản sao giấy chứng nhận quyền sử dụng đất', form: 'certified_copy', copies: 2 },
  { name: 'Báo cáo kết quả thẩm định thiết kế của cơ quan chuyên môn về xây dựng', form: 'photocopy', copies: 1 },
  { name: 'Hợp đồng thuê đất hoặc văn bản chấp thuận của chủ sở hữu công trình', form: 'certified_copy', copies: 1 },
  { name: 'Giấy xác nhận tình trạng hôn nhân của người yêu cầu', form: 'original', copies: 1 },
] as ReceiptData['components'];

const receipt = (components: number): ReceiptData => ({
  issuer: { superior: agency.name, issuer: 'Trung tâm Phục vụ hành chính công phường Hạc Thành', agency, place: 'Hạc Thành' },
  code: '000.01.20.H56-261123-0007',
  lookupCode: 'AB12CD',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  applicant: {
    type: 'citizen',
    name: 'Nguyễn Thị Phương Thảo',
    idNumber: '038095001234',
    address: 'Số 123 đường Nguyễn Trãi, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0912345678',
    email: 'congdan12345@gmail.com',
  },
  summary: 'Đăng ký khai sinh cho con là Nguyễn Minh Khang',
  components: COMPONENTS.slice(0, components),
  processingDays: 0,
  receivedAt: new Date('2026-11-23T02:00:00Z'),
  dueAt: new Date('2026-11-23T09:00:00Z'),
  register: { year: '2026', line: 17 },
  officerName: 'Nguyễn Thị Minh Anh',
  trackingUrl: 'http://localhost:3000/tra-cuu/000.01.20.H56-261123-0007',
});

describe('the receipt and appointment slip on its paper', () => {
  it.each([4, 8])('prints its two copies with %i documents on two pages, each a whole copy with its signature block', async (components) => {
    const pdf = await renderReceipt(receipt(components));
    expect((await pdfInfo(pdf)).Pages).toBe('2');
    const pages = (await pdfText(pdf)).split('\f').slice(0, 2).map((page) => page.replace(/\s+/g, ' '));
    for (const [index, page] of pages.entries()) {
      expect(page).toContain(index === 0 ? '(Liên 1: Giao người nộp hồ sơ)' : '(Liên 2: Lưu kèm Phiếu kiểm soát');
      expect(page).toContain(COMPONENTS[components - 1]!.name.slice(0, 20));
      // The last paragraph, then the signature block under it: titles, notes and both names.
      expect(page).toMatch(/hoặc quét mã QR ở góc trên bên trái\. NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ \(Ký và ghi rõ họ tên\) \(Ký và ghi rõ họ tên\) Nguyễn Thị Phương Thảo Nguyễn Thị Minh Anh/);
    }
    // Each page is drawn where its text is: rendered, every word has ink.
    for (const number of [1, 2]) {
      const [words, page] = await Promise.all([pdfWords(pdf, number), renderPage(pdf, 100, number)]);
      expect(words.length).toBeGreaterThan(100);
      expect(words.filter((word) => /\p{L}/u.test(word.text) && inkIn(page, word) < 0.04).map((word) => word.text)).toEqual([]);
    }
  });

  it("carries the dossier code in a barcode at the top and in the QR code, each read back as the code by the dossier-code boxes", async () => {
    const data = receipt(4);
    const pdf = await renderReceipt(data, ['applicant']);
    const [barcode] = await readCode128(pdf);
    expect(barcode).toBe(data.code);
    const [qr] = await readQrCodes(pdf);
    expect(JSON.parse(qr!)).toMatchObject({ MaHoSo: data.code, TraCuu: data.trackingUrl });
    expect([barcode, qr].map((scanned) => readDossierCode(scanned!))).toEqual([data.code, data.code]);
    // The barcode stands in the top margin, clear of the text: the words under it start lower.
    const [top] = await readCode128(pdf, { region: { x: 297, y: 0, width: 298, height: 56 } });
    expect(top).toBe(data.code);
    expect(Math.min(...(await pdfWords(pdf, 1)).map((word) => word.yMin))).toBeGreaterThan(56);
  });
});
