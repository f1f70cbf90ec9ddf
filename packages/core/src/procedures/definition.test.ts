import { describe, expect, it } from 'vitest';
import { type ProcedureDefinition, checkProcedureDefinition } from './definition.js';

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
    expect(problem?.vi).toContain('vượt quá thời hạn giải quyết');
    expect(problem?.en).toContain('exceed');
  });
});
