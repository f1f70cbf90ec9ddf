import { api } from '../shared/api.js';
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

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL is "data:<type>;base64,<content>": the server wants the content only.
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export async function uploadFile(file: File): Promise<UploadedFile> {
  return api<UploadedFile>('POST', '/api/v1/files', { name: file.name, contentBase64: await base64Of(file) });
}

export const dossierFileUrl = (code: string, fileId: string) => `/api/v1/dossiers/${encodeURIComponent(code)}/files/${fileId}`;
