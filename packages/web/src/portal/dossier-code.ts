import { isDossierCode } from '@motcua/core';

/** Codes are printed in capitals; people type them from paper, often with stray spaces or small letters. */
export const normaliseDossierCode = (value: string) => value.trim().toUpperCase();

export type DossierCodeProblem = 'missing' | 'malformed' | undefined;

export function dossierCodeProblem(code: string): DossierCodeProblem {
  if (code === '') return 'missing';
  return isDossierCode(code) ? undefined : 'malformed';
}
