import { type ProcedureDefinition, resultDocumentName } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { PROCEDURE, assertAdministersProcedure, findCurrentVersion } from '../procedures/index.js';

/**
 * How a procedure's result (a certificate, a confirmation, a decision) is written when the
 * officer does not upload one: its name, the paragraphs of its body with {{placeholders}} filled
 * from the dossier, the signer's title and the recipients. One template per procedure, kept
 * across its versions; without one, a plain confirmation of the result is written.
 */
export interface ResultTemplate {
  /** The document's name, printed in capitals (e.g. `Giấy xác nhận tình trạng hôn nhân`). */
  title: string;
  /** The line under the name, e.g. `Về việc …`. */
  subtitle?: string | undefined;
  paragraphs: string[];
  /** The signer's title over the signature, e.g. `Chủ tịch`; default: the approving officer's title. */
  signerTitle?: string | undefined;
  /** Nơi nhận. */
  recipients?: string[] | undefined;
}

/** The dossier facts a template may name, with what each means. */
export const PLACEHOLDERS = {
  'applicant.name': { description: 'Họ và tên người yêu cầu / tên tổ chức', descriptionEn: 'The applicant’s full name, or the organisation’s name' },
  'applicant.idNumber': { description: 'Số định danh cá nhân / mã số thuế', descriptionEn: 'Personal identification number, or tax code' },
  'applicant.address': { description: 'Địa chỉ', descriptionEn: 'Address' },
  'dossier.code': { description: 'Mã hồ sơ', descriptionEn: 'Dossier code' },
  'dossier.summary': { description: 'Trích yếu nội dung yêu cầu', descriptionEn: 'Summary of the request' },
  'dossier.receivedDate': { description: 'Ngày tiếp nhận hồ sơ (dd/mm/yyyy)', descriptionEn: 'Day the dossier was received (dd/mm/yyyy)' },
  'procedure.code': { description: 'Mã thủ tục hành chính', descriptionEn: 'Procedure code' },
  'procedure.name': { description: 'Tên thủ tục hành chính', descriptionEn: 'Procedure name' },
  'agency.name': { description: 'Cơ quan ban hành', descriptionEn: 'Issuing agency' },
  'date': { description: 'Ngày ký (dd/mm/yyyy)', descriptionEn: 'Day of signing (dd/mm/yyyy)' },
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
export type TemplateValues = Record<Placeholder, string>;

const PLACEHOLDER_PATTERN = /\{\{\s*([\w.]+)\s*\}\}/g;

export function defaultTemplate(definition: Pick<ProcedureDefinition, 'resultDocument' | 'name'>): ResultTemplate {
  return {
    // The document's name, not the catalogue's account of what the applicant receives.
    title: resultDocumentName(definition.resultDocument) || 'Giấy xác nhận kết quả giải quyết thủ tục hành chính',
    subtitle: 'Kết quả giải quyết thủ tục hành chính',
    paragraphs: [
      'Căn cứ hồ sơ mã số {{dossier.code}} tiếp nhận ngày {{dossier.receivedDate}};',
      '{{agency.name}} xác nhận đã giải quyết thủ tục hành chính "{{procedure.name}}" (mã thủ tục {{procedure.code}}) cho:',
      'Người yêu cầu: {{applicant.name}}; số định danh: {{applicant.idNumber}}.',
      'Địa chỉ: {{applicant.address}}.',
      'Nội dung: {{dossier.summary}}.',
      'Văn bản điện tử này được ký số, có giá trị pháp lý như bản giấy (Nghị định 45/2020/NĐ-CP).',
    ],
    recipients: ['Người yêu cầu', 'Lưu: VT, hồ sơ {{dossier.code}}'],
  };
}

function textsOf(template: ResultTemplate): string[] {
  return [template.title, template.subtitle ?? '', template.signerTitle ?? '', ...template.paragraphs, ...(template.recipients ?? [])];
}

/** Rejects a template naming a placeholder the dossier cannot fill: a typo would otherwise print as is. */
export function checkTemplate(template: ResultTemplate): void {
  for (const text of textsOf(template)) {
    for (const [, name] of text.matchAll(PLACEHOLDER_PATTERN)) {
      if (!(name! in PLACEHOLDERS)) {
        throw new AppError(
          400,
          'unknown_placeholder',
          `Mẫu kết quả dùng trường không có: {{${name}}}. Các trường được dùng: ${Object.keys(PLACEHOLDERS).join(', ')}.`,
          `Unknown placeholder {{${name}}}. Known: ${Object.keys(PLACEHOLDERS).join(', ')}.`,
          'template',
        );
      }
    }
  }
}

const fill = (text: string, values: TemplateValues) => text.replace(PLACEHOLDER_PATTERN, (_, name: Placeholder) => values[name] ?? '');

/** The template with every placeholder replaced by the dossier's facts. */
export function fillTemplate(template: ResultTemplate, values: TemplateValues): ResultTemplate {
  return {
    title: fill(template.title, values),
    subtitle: template.subtitle === undefined ? undefined : fill(template.subtitle, values),
    paragraphs: template.paragraphs.map((paragraph) => fill(paragraph, values)),
    signerTitle: template.signerTitle === undefined ? undefined : fill(template.signerTitle, values),
    recipients: template.recipients?.map((line) => fill(line, values)),
  };
}

export async function storedTemplate(db: Queryable, procedureId: string): Promise<ResultTemplate | undefined> {
  const { rows } = await db.query<{ template: ResultTemplate }>('SELECT template FROM result_templates WHERE procedure_id = $1', [procedureId]);
  return rows[0]?.template;
}

/** The template a procedure's results are written with: its own, or the default one. */
export async function templateFor(db: Queryable, procedureId: string, definition: ProcedureDefinition): Promise<ResultTemplate> {
  return (await storedTemplate(db, procedureId)) ?? defaultTemplate(definition);
}

export interface TemplateView {
  procedureCode: string;
  template: ResultTemplate;
  /** True when the procedure has no template of its own and the default one applies. */
  isDefault: boolean;
  placeholders: Record<string, { description: string; descriptionEn: string }>;
}

async function currentProcedure(db: Queryable, code: string, at: Date) {
  const procedure = await findCurrentVersion(db, code, at);
  if (!procedure) throw notFound(PROCEDURE);
  return procedure;
}

export async function describeTemplate(db: Queryable, code: string, at: Date): Promise<TemplateView> {
  const procedure = await currentProcedure(db, code, at);
  const own = await storedTemplate(db, procedure.procedure_id);
  return { procedureCode: code, template: own ?? defaultTemplate(procedure.definition), isDefault: !own, placeholders: PLACEHOLDERS };
}

const normalised = (template: ResultTemplate): ResultTemplate => {
  const text = (value: string) => value.normalize('NFC').trim();
  return {
    title: text(template.title),
    ...(template.subtitle?.trim() ? { subtitle: text(template.subtitle) } : {}),
    paragraphs: template.paragraphs.map(text).filter(Boolean),
    ...(template.signerTitle?.trim() ? { signerTitle: text(template.signerTitle) } : {}),
    ...(template.recipients ? { recipients: template.recipients.map(text).filter(Boolean) } : {}),
  };
};

/** An administrator of the procedure (of every agency it names, the approving one included) sets how its results are written. */
export async function saveTemplate(db: Database, actor: Actor & { kind: 'officer' }, code: string, input: ResultTemplate, at: Date): Promise<TemplateView> {
  const procedure = await currentProcedure(db, code, at);
  await assertAdministersProcedure(db, actor.officer, procedure);
  const template = normalised(input);
  checkTemplate(template);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO result_templates (procedure_id, template, updated_by, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (procedure_id) DO UPDATE SET template = excluded.template, updated_by = excluded.updated_by, updated_at = now()`,
      [procedure.procedure_id, JSON.stringify(template), actor.officer.id],
    );
    await appendAudit(tx, actor, { action: 'procedure.result_template.save', entityType: 'procedure', entityId: code, details: { title: template.title } });
  });
  return { procedureCode: code, template, isDefault: false, placeholders: PLACEHOLDERS };
}
