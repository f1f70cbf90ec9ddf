import type { OfficerRole } from '../access/roles.js';
import { type FormDefinition, checkFormDefinition } from '../forms/index.js';
import { type Offering, offeringProblems } from './offerings.js';

/** Decree 42/2022 / 224/2026: how much of a procedure can be done online. */
export const ONLINE_MODES = ['none', 'partial', 'full'] as const;
export type OnlineMode = (typeof ONLINE_MODES)[number];

export const IMPLEMENTING_LEVELS = ['province', 'commune'] as const;
export type ImplementingLevel = (typeof IMPLEMENTING_LEVELS)[number];

/** What the applicant must hand in for one component (thành phần hồ sơ). */
export const COMPONENT_FORMS = ['original', 'certified_copy', 'copy', 'original_or_certified_copy'] as const;
export type ComponentForm = (typeof COMPONENT_FORMS)[number];

/** How the kind of copy is named on papers and screens. */
export const COMPONENT_FORM_LABELS: Record<ComponentForm, { vi: string; en: string }> = {
  original: { vi: 'Bản chính', en: 'Original' },
  certified_copy: { vi: 'Bản sao chứng thực', en: 'Certified copy' },
  copy: { vi: 'Bản sao', en: 'Copy' },
  original_or_certified_copy: { vi: 'Bản chính hoặc bản sao chứng thực', en: 'Original or certified copy' },
};

export interface ProcedureComponent {
  code: string;
  name: string;
  form: ComponentForm;
  copies: number;
  required: boolean;
  /** File name of a blank template (tờ khai) the applicant can download, if the procedure has one. */
  template?: string | undefined;
  note?: string | undefined;
}

export interface ProcedureFee {
  name: string;
  amountVnd: number;
  note?: string | undefined;
}

/**
 * Where a step is handled: the agency competent for the procedure (resolved when the dossier
 * is received) or a fixed other agency, identified by its 13-character code (liên thông).
 */
export type StepAgency = { kind: 'competent' } | { kind: 'agency'; agencyCode: string };

export interface ProcessStep {
  code: string;
  name: string;
  role: OfficerRole;
  agency: StepAgency;
  /** Code of the organisational unit inside that agency that handles the step, if any. */
  unitCode?: string | undefined;
  /** This step's share of the statutory time limit, in working days (fractions allowed: 0.5 = half a day). */
  shareDays: number;
}

/** The content of one published version of a procedure: what a running dossier follows. */
export interface ProcedureDefinition {
  code: string;
  name: string;
  fieldCode: string;
  level: ImplementingLevel;
  /** Code of the agency that decides the dossier by default. */
  competentAgencyCode: string;
  /**
   * A commune-level procedure offered by every commune of the province, or by the communes picked
   * (procedures/offerings.ts): the applicant chooses the commune, which receives and decides it.
   * Absent: the competent agency alone decides it.
   */
  offeredBy?: Offering | undefined;
  processingDays: number;
  /** Dossiers received at or after this local time count from the next working day (e.g. chứng thực, 15:00). */
  cutoffTime?: string | undefined;
  onlineMode: OnlineMode;
  resultDocument: string;
  legalBasis: string[];
  applicantTypes: Array<'citizen' | 'organisation'>;
  fees: ProcedureFee[];
  components: ProcedureComponent[];
  process: ProcessStep[];
  /** The declaration (tờ khai) as a form the applicant fills in, when the version defines one. */
  form?: FormDefinition | undefined;
}

export interface DefinitionProblem {
  field: string;
  vi: string;
  en: string;
}

/** Days as people write them: at most two decimals, a decimal comma in Vietnamese. */
function days(value: number, language: 'vi' | 'en'): string {
  const text = String(Math.round(value * 100) / 100);
  return language === 'vi' ? text.replace('.', ',') : text;
}

/**
 * Why the steps' shares cannot fit the processing time, if they cannot: a time limit that is
 * not a number of days at all, or shares adding up to more than it, saying by how much.
 */
export function shareProblem(shares: readonly number[], processingDays: number): DefinitionProblem | undefined {
  if (!Number.isFinite(processingDays) || processingDays < 0) {
    return {
      field: 'processingDays',
      vi: 'Thời hạn giải quyết phải là số ngày làm việc từ 0 trở lên (0 nếu giải quyết trong ngày); chưa chia được thời gian cho các bước.',
      en: 'The processing time must be a number of working days, 0 or more (0 for same-day); the steps cannot be given their shares yet.',
    };
  }
  const sum = shares.reduce((total, share) => total + (Number.isFinite(share) ? share : 0), 0);
  const excess = sum - processingDays;
  if (excess <= 1e-9) return undefined;
  return {
    field: 'process',
    vi:
      `Tổng thời gian các bước là ${days(sum, 'vi')} ngày làm việc, vượt thời hạn giải quyết ${days(processingDays, 'vi')} ngày làm việc ` +
      `${days(excess, 'vi')} ngày: hãy giảm thời gian của các bước đi ${days(excess, 'vi')} ngày hoặc tăng thời hạn giải quyết.`,
    en:
      `The steps' shares add up to ${days(sum, 'en')} working days, ${days(excess, 'en')} more than the processing time of ${days(processingDays, 'en')}: ` +
      `shorten the steps by ${days(excess, 'en')} days or lengthen the processing time.`,
  };
}

/** Checks the rules a definition must satisfy before it can be published. */
export function checkProcedureDefinition(def: ProcedureDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (def.process.length === 0) {
    problems.push({ field: 'process', vi: 'Quy trình phải có ít nhất một bước xử lý.', en: 'The process needs at least one step.' });
  }
  const shares = shareProblem(def.process.map((step) => step.shareDays), def.processingDays);
  if (shares) problems.push(shares);
  def.process.forEach((step, index) => {
    if (!(step.shareDays >= 0)) {
      problems.push({ field: `process.${index}.shareDays`, vi: 'Thời gian của bước không được âm.', en: 'A step share cannot be negative.' });
    }
  });
  const last = def.process.at(-1);
  if (last && last.role !== 'agency_leader' && last.role !== 'unit_head') {
    problems.push({
      field: `process.${def.process.length - 1}.role`,
      vi: 'Bước cuối của quy trình phải do lãnh đạo phê duyệt.',
      en: 'The last step must be a leader approval.',
    });
  }
  const codes = new Set<string>();
  for (const component of def.components) {
    if (codes.has(component.code)) {
      problems.push({ field: 'components', vi: `Mã thành phần "${component.code}" bị trùng.`, en: `Component code "${component.code}" is repeated.` });
    }
    codes.add(component.code);
  }
  if (def.cutoffTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(def.cutoffTime)) {
    problems.push({ field: 'cutoffTime', vi: 'Giờ chốt phải có dạng HH:MM.', en: 'The cut-off time must be HH:MM.' });
  }
  problems.push(...offeringProblems(def));
  if (def.form) {
    for (const problem of checkFormDefinition(def.form)) problems.push({ field: `form.${problem.path}`, vi: `Tờ khai: ${problem.vi}`, en: `Form: ${problem.en}` });
  }
  return problems;
}
