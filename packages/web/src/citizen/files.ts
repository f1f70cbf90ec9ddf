import { api } from '../shared/api.js';
import type { Text } from '../shared/i18n.js';
import type { UploadedFile } from './model.js';
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

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

// The draft keeps only file ids; the names are remembered for this browser tab so that a draft
// resumed in the same session still shows them (sessionStorage forgets them when the tab closes,
// which suits a shared computer at a public access point).
const NAMES_KEY = 'motcua.citizen.fileNames';

function knownNames(): Record<string, string> {
  try {
    return JSON.parse(sessionStorage.getItem(NAMES_KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

function rememberName(file: UploadedFile): void {
  try {
    sessionStorage.setItem(NAMES_KEY, JSON.stringify({ ...knownNames(), [file.id]: file.name }));
  } catch {
    // Storage full or disabled: names are a convenience only.
  }
}

/** Names of files uploaded earlier in this tab; unknown ids get `fallback(position)`. */
export function namedFiles(ids: string[], fallback: (position: number) => string): UploadedFile[] {
  const names = knownNames();
  return ids.map((id, index) => ({ id, name: names[id] ?? fallback(index + 1) }));
}

export async function uploadFile(file: File): Promise<UploadedFile> {
  const contentBase64 = await readAsBase64(file);
  const stored = await api<UploadedFile>('POST', '/api/public/files', { name: file.name, contentBase64 });
  const uploaded = { id: stored.id, name: stored.name };
  rememberName(uploaded);
  return uploaded;
}
