import { type FieldCondition, type FormDefinition, type FormField, type ScalarField, FIELD_CODE, FORM_LIMITS, type Label } from './definition.js';

/** What is wrong, and where: `path` names the place in the definition or the values, e.g. `fields.3.shownWhen` or `children.1.birthDate`. */
export interface FormProblem {
  path: string;
  vi: string;
  en: string;
}

const labelProblems = (label: Label | undefined, path: string, maxLength: number, required: boolean): FormProblem[] => {
  if (!label) return required ? [{ path, vi: 'Vui lòng nhập nhãn tiếng Việt và tiếng Anh.', en: 'Enter the label in Vietnamese and English.' }] : [];
  const problems: FormProblem[] = [];
  if (!label.vi.trim() || !label.en.trim()) problems.push({ path, vi: 'Nhãn cần có cả tiếng Việt và tiếng Anh.', en: 'The label needs both Vietnamese and English.' });
  if (label.vi.length > maxLength || label.en.length > maxLength) {
    problems.push({ path, vi: `Nhãn dài quá ${maxLength} ký tự.`, en: `The label is longer than ${maxLength} characters.` });
  }
  return problems;
};

/** The fields a condition at this place may refer to: those before it, with their types. */
type Earlier = Map<string, ScalarField>;

function conditionProblems(condition: FieldCondition | undefined, path: string, ownCode: string, earlier: Earlier): FormProblem[] {
  if (!condition) return [];
  if (condition.field === ownCode) {
    return [{ path, vi: `Điều kiện của trường "${ownCode}" không được dựa vào chính nó (vòng lặp).`, en: `The condition of "${ownCode}" cannot depend on itself (a cycle).` }];
  }
  const target = earlier.get(condition.field);
  if (!target) {
    return [{
      path,
      vi: `Điều kiện dựa vào trường "${condition.field}", nhưng trường này không có ở phía trước trong tờ khai (điều kiện chỉ dựa vào trường đứng trước, nên không thể có vòng lặp).`,
      en: `The condition refers to "${condition.field}", which is not an earlier field of the form (conditions refer to earlier fields only, so they cannot form a cycle).`,
    }];
  }
  const compared = condition.operator === 'in' ? condition.values ?? [] : condition.operator === 'filled' || condition.operator === 'empty' ? [] : [condition.value];
  if (condition.operator === 'in' && compared.length === 0) {
    return [{ path, vi: 'Điều kiện "thuộc" cần ít nhất một giá trị.', en: 'An "in" condition needs at least one value.' }];
  }
  if (compared.some((value) => value === undefined || value === '')) {
    return [{ path, vi: 'Điều kiện cần giá trị để so sánh.', en: 'The condition needs a value to compare with.' }];
  }
  if (target.type === 'choice') {
    const unknown = compared.find((value) => !target.options.some((option) => option.value === value));
    if (unknown !== undefined) {
      return [{ path, vi: `Trường "${target.code}" không có lựa chọn "${unknown}".`, en: `Field "${target.code}" has no option "${unknown}".` }];
    }
  }
  return [];
}

function scalarProblems(field: ScalarField, path: string): FormProblem[] {
  const problems: FormProblem[] = [];
  switch (field.type) {
    case 'text':
      if (!Number.isInteger(field.maxLength) || field.maxLength < 1 || field.maxLength > FORM_LIMITS.textLength) {
        problems.push({ path: `${path}.maxLength`, vi: `Độ dài tối đa phải từ 1 đến ${FORM_LIMITS.textLength} ký tự.`, en: `The maximum length must be 1 to ${FORM_LIMITS.textLength} characters.` });
      }
      break;
    case 'number':
      if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum) {
        problems.push({ path: `${path}.minimum`, vi: 'Giá trị nhỏ nhất lớn hơn giá trị lớn nhất.', en: 'The minimum is greater than the maximum.' });
      }
      break;
    case 'choice': {
      if (field.options.length === 0 || field.options.length > FORM_LIMITS.options) {
        problems.push({ path: `${path}.options`, vi: `Cần từ 1 đến ${FORM_LIMITS.options} lựa chọn.`, en: `A choice needs 1 to ${FORM_LIMITS.options} options.` });
      }
      const values = new Set<string>();
      field.options.forEach((option, index) => {
        if (!option.value.trim()) problems.push({ path: `${path}.options.${index}.value`, vi: 'Lựa chọn cần có giá trị.', en: 'The option needs a value.' });
        if (values.has(option.value)) problems.push({ path: `${path}.options.${index}.value`, vi: `Giá trị lựa chọn "${option.value}" bị trùng.`, en: `Option value "${option.value}" is repeated.` });
        values.add(option.value);
        problems.push(...labelProblems(option.label, `${path}.options.${index}.label`, FORM_LIMITS.labelLength, true));
      });
      break;
    }
    default:
      break;
  }
  return problems;
}

function fieldProblems(field: FormField, path: string, codes: Set<string>, earlier: Earlier): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!FIELD_CODE.test(field.code) || field.code.length > FORM_LIMITS.codeLength) {
    problems.push({
      path: `${path}.code`,
      vi: `Mã trường "${field.code}" phải bắt đầu bằng chữ thường, chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới, tối đa ${FORM_LIMITS.codeLength} ký tự.`,
      en: `Field code "${field.code}" must start with a lower-case letter and hold only ASCII letters, digits and underscores, at most ${FORM_LIMITS.codeLength}.`,
    });
  }
  if (codes.has(field.code)) problems.push({ path: `${path}.code`, vi: `Mã trường "${field.code}" bị trùng.`, en: `Field code "${field.code}" is repeated.` });
  codes.add(field.code);
  problems.push(...labelProblems(field.label, `${path}.label`, FORM_LIMITS.labelLength, true));
  problems.push(...labelProblems(field.help, `${path}.help`, FORM_LIMITS.helpLength, false));
  problems.push(...conditionProblems(field.shownWhen, `${path}.shownWhen`, field.code, earlier));
  problems.push(...conditionProblems(field.requiredWhen, `${path}.requiredWhen`, field.code, earlier));
  if (field.type !== 'group') return [...problems, ...scalarProblems(field, path)];
  if (field.searchable !== undefined) {
    problems.push({ path: `${path}.searchable`, vi: 'Nhóm không tìm kiếm được; hãy đánh dấu các trường trong nhóm.', en: 'A group is not searched itself; mark the fields inside it.' });
  }

  if (!Number.isInteger(field.minItems) || !Number.isInteger(field.maxItems) || field.minItems < 0 || field.maxItems < Math.max(1, field.minItems) || field.maxItems > FORM_LIMITS.groupItems) {
    problems.push({
      path: `${path}.maxItems`,
      vi: `Số mục của nhóm: tối thiểu từ 0, tối đa từ 1 đến ${FORM_LIMITS.groupItems} và không nhỏ hơn tối thiểu.`,
      en: `A group's items: a minimum of 0 or more, a maximum of 1 to ${FORM_LIMITS.groupItems}, not below the minimum.`,
    });
  }
  problems.push(...labelProblems(field.itemLabel, `${path}.itemLabel`, FORM_LIMITS.labelLength, true));
  if (field.fields.length === 0 || field.fields.length > FORM_LIMITS.groupFields) {
    problems.push({ path: `${path}.fields`, vi: `Nhóm cần từ 1 đến ${FORM_LIMITS.groupFields} trường.`, en: `A group needs 1 to ${FORM_LIMITS.groupFields} fields.` });
  }
  // Inside an item, conditions may refer to the form's earlier fields and to the item's earlier fields.
  const itemCodes = new Set<string>();
  const itemEarlier: Earlier = new Map(earlier);
  field.fields.forEach((inner, index) => {
    if ((inner as FormField).type === 'group') {
      problems.push({ path: `${path}.fields.${index}.type`, vi: 'Nhóm không được lồng trong nhóm.', en: 'Groups cannot be nested.' });
      return;
    }
    problems.push(...fieldProblems(inner, `${path}.fields.${index}`, itemCodes, itemEarlier));
    itemEarlier.set(inner.code, inner);
  });
  return problems;
}

/** Everything wrong with a form definition, each at its path: an administrator fixes them all at once. */
export function checkFormDefinition(form: FormDefinition): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.title.trim() || form.title.length > FORM_LIMITS.titleLength) {
    problems.push({ path: 'title', vi: `Vui lòng nhập tên tờ khai (tối đa ${FORM_LIMITS.titleLength} ký tự).`, en: `Enter the form's title (at most ${FORM_LIMITS.titleLength} characters).` });
  }
  const count = form.fields.reduce((total, field) => total + 1 + (field.type === 'group' ? field.fields.length : 0), 0);
  if (form.fields.length === 0 || count > FORM_LIMITS.fields) {
    problems.push({ path: 'fields', vi: `Tờ khai cần từ 1 đến ${FORM_LIMITS.fields} trường.`, en: `A form needs 1 to ${FORM_LIMITS.fields} fields.` });
  }
  const codes = new Set<string>();
  const earlier: Earlier = new Map();
  form.fields.forEach((field, index) => {
    problems.push(...fieldProblems(field, `fields.${index}`, codes, earlier));
    if (field.type !== 'group') earlier.set(field.code, field);
  });
  return problems;
}
