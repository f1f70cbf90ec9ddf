import { isDossierCode } from './dossier-code.js';
import { readDossierCode } from './scanned-code.js';
import { isVerificationCode } from './verification-code.js';

/**
 * The codes people type from paper: a dossier's (receipt) and a signed result's (verification
 * code). Forms check the shape before asking, so that a mistyped code gets a precise message
 * without a round trip, and the server works out the same reads from a page's address.
 */
export type CodeProblem = 'missing' | 'malformed' | undefined;

const problemOf = (code: string, wellFormed: (code: string) => boolean): CodeProblem => (code === '' ? 'missing' : wellFormed(code) ? undefined : 'malformed');

/**
 * Dossier codes are printed in capitals; people type them with stray spaces or small letters, or
 * scan the receipt's QR code or barcode into the box (readDossierCode).
 */
export const normaliseDossierCode = (value: string) => readDossierCode(value) ?? value.trim().toUpperCase();

export const dossierCodeProblem = (code: string) => problemOf(code, isDossierCode);

export const verificationCodeProblem = (code: string) => problemOf(code, isVerificationCode);
