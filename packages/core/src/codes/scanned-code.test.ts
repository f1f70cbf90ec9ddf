import { describe, expect, it } from 'vitest';
import { readDossierCode } from './scanned-code.js';
import { normaliseDossierCode } from './typed-codes.js';

const CODE = '001.01.01.H99-261204-0007';

describe('reading a dossier code from what was typed or scanned', () => {
  it('reads the code as typed, in any case, with stray spaces, or as the barcode carries it', () => {
    expect(readDossierCode(CODE)).toBe(CODE);
    expect(readDossierCode('  001.01.01.h99-261204-0007\n')).toBe(CODE);
  });

  it("reads the receipt's QR code: the portal's JSON with the dossier code in MaHoSo", () => {
    const payload = JSON.stringify({ MaHoSo: CODE, MaTTHC: '1.001234', TenGiayTo: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', TraCuu: `https://dichvucong.example/tra-cuu/${CODE}` });
    expect(readDossierCode(payload)).toBe(CODE);
    expect(readDossierCode(JSON.stringify({ MaHoSo: 'not a code' }))).toBeUndefined();
    expect(readDossierCode(JSON.stringify({ MaTTHC: '1.001234' }))).toBeUndefined();
    expect(readDossierCode('{"MaHoSo": "001.01.01.H99-261204-0007"')).toBeUndefined();
    expect(readDossierCode('[1, 2]')).toBeUndefined();
  });

  it('reads the tracking address a phone opens from the QR code, on any portal', () => {
    expect(readDossierCode(`https://dichvucong.hoabinh.gov.vn/tra-cuu/${CODE}`)).toBe(CODE);
    expect(readDossierCode(`http://localhost:3000/tra-cuu/${encodeURIComponent(CODE)}?lang=en#top`)).toBe(CODE);
    expect(readDossierCode(`https://example.vn/ho-so/${CODE}`)).toBeUndefined();
    expect(readDossierCode(`https://example.vn/tra-cuu/${CODE}-x`)).toBeUndefined();
  });

  it('reads nothing from other text, so the search looks for it as words', () => {
    expect(readDossierCode('Nguyễn Văn An')).toBeUndefined();
    expect(readDossierCode(`hồ sơ ${CODE}`)).toBeUndefined();
    expect(readDossierCode('')).toBeUndefined();
  });

  it('makes every dossier-code box accept what the receipt carries, and keeps other text to be checked', () => {
    expect(normaliseDossierCode(JSON.stringify({ MaHoSo: CODE }))).toBe(CODE);
    expect(normaliseDossierCode(' abc ')).toBe('ABC');
  });
});
