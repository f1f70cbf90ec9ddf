import { describe, expect, it } from 'vitest';
import { checkProcedureDefinition } from '../procedures/definition.js';
import { type FormDefinition, type GroupField, type ScalarField, checkFormDefinition, checkFormValues, conditionHolds, filledEntries, formSearchText, prefillValues } from './index.js';

const form: FormDefinition = {
  title: 'TỜ KHAI ĐĂNG KÝ KHAI SINH',
  fields: [
    { code: 'declarantName', type: 'text', maxLength: 100, required: true, label: { vi: 'Họ, chữ đệm, tên người yêu cầu', en: "Declarant's full name" }, prefill: 'fullName' },
    { code: 'declarantIdNumber', type: 'identity_number', required: true, label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' }, prefill: 'idNumber' },
    {
      code: 'relation',
      type: 'choice',
      required: true,
      label: { vi: 'Quan hệ với người được khai sinh', en: 'Relation to the child' },
      options: [
        { value: 'mother', label: { vi: 'Mẹ', en: 'Mother' } },
        { value: 'father', label: { vi: 'Cha', en: 'Father' } },
        { value: 'other', label: { vi: 'Khác', en: 'Other' } },
      ],
    },
    { code: 'relationOther', type: 'text', maxLength: 100, required: false, label: { vi: 'Quan hệ khác', en: 'Other relation' }, shownWhen: { field: 'relation', operator: 'equals', value: 'other' }, requiredWhen: { field: 'relation', operator: 'equals', value: 'other' } },
    { code: 'childBirthDate', type: 'date', range: 'past', required: true, label: { vi: 'Ngày sinh', en: 'Date of birth' } },
    { code: 'birthCommune', type: 'commune', required: true, label: { vi: 'Nơi sinh (xã, phường)', en: 'Place of birth (commune)' } },
    { code: 'weightKg', type: 'number', minimum: 0.3, maximum: 8, required: false, label: { vi: 'Cân nặng', en: 'Weight' }, unit: { vi: 'kg', en: 'kg' } },
    {
      code: 'siblings',
      type: 'group',
      required: false,
      minItems: 0,
      maxItems: 3,
      label: { vi: 'Anh chị em ruột', en: 'Siblings' },
      itemLabel: { vi: 'Người', en: 'Person' },
      fields: [
        { code: 'name', type: 'text', maxLength: 100, required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
        { code: 'idNumber', type: 'identity_number', required: false, label: { vi: 'Số định danh', en: 'Identity number' }, requiredWhen: { field: 'name', operator: 'filled' } },
      ],
    },
  ],
};

const context = { today: '2026-12-04', communes: new Map([['26734', 'Phường Bến Thành'], ['26737', 'Phường Sài Gòn']]) };

const valid = {
  declarantName: '  Nguyễn Thị Lan ',
  declarantIdNumber: '079 190 000 123',
  relation: 'mother',
  childBirthDate: '2026-11-20',
  birthCommune: '26734',
  weightKg: '3,2',
  siblings: [{ name: 'Trần Minh Khôi', idNumber: '079220000456' }],
};

describe('checkFormDefinition', () => {
  it('accepts a well-formed form', () => {
    expect(checkFormDefinition(form)).toEqual([]);
  });

  it('refuses repeated codes, conditions on later, unknown or own fields, and unknown options', () => {
    const broken: FormDefinition = {
      title: 'Tờ khai',
      fields: [
        { code: 'a', type: 'text', maxLength: 10, required: false, label: { vi: 'A', en: 'A' }, shownWhen: { field: 'b', operator: 'filled' } },
        { code: 'b', type: 'choice', required: false, label: { vi: 'B', en: 'B' }, options: [{ value: 'x', label: { vi: 'X', en: 'X' } }], requiredWhen: { field: 'b', operator: 'filled' } },
        { code: 'c', type: 'text', maxLength: 10, required: false, label: { vi: 'C', en: 'C' }, shownWhen: { field: 'b', operator: 'equals', value: 'y' } },
        { code: 'a', type: 'text', maxLength: 10, required: false, label: { vi: 'A', en: 'A' } },
      ],
    };
    expect(checkFormDefinition(broken).map((problem) => problem.path)).toEqual(['fields.0.shownWhen', 'fields.1.requiredWhen', 'fields.2.shownWhen', 'fields.3.code']);
  });

  it('bounds groups and text, refuses nested groups and bad codes', () => {
    const inner = { code: 'x', type: 'text', maxLength: 10, required: false, label: { vi: 'X', en: 'X' } } as const;
    const problems = checkFormDefinition({
      title: 'Tờ khai',
      fields: [
        { code: 'Bad-code', type: 'text', maxLength: 99999, required: false, label: { vi: 'A', en: '' } },
        { code: 'g', type: 'group', required: false, minItems: 3, maxItems: 2, label: { vi: 'G', en: 'G' }, itemLabel: { vi: 'Mục', en: 'Item' }, fields: [inner, { ...inner, code: 'x' }, { ...(inner as object), code: 'h', type: 'group' } as never] },
      ],
    });
    expect(problems.map((problem) => problem.path)).toEqual(['fields.0.code', 'fields.0.label', 'fields.0.maxLength', 'fields.1.maxItems', 'fields.1.fields.1.code', 'fields.1.fields.2.type']);
  });

  it('lets a group item refer to its earlier fields and to the earlier fields of the form', () => {
    const siblings = form.fields[7] as GroupField;
    const note: ScalarField = { code: 'note', type: 'text', maxLength: 50, required: false, label: { vi: 'Ghi chú', en: 'Note' }, shownWhen: { field: 'relation', operator: 'in', values: ['other', 'father'] } };
    expect(checkFormDefinition({ ...form, fields: [form.fields[2]!, { ...siblings, fields: [...siblings.fields, note] }] })).toEqual([]);
  });

  it('is part of the procedure definition check, under form.', () => {
    const problems = checkProcedureDefinition({
      code: '1.001193', name: 'Đăng ký khai sinh', fieldCode: 'ho-tich', level: 'commune', competentAgencyCode: '001.01.01.H99', processingDays: 1, onlineMode: 'full',
      resultDocument: 'Giấy khai sinh', legalBasis: [], applicantTypes: ['citizen'], fees: [], components: [],
      process: [{ code: 'B1', name: 'Ký', role: 'agency_leader', agency: { kind: 'competent' }, shareDays: 1 }],
      form: { title: '', fields: form.fields },
    });
    expect(problems).toEqual([{ field: 'form.title', vi: expect.stringContaining('Tờ khai: Vui lòng nhập tên tờ khai') as string, en: expect.stringContaining('Form:') as string }]);
  });
});

describe('checkFormValues', () => {
  it('keeps valid values, normalised', () => {
    const { values, problems } = checkFormValues(form, valid, context);
    expect(problems).toEqual([]);
    expect(values).toEqual({ ...valid, declarantName: 'Nguyễn Thị Lan', declarantIdNumber: '079190000123', weightKg: 3.2 });
  });

  it('names each problem by its path, in Vietnamese and English', () => {
    const { problems } = checkFormValues(form, { ...valid, declarantIdNumber: '12345', childBirthDate: '2026-12-05', birthCommune: '99999', weightKg: 12, siblings: [{ name: 'A' }, { idNumber: '079220000456', age: 3 }], extra: 'x' }, context);
    expect(problems.map((problem) => problem.path)).toEqual(['extra', 'declarantIdNumber', 'childBirthDate', 'birthCommune', 'weightKg', 'siblings.0.idNumber', 'siblings.1.age', 'siblings.1.name']);
    expect(problems[1]).toEqual({ path: 'declarantIdNumber', vi: expect.stringContaining('gồm đúng 12 chữ số') as string, en: expect.stringContaining('exactly 12 digits') as string });
    expect(problems[5]!.vi).toBe('Vui lòng nhập “Số định danh”.');
  });

  it('asks for a field when its condition makes it required, and drops it when its condition hides it', () => {
    expect(checkFormValues(form, { ...valid, relation: 'other' }, context).problems.map((problem) => problem.path)).toEqual(['relationOther']);
    const hidden = checkFormValues(form, { ...valid, relation: 'father', relationOther: 'Ông nội' }, context);
    expect(hidden.problems).toEqual([]);
    expect(hidden.values).not.toHaveProperty('relationOther');
  });

  it('compares a number or a list of choices with a condition as text', () => {
    expect(conditionHolds({ field: 'n', operator: 'equals', value: '2' }, () => 2)).toBe(true);
    expect(conditionHolds({ field: 'n', operator: 'in', values: ['b', 'c'] }, () => ['a', 'c'])).toBe(true);
    expect(conditionHolds({ field: 'n', operator: 'not_equals', value: '2' }, () => undefined)).toBe(true);
    expect(conditionHolds({ field: 'n', operator: 'empty' }, () => [])).toBe(true);
  });

  it('bounds the items of a group and refuses what is not an object', () => {
    expect(checkFormValues(form, { ...valid, siblings: Array(4).fill({ name: 'A', idNumber: '079220000456' }) }, context).problems.map((problem) => problem.path)).toEqual(['siblings']);
    expect(checkFormValues(form, [1], context).problems.map((problem) => problem.path)).toEqual(['']);
    expect(checkFormValues(form, { ...valid, relation: ['mother'] }, context).problems.map((problem) => problem.path)).toEqual(['relation']);
  });
});

describe('reading a filled form', () => {
  const { values } = checkFormValues(form, valid, context);

  it('shows each value as people read it', () => {
    const entries = filledEntries(form, values, context.communes);
    expect(entries.find((entry) => entry.code === 'childBirthDate')).toEqual({ code: 'childBirthDate', label: form.fields[4]!.label, text: { vi: '20/11/2026', en: '2026-11-20' } });
    expect(entries.find((entry) => entry.code === 'birthCommune')).toMatchObject({ text: { vi: 'Phường Bến Thành' } });
    expect(entries.find((entry) => entry.code === 'relation')).toMatchObject({ text: { vi: 'Mẹ', en: 'Mother' } });
    expect(entries.find((entry) => entry.code === 'weightKg')).toMatchObject({ text: { vi: '3,2 kg', en: '3.2 kg' } });
    expect(entries.at(-1)).toMatchObject({ code: 'siblings', items: [{ label: { vi: 'Người 1' }, entries: [{ code: 'name' }, { code: 'idNumber' }] }] });
  });

  it('gives the search text its names and numbers, bounded', () => {
    expect(formSearchText(form, values, context.communes)).toBe('Nguyễn Thị Lan 079190000123 Trần Minh Khôi 079220000456');
    const long = formSearchText(form, { ...values, siblings: Array(3).fill({ name: 'x'.repeat(99) + ' Nguyễn' }), declarantName: 'y '.repeat(400) }, context.communes);
    expect(long.length).toBeLessThanOrEqual(1000);
  });

  it('searches what the administrator marks, as people read it, and leaves out what they exclude', () => {
    const marked: FormDefinition = {
      ...form,
      fields: form.fields.map((field) => {
        if (field.code === 'declarantIdNumber') return { ...field, searchable: false };
        if (['relation', 'childBirthDate', 'birthCommune'].includes(field.code)) return { ...field, searchable: true };
        return field;
      }),
    };
    expect(checkFormDefinition(marked)).toEqual([]);
    expect(formSearchText(marked, values, context.communes)).toBe('Nguyễn Thị Lan Mẹ 20/11/2026 Phường Bến Thành Trần Minh Khôi 079220000456');
  });

  it('refuses a search mark on a group, whose fields are marked instead', () => {
    const marked: FormDefinition = { ...form, fields: form.fields.map((field) => (field.type === 'group' ? { ...field, searchable: true } : field)) };
    expect(checkFormDefinition(marked)).toEqual([expect.objectContaining({ path: 'fields.7.searchable' })]);
  });

  it('pre-fills from the account and from an earlier declaration, keeping only what is valid here', () => {
    const prefilled = prefillValues(form, { fullName: 'Nguyễn Thị Lan', idNumber: '079190000123' }, { relation: 'mother', birthCommune: '11111', weightKg: 3, unrelated: 'x', siblings: [{ name: 'Khôi' }] }, context);
    expect(prefilled).toEqual({ declarantName: 'Nguyễn Thị Lan', declarantIdNumber: '079190000123', relation: 'mother', weightKg: 3 });
  });
});
