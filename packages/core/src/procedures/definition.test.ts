import { describe, expect, it } from 'vitest';
import { type ProcedureDefinition, checkProcedureDefinition, shareProblem } from './definition.js';

const valid: ProcedureDefinition = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  fieldCode: 'ho-tich',
  level: 'commune',
  competentAgencyCode: '001.01.01.H99',
  processingDays: 3,
  onlineMode: 'full',
  resultDocument: 'Giấy khai sinh',
  legalBasis: [],
  applicantTypes: ['citizen'],
  fees: [],
  components: [{ code: 'TK', name: 'Tờ khai', form: 'original', copies: 1, required: true }],
  process: [
    { code: 'B1', name: 'Thẩm định', role: 'specialist', agency: { kind: 'competent' }, shareDays: 2 },
    { code: 'B2', name: 'Ký duyệt', role: 'agency_leader', agency: { kind: 'competent' }, shareDays: 0.5 },
  ],
};

describe('procedure definition checks', () => {
  it('accepts a well-formed definition', () => {
    expect(checkProcedureDefinition(valid)).toEqual([]);
  });

  it('refuses steps that take longer than the time limit', () => {
    expect(checkProcedureDefinition({ ...valid, processingDays: 2 })).toEqual([expect.objectContaining({ field: 'process' })]);
  });

  it('refuses an empty process and a last step no leader approves', () => {
    expect(checkProcedureDefinition({ ...valid, process: [] })[0]).toMatchObject({ field: 'process' });
    expect(checkProcedureDefinition({ ...valid, process: [valid.process[0]!] })[0]).toMatchObject({ field: 'process.0.role' });
  });

  it('refuses repeated component codes, negative shares and a malformed cut-off', () => {
    expect(checkProcedureDefinition({ ...valid, components: [valid.components[0]!, valid.components[0]!] })[0]).toMatchObject({ field: 'components' });
    expect(checkProcedureDefinition({ ...valid, process: [{ ...valid.process[0]!, shareDays: -1 }, valid.process[1]!] })[0]).toMatchObject({ field: 'process.0.shareDays' });
    expect(checkProcedureDefinition({ ...valid, cutoffTime: '25:00' })[0]).toMatchObject({ field: 'cutoffTime' });
  });

  it('explains each problem in Vietnamese and English', () => {
    const [problem] = checkProcedureDefinition({ ...valid, processingDays: 1 });
    expect(problem?.vi).toBe(
      'Tổng thời gian các bước là 2,5 ngày làm việc, vượt thời hạn giải quyết 1 ngày làm việc 1,5 ngày: hãy giảm thời gian của các bước đi 1,5 ngày hoặc tăng thời hạn giải quyết.',
    );
    expect(problem?.en).toContain('1.5 more than the processing time of 1');
  });

  it('says what is wrong with impossible shares instead of comparing them with a negative time limit', () => {
    expect(shareProblem([0], -1)).toMatchObject({ field: 'processingDays', vi: expect.stringContaining('từ 0 trở lên') });
    expect(shareProblem([1], Number.NaN)).toMatchObject({ field: 'processingDays' });
    expect(shareProblem([0.1, 0.2], 0.3)).toBeUndefined();
    expect(shareProblem([2, 1], 3)).toBeUndefined();
    expect(shareProblem([2, 2], 3)?.vi).toContain('vượt thời hạn giải quyết 3 ngày làm việc 1 ngày');
    expect(checkProcedureDefinition({ ...valid, processingDays: -1 })[0]).toMatchObject({ field: 'processingDays' });
  });
});
