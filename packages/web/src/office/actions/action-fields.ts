import type { ActionField } from '@motcua/core';
import type { Translate } from '../../shared/i18n.js';
import type { Scan } from '../reception/ScanUpload.js';
import { actionTexts as texts } from '../texts.js';
import type { OfficeDossier } from '@motcua/contract';
import type { MissingComponent } from './MissingComponentsInput.js';
import type { ResultFile } from './ResultFileInput.js';

/** What the officer has entered in one field of an action's form, by the field's kind. */
export type FieldState =
  | { kind: 'comment' | 'integer' | 'text' | 'amount' | 'choice' | 'officer'; text: string }
  | { kind: 'flag'; checked: boolean }
  | { kind: 'pdf_file'; file: ResultFile }
  | { kind: 'file_ids'; scans: Scan[] }
  | { kind: 'missing_documents'; items: MissingComponent[] }
  | { kind: 'component_files'; scans: Record<string, Scan[]> };

/** Where a choice starts from what the dossier already says: the result goes back as the applicant chose. */
const STARTING_CHOICE: Record<string, (dossier: OfficeDossier) => string> = {
  returnMethod: (dossier) => (dossier.delivery.method === 'electronic' ? 'electronic' : 'in_person'),
};

export function initialState(field: ActionField, dossier: OfficeDossier, t: Translate): FieldState {
  switch (field.kind) {
    case 'comment':
      return { kind: 'comment', text: field.prefill ? t(field.prefill) : '' };
    case 'choice':
      return { kind: 'choice', text: STARTING_CHOICE[field.name]?.(dossier) ?? field.options[0]!.value };
    case 'integer':
    case 'text':
    case 'amount':
    case 'officer':
      return { kind: field.kind, text: '' };
    case 'flag':
      return { kind: 'flag', checked: false };
    case 'pdf_file':
      return { kind: 'pdf_file', file: { status: 'none' } };
    case 'file_ids':
      return { kind: 'file_ids', scans: [] };
    case 'missing_documents':
      return { kind: 'missing_documents', items: [{ name: '', reason: '' }] };
    case 'component_files':
      return { kind: 'component_files', scans: {} };
  }
}

const doneIds = (scans: Scan[]) => scans.flatMap((scan) => (scan.status === 'done' && scan.id ? [scan.id] : []));
const stillUploading = (scans: Scan[]) => scans.some((scan) => scan.status === 'uploading');

/** Why the field cannot be sent as it is (the server checks the same bounds), or undefined. */
export function fieldProblem(field: ActionField, state: FieldState, t: Translate): string | undefined {
  switch (state.kind) {
    case 'comment':
      return field.required && !state.text.trim() ? t(texts.reasonRequired) : undefined;
    case 'officer':
      return field.required && !state.text ? t(texts.officerRequired) : undefined;
    case 'text': {
      const text = state.text.trim();
      if (!text) return field.required ? t(texts.valueRequired) : undefined;
      return field.kind === 'text' && field.pattern && !new RegExp(field.pattern).test(text) ? t(texts.valueInvalid) : undefined;
    }
    case 'flag':
      return undefined;
    case 'integer':
    case 'amount': {
      if (!state.text.trim()) return field.required ? t(texts.valueRequired) : undefined;
      const value = Number(state.text);
      const bounds = field.kind === 'integer' || field.kind === 'amount' ? field : undefined;
      return Number.isInteger(value) && bounds && value >= bounds.minimum && value <= bounds.maximum ? undefined : t(texts.valueRequired);
    }
    case 'choice':
      return undefined;
    case 'pdf_file':
      // Sending while the chosen file is not there would go on without it, unasked.
      if (state.file.status === 'uploading') return t(texts.uploadWait);
      return state.file.status === 'failed' ? state.file.error : undefined;
    case 'file_ids':
      return stillUploading(state.scans) ? t(texts.uploadWait) : undefined;
    case 'component_files':
      return Object.values(state.scans).some(stillUploading) ? t(texts.uploadWait) : undefined;
    case 'missing_documents':
      return undefined;
  }
}

/** The field's value in the action's body, or undefined to leave it out. */
export function bodyValue(state: FieldState): unknown {
  switch (state.kind) {
    case 'comment':
    case 'text':
      return state.text.trim() || undefined;
    case 'flag':
      return state.checked || undefined;
    case 'choice':
    case 'officer':
      return state.text || undefined;
    case 'integer':
    case 'amount':
      return state.text.trim() ? Number(state.text) : undefined;
    case 'pdf_file':
      return state.file.status === 'done' ? state.file.id : undefined;
    case 'file_ids': {
      const ids = doneIds(state.scans);
      return ids.length > 0 ? ids : undefined;
    }
    case 'missing_documents': {
      const listed = state.items.filter((item) => item.name.trim()).map((item) => ({ name: item.name.trim(), reason: item.reason.trim() }));
      return listed.length > 0 ? listed : undefined;
    }
    case 'component_files': {
      const added = Object.entries(state.scans).flatMap(([code, scans]) => (doneIds(scans).length > 0 ? [{ code, fileIds: doneIds(scans) }] : []));
      return added.length > 0 ? added : undefined;
    }
  }
}
