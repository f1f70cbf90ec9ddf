import { api } from '../shared/api.js';
import { readAsBase64 } from '../shared/files.js';
import type { Text } from '../shared/i18n.js';
import { receptionTexts } from './texts.js';
import type { UploadedFile } from './types.js';

/** What the server accepts (files module): checked here too, so that a wrong file fails at once. */
const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const ACCEPT_ATTRIBUTE = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const MAX_BYTES = 10 * 1024 * 1024;

/** Why a file cannot be uploaded, or undefined when it can. */
export function fileProblem(file: File): Text | undefined {
  const byName = /\.(pdf|jpe?g|png)$/i.test(file.name);
  if (!ACCEPTED_TYPES.includes(file.type) && !byName) return receptionTexts.badType;
  if (file.size > MAX_BYTES) return receptionTexts.tooBig;
  return undefined;
}

export async function uploadFile(file: File): Promise<UploadedFile> {
  return api<UploadedFile>('POST', '/api/v1/files', { name: file.name, contentBase64: await readAsBase64(file) });
}

export const dossierFileUrl = (code: string, fileId: string) => `/api/v1/dossiers/${encodeURIComponent(code)}/files/${fileId}`;

/** An official paper of the dossier as a PDF (receipt, supplement request, control record …). */
export const paperUrl = (code: string, paper: string) => `/api/v1/dossiers/${encodeURIComponent(code)}/papers/${paper}.pdf`;
