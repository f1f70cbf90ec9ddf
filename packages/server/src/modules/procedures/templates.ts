import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import type { BlobStore } from '../../platform/blob-store/index.js';
import { FORM_TEMPLATES, type FileRecord, checkUpload, insertFile, readStoredFile, receivedAsJson } from '../files/index.js';
import * as repo from './repo.js';
import { PROCEDURE, type TemplateFile, assertAdministersProcedure, findCurrentVersion } from './service.js';

/**
 * Blank forms (mẫu đơn, tờ khai) of a procedure's components: uploaded by administrators for one
 * published version, downloaded by anyone from the version in force.
 */

const VERSION = { vi: 'phiên bản thủ tục', en: 'Procedure version' };
const COMPONENT = { vi: 'thành phần hồ sơ này trong thủ tục', en: 'Component' };
const TEMPLATE = { vi: 'mẫu đơn, tờ khai của thành phần hồ sơ này', en: 'Template' };

/** The version an administrator of the procedure works on (see assertAdministersProcedure), and the component named. */
async function administeredComponent(db: Queryable, actor: Actor & { kind: 'officer' }, code: string, version: number, componentCode: string) {
  const latest = await repo.findLatestVersion(db, code);
  if (!latest) throw notFound(PROCEDURE);
  await assertAdministersProcedure(db, actor.officer, latest);
  const row = await repo.findVersionByNumber(db, code, version);
  if (!row) throw notFound(VERSION);
  if (!row.definition.components.some((component) => component.code === componentCode)) throw notFound(COMPONENT);
  return row;
}

/** Uploads (or replaces) the template of a component: PDF, DOC, DOCX or XLSX, checked by content. */
export async function uploadTemplate(
  db: Database,
  blobs: BlobStore,
  actor: Actor & { kind: 'officer' },
  target: { code: string; version: number; componentCode: string },
  upload: { name: string; contentBase64: string },
): Promise<TemplateFile> {
  const row = await administeredComponent(db, actor, target.code, target.version, target.componentCode);
  const checked = await checkUpload(receivedAsJson(upload), FORM_TEMPLATES);
  return db.transaction(async (tx) => {
    const file = await insertFile(tx, blobs, actor, checked);
    const template = await repo.putTemplate(tx, row.version_id, target.componentCode, file.id, actor.officer.id);
    await appendAudit(tx, actor, { action: 'procedure.template.upload', entityType: 'procedure', entityId: target.code, details: { ...target, fileId: file.id } });
    return { name: file.name, contentType: file.contentType, size: file.size, uploadedAt: template.uploaded_at.toISOString() };
  });
}

export async function removeTemplate(db: Database, actor: Actor & { kind: 'officer' }, target: { code: string; version: number; componentCode: string }): Promise<void> {
  const row = await administeredComponent(db, actor, target.code, target.version, target.componentCode);
  await db.transaction(async (tx) => {
    if (!(await repo.deleteTemplate(tx, row.version_id, target.componentCode))) throw notFound(TEMPLATE);
    await appendAudit(tx, actor, { action: 'procedure.template.remove', entityType: 'procedure', entityId: target.code, details: target });
  });
}

/** The template of a component in the version now in force, for anyone to download. */
export async function currentTemplate(db: Queryable, code: string, componentCode: string, at: Date): Promise<FileRecord> {
  const procedure = await findCurrentVersion(db, code, at);
  if (!procedure) throw notFound(PROCEDURE);
  if (!procedure.definition.components.some((component) => component.code === componentCode)) throw notFound(COMPONENT);
  const template = await repo.findTemplate(db, procedure.version_id, componentCode);
  const file = template ? await readStoredFile(db, template.file_id) : undefined;
  if (!file) throw notFound(TEMPLATE);
  return file;
}
