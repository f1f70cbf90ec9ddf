import { describe, expect, it } from 'vitest';
import { crc16CcittFalse, hasValidCrc, readEmvFields, vietQrString, withCrc } from './vietqr.js';

describe('CRC-16/CCITT-FALSE', () => {
  it('gives the check values published for the algorithm', () => {
    // The catalogue of parametrised CRC algorithms (reveng) gives 0x29B1 for "123456789".
    expect(crc16CcittFalse('123456789')).toBe(0x29b1);
    expect(crc16CcittFalse('')).toBe(0xffff);
  });

  it('closes the EMVCo sample string with the CRC it was published with', () => {
    // EMV QR Code Specification for Payment Systems, merchant-presented mode: a payload ending in 6304 + CRC.
    const sample = '00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A';
    expect(hasValidCrc(sample)).toBe(true);
    expect(hasValidCrc(sample.replace('23.72', '23.73'))).toBe(false);
  });
});

describe('the VietQR string', () => {
  const transfer = { bankBin: '970436', accountNumber: '0011004455667', amountVnd: 50_000, reference: 'MCK7Q3X9PA2B' };

  it('is built field by field as NAPAS lays it out', () => {
    const qr = vietQrString(transfer);
    // Written out by hand: tag, two-digit length, value.
    const byHand =
      '000201' +
      '010212' +
      '3857' + '0010A000000727' + '0127' + '0006970436' + '01130011004455667' + '0208QRIBFTTA' +
      '5303704' +
      '540550000' +
      '5802VN' +
      '6216' + '0812MCK7Q3X9PA2B' +
      '6304';
    expect(qr.slice(0, -4)).toBe(byHand);
    expect(qr.slice(-4)).toBe(crc16CcittFalse(byHand).toString(16).toUpperCase().padStart(4, '0'));
    expect(hasValidCrc(qr)).toBe(true);
  });

  it('reads back into the tags DOMAIN names, with the bank, account and reference nested', () => {
    const fields = readEmvFields(vietQrString(transfer));
    expect(fields.map((field) => field.tag)).toEqual(['00', '01', '38', '53', '54', '58', '62', '63']);
    const value = (tag: string) => fields.find((field) => field.tag === tag)!.value;
    expect([value('00'), value('01'), value('53'), value('54'), value('58')]).toEqual(['01', '12', '704', '50000', 'VN']);
    const merchant = readEmvFields(value('38'));
    expect(merchant).toEqual([
      { tag: '00', value: 'A000000727' },
      { tag: '01', value: '000697043601130011004455667' },
      { tag: '02', value: 'QRIBFTTA' },
    ]);
    expect(readEmvFields(merchant[1]!.value)).toEqual([
      { tag: '00', value: '970436' },
      { tag: '01', value: '0011004455667' },
    ]);
    expect(readEmvFields(value('62'))).toEqual([{ tag: '08', value: 'MCK7Q3X9PA2B' }]);
    expect(value('63')).toMatch(/^[0-9A-F]{4}$/);
  });

  it('refuses what a bank app could not read', () => {
    expect(() => vietQrString({ ...transfer, bankBin: '97043' })).toThrow(/BIN/);
    expect(() => vietQrString({ ...transfer, amountVnd: 0 })).toThrow(/amount/);
    expect(() => vietQrString({ ...transfer, amountVnd: 1.5 })).toThrow(/amount/);
    expect(() => vietQrString({ ...transfer, reference: 'mc-1' })).toThrow(/reference/);
    expect(() => readEmvFields('000201019912')).toThrow(/Malformed/);
  });

  it('detects a change anywhere in the string', () => {
    const qr = vietQrString(transfer);
    expect(hasValidCrc(qr.replace('50000', '60000'))).toBe(false);
    expect(hasValidCrc(withCrc('000201'))).toBe(true);
  });
});
