import type { FileFacts } from '@motcua/contract';
import { api, asForm, dataOf } from '../shared/api.js';
import type { Text } from '../shared/i18n.js';
import { commonTexts } from './texts.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_COMPONENT = 20;
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const ACCEPTED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const ACCEPTED_EXTENSION = /\.(pdf|jpe?g|png)$/i;

/**
 * Why the browser refuses a file before sending it, or `undefined` when it may go. The server
 * checks the real content again; this only spares the citizen a long upload bound to fail.
 */
export function fileProblem(file: File): { text: Text; params: Record<string, string> } | undefined {
  const name = file.name;
  if (!ACCEPTED_TYPES.has(file.type) && !ACCEPTED_EXTENSION.test(name)) return { text: commonTexts.wrongFileType, params: { name } };
  if (file.size === 0) return { text: commonTexts.emptyFile, params: { name } };
  if (file.size > MAX_FILE_BYTES) return { text: commonTexts.fileTooLarge, params: { name, size: (file.size / 1024 / 1024).toFixed(1) } };
  return undefined;
}

export async function uploadFile(file: File): Promise<FileFacts> {
  // Uploaded to the account, so that only this citizen's drafts and dossiers can name the file.
  const stored = await dataOf(api.POST('/api/citizen/files', { body: { file }, bodySerializer: asForm }));
  return { id: stored.id, name: stored.name, contentType: stored.contentType, size: stored.size };
}
