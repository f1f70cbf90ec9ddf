/**
 * A procedure version's declaration (tờ khai) as a form: typed fields the applicant fills in, so
 * that what they declare reaches the officer as data. Plain data, kept in the version's definition.
 */

export interface Label {
  vi: string;
  en: string;
}

/** The citizen account's details a field may be pre-filled from (give information once). */
export const ACCOUNT_PREFILLS = ['fullName', 'idNumber', 'phone', 'email'] as const;
export type AccountPrefill = (typeof ACCOUNT_PREFILLS)[number];

export const CONDITION_OPERATORS = ['equals', 'not_equals', 'in', 'filled', 'empty'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/**
 * "When field X …": X is an earlier field of the form, or an earlier field of the same group item.
 * `equals`/`not_equals` compare with `value`, `in` with any of `values`, as text (a number as written: "2").
 */
export interface FieldCondition {
  field: string;
  operator: ConditionOperator;
  value?: string | undefined;
  values?: string[] | undefined;
}

export interface ChoiceOption {
  value: string;
  label: Label;
}

interface FieldBase {
  /** Stable name of the value, shared between procedures that ask the same thing (so that earlier answers pre-fill later forms). */
  code: string;
  label: Label;
  help?: Label | undefined;
  required: boolean;
  /** The field is shown (and its value kept) only when this holds. */
  shownWhen?: FieldCondition | undefined;
  /** The field becomes required when this holds. */
  requiredWhen?: FieldCondition | undefined;
  prefill?: AccountPrefill | undefined;
  /**
   * Officers find dossiers by this field's value. One-line texts and identity numbers are found by
   * default; `false` keeps one out (a free note, a relative's number), `true` adds another field.
   */
  searchable?: boolean | undefined;
}

export type ScalarField = FieldBase &
  (
    | { type: 'text'; maxLength: number; multiline?: boolean | undefined }
    | { type: 'number'; minimum?: number | undefined; maximum?: number | undefined; integer?: boolean | undefined; unit?: Label | undefined }
    /** `YYYY-MM-DD`; `past` refuses days after today, `future` days before it. */
    | { type: 'date'; range?: 'past' | 'future' | undefined }
    | { type: 'choice'; options: ChoiceOption[]; multiple?: boolean | undefined }
    /** A commune (xã, phường, đặc khu) of the province, by its code; the list comes from the caller. */
    | { type: 'commune' }
    /** CCCD, old CMND or passport for a person; a tax code for an organisation. */
    | { type: 'identity_number'; holder?: 'citizen' | 'organisation' | undefined }
  );

/** Repeating items such as the children or the co-owners: one row of `fields` each. */
export type GroupField = FieldBase & { type: 'group'; fields: ScalarField[]; minItems: number; maxItems: number; itemLabel: Label };

export type FormField = ScalarField | GroupField;
export type FieldType = FormField['type'];
export const FIELD_TYPES: readonly FieldType[] = ['text', 'number', 'date', 'choice', 'commune', 'identity_number', 'group'];

export interface FormDefinition {
  /** The declaration's title as printed, e.g. "TỜ KHAI ĐĂNG KÝ KHAI SINH". */
  title: string;
  /** The official template it follows, e.g. "Mẫu số 01 ban hành kèm theo Thông tư 04/2024/TT-BTP"; printed above the title. */
  templateReference?: string | undefined;
  fields: FormField[];
}

export type ScalarValue = string | number | string[];
export type GroupItem = Record<string, ScalarValue>;
export type FieldValue = ScalarValue | GroupItem[];
export type FormValues = Record<string, FieldValue>;

/** What a form may hold: enough for the longest official declaration, small enough to store, search and print. */
export const FORM_LIMITS = {
  fields: 200,
  groupFields: 40,
  groupItems: 50,
  options: 300,
  textLength: 4000,
  labelLength: 300,
  helpLength: 1000,
  titleLength: 300,
  codeLength: 40,
} as const;

export const FIELD_CODE = /^[a-z][a-zA-Z0-9_]*$/;
