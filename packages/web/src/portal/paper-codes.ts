import { isDossierCode } from '@motcua/core';

/**
 * The codes people type from paper: a dossier's (receipt) and a signed result's (verification
 * code). Both forms check the shape here, so that a mistyped code gets a precise message without
 * a round trip, and the server's page table works out the same reads from the address.
 */

export type CodeProblem = 'missing' | 'malformed' | undefined;

const problemOf = (code: string, wellFormed: (code: string) => boolean): CodeProblem => (code === '' ? 'missing' : wellFormed(code) ? undefined : 'malformed');

/** Dossier codes are printed in capitals; people type them with stray spaces or small letters. */
export const normaliseDossierCode = (value: string) => value.trim().toUpperCase();

export const dossierCodeProblem = (code: string) => problemOf(code, isDossierCode);

// As the server issues them (results/issue.ts): ten characters, no 0/O or 1/I.
const VERIFICATION_CODE = /^[A-HJ-NP-Z2-9]{10}$/;

/** Verification codes are read off the document in groups: small letters, spaces or dashes between them. */
export const normaliseVerificationCode = (value: string) => value.toUpperCase().replace(/[\s-]/g, '');

export const verificationCodeProblem = (code: string) => problemOf(code, (candidate) => VERIFICATION_CODE.test(candidate));
