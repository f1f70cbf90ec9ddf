import type { StoredFile } from '@motcua/contract';
import { api, asForm, dataOf } from '../shared/api.js';
import type { Text } from '../shared/i18n.js';
import { receptionTexts } from './texts.js';

/** What the server accepts (files module): checked here too, so that a wrong file fails at once. */
const SCANS = { types: ['application/pdf', 'image/jpeg', 'image/png'], names: /\.(pdf|jpe?g|png)$/i, wrongType: receptionTexts.badType };
export const ACCEPT_ATTRIBUTE = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
/** A result document to sign must be a PDF. */
const PDFS = { types: ['application/pdf'], names: /\.pdf$/i, wrongType: receptionTexts.notPdf };
export const ACCEPT_PDF = '.pdf,application/pdf';
const MAX_BYTES = 10 * 1024 * 1024;

/** Why a file cannot be uploaded as a scan (or as a PDF only), or undefined when it can. */
export function fileProblem(file: File, kind: 'scan' | 'pdf' = 'scan'): Text | undefined {
  const accepted = kind === 'pdf' ? PDFS : SCANS;
  if (!accepted.types.includes(file.type) && !accepted.names.test(file.name)) return accepted.wrongType;
  if (file.size > MAX_BYTES) return receptionTexts.tooBig;
  return undefined;
}

export function uploadFile(file: File): Promise<StoredFile> {
  return dataOf(api.POST('/api/v1/files', { body: { file }, bodySerializer: asForm }));
}

export const dossierFileUrl = (code: string, fileId: string) => `/api/v1/dossiers/${encodeURIComponent(code)}/files/${fileId}`;

/** An official paper of the dossier as a PDF (receipt, supplement request, control record …). */
export const paperUrl = (code: string, paper: string) => `/api/v1/dossiers/${encodeURIComponent(code)}/papers/${paper}.pdf`;
