import { describe, expect, it } from 'vitest';
import { candidateReferences, newPaymentReference, REFERENCE_PATTERN } from './references.js';
import { type DueForMatching, matchStatement, needsOfficer, settles } from './statement-matching.js';
import { readStatement } from './statement-file.js';

const due = (reference: string, amountVnd: number, paid = false): [string, DueForMatching] => [reference, { reference, amountVnd, paid }];
const dues = new Map([due('MCK7Q3X9PA2B', 50_000), due('MCHT2W8RZ6NM', 100_000), due('MCPAYEDPAYED', 30_000, true), due('MCSHRT234567', 200_000)]);
const line = (bankReference: string, amountVnd: number, description: string) => ({ bankReference, amountVnd, description });

describe('references', () => {
  it('are MC and ten letters or digits a bank keeps and nobody misreads', () => {
    let seed = 0;
    const reference = newPaymentReference(() => (seed = (seed * 9301 + 49297) % 233280) / 233280);
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(newPaymentReference(() => 0.999999)).toBe('MC9999999999');
    expect(REFERENCE_PATTERN.test('MC0O1IABCDEF')).toBe(false);
  });

  it('are found in a description however the bank mangled it', () => {
    expect(candidateReferences('MBVCB.4567890123.MCK7Q3X9PA2B.CT tu 0011001234567 NGUYEN VAN AN toi 0011004455667')).toEqual(['MCK7Q3X9PA2B']);
    expect(candidateReferences('Nguyễn Văn An chuyển tiền lệ phí mc k7q3-x9pa 2b')).toEqual(['MCK7Q3X9PA2B']);
    expect(candidateReferences('IBFT MCHT2W8RZ6NM; MCK7Q3X9PA2B')).toEqual(['MCHT2W8RZ6NM', 'MCK7Q3X9PA2B']);
    expect(candidateReferences('CHUYEN TIEN AN UONG')).toEqual([]);
  });
});

describe('statement matching', () => {
  it('settles a fee paid exactly, by the reference amid the bank’s noise', () => {
    const [result] = matchStatement([line('FT001', 50_000, 'MBVCB.1234.MCK7Q3X9PA2B.CT tu 0011001234567 NGUYEN VAN AN')], dues, new Set());
    expect(result!.match).toEqual({ kind: 'exact', reference: 'MCK7Q3X9PA2B' });
    expect(settles(result!.match)).toBe(true);
    expect(needsOfficer(result!.match)).toBe(false);
  });

  it('settles a fee overpaid and leaves the excess to an officer; does not settle one underpaid', () => {
    const [over, short] = matchStatement([line('FT002', 120_000, 'LE PHI MCHT2W8RZ6NM'), line('FT003', 150_000, 'MCSHRT234567 le phi')], dues, new Set());
    expect(over!.match).toEqual({ kind: 'over', reference: 'MCHT2W8RZ6NM', differenceVnd: 20_000 });
    expect([settles(over!.match), needsOfficer(over!.match)]).toEqual([true, true]);
    expect(short!.match).toEqual({ kind: 'short', reference: 'MCSHRT234567', differenceVnd: 50_000 });
    expect([settles(short!.match), needsOfficer(short!.match)]).toEqual([false, true]);
  });

  it('passes over a transaction imported before, and pays a fee once when two transfers name it', () => {
    const lines = [line('FT010', 50_000, 'MCK7Q3X9PA2B'), line('FT010', 50_000, 'MCK7Q3X9PA2B'), line('FT011', 50_000, 'MCK7Q3X9PA2B lan 2'), line('FT009', 30_000, 'MCPAYEDPAYED')];
    expect(matchStatement(lines, dues, new Set(['FT009'])).map((result) => result.match)).toEqual([
      { kind: 'exact', reference: 'MCK7Q3X9PA2B' },
      { kind: 'duplicate' },
      { kind: 'already_paid', reference: 'MCK7Q3X9PA2B' },
      { kind: 'duplicate' },
    ]);
    expect(matchStatement([line('FT012', 30_000, 'MCPAYEDPAYED')], dues, new Set())[0]!.match).toEqual({ kind: 'already_paid', reference: 'MCPAYEDPAYED' });
  });

  it('leaves to an officer a line with no known reference, or with two', () => {
    const results = matchStatement([line('FT020', 50_000, 'CHUYEN TIEN MCZZZZZZZZZZ'), line('FT021', 150_000, 'MCK7Q3X9PA2B MCHT2W8RZ6NM')], dues, new Set());
    expect(results.map((result) => result.match)).toEqual([{ kind: 'no_reference' }, { kind: 'several_references', references: ['MCK7Q3X9PA2B', 'MCHT2W8RZ6NM'] }]);
    expect(results.every((result) => needsOfficer(result.match))).toBe(true);
  });
});

describe('the statement file', () => {
  it('reads the credit rows of a bank export, by their headers in any order', () => {
    const csv = [
      '\uFEFFSố tham chiếu,Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung giao dịch',
      'FT26338912345,04/12/2026 10:15:22,,50.000,12.350.000,"MBVCB.1234.MCK7Q3X9PA2B.CT tu 0011001234567, NGUYEN VAN AN"',
      'FT26338912346,04/12/2026 10:20:00,15.000,,12.335.000,Phi SMS Banking',
      'FT26338912347,5/12/2026,,"1,200,000",13.535.000,"Ghi chú có ""ngoặc"""',
    ].join('\r\n');
    const { rows, problems } = readStatement(csv);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 2, bookedAt: new Date('2026-12-04T03:15:22Z'), bankReference: 'FT26338912345', amountVnd: 50_000, description: 'MBVCB.1234.MCK7Q3X9PA2B.CT tu 0011001234567, NGUYEN VAN AN' },
      { row: 4, bookedAt: new Date('2026-12-04T17:00:00Z'), bankReference: 'FT26338912347', amountVnd: 1_200_000, description: 'Ghi chú có "ngoặc"' },
    ]);
  });

  it('names the row and the column of what it cannot read', () => {
    expect(readStatement('Ngày giao dịch,Số tiền\n1/1/2026,5').problems[0]!.vi).toMatch(/thiếu cột: Số tham chiếu, Số tiền ghi có, Nội dung giao dịch/);
    const header = 'Ngày giao dịch,Số tham chiếu,Số tiền ghi có,Nội dung giao dịch';
    const { rows, problems } = readStatement([header, '31/02/2026,FT1,50.000,x', '01/12/2026,FT2,50.00,x', '01/12/2026,,50.000,x', '01/12/2026,FT4,50000,MC'].join('\n'));
    expect(problems.map((problem) => problem.row)).toEqual([2, 3, 4]);
    expect(problems[1]!.en).toBe('Row 3: invalid credit amount "50.00".');
    expect(rows.map((row) => row.bankReference)).toEqual(['FT4']);
  });
});
