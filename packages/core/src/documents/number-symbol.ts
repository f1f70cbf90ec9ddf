import { vietnamDate } from '../calendar/vietnam-time.js';
import { DOCUMENT_TYPES, type DocumentType, documentTypeOfAbbreviation } from './kinds.js';

/**
 * The number and symbol of an administrative document (Decree 30/2020, Appendix I): `12/QĐ-UBND`
 * (number, type abbreviation, issuing agency abbreviation) or, for a letter, which has no type
 * abbreviation, `45/UBND-VP` (agency, then the drafting unit).
 */
export interface NumberSymbol {
  number: number;
  type: DocumentType;
  /** The issuing agency's abbreviation: `UBND`, `SNV`. */
  agency: string;
  /** The drafting unit's abbreviation (`VP`), written after the agency's in a letter's symbol. */
  unit?: string | null | undefined;
}

/** Numbers under 10 are written with a leading zero (`05/QĐ-UBND`). */
const numberText = (number: number) => String(number).padStart(2, '0');

/** `12/QĐ-UBND`, `45/UBND-VP`; the unit goes after the agency only in a letter. */
export function formatNumberSymbol({ number, type, agency, unit }: NumberSymbol): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`A document number is a positive integer: ${number}`);
  const abbreviation = DOCUMENT_TYPES[type].abbreviation;
  const symbol = abbreviation === null ? [agency, unit].filter(Boolean).join('-') : `${abbreviation}-${agency}`;
  return `${numberText(number)}/${symbol.normalize('NFC')}`;
}

/** A number and symbol as read from a document, perhaps one of another agency's. */
export interface ParsedNumberSymbol {
  number: number;
  /** The year written in a legal document's number (`12/2024/NĐ-CP`), or null. */
  year: number | null;
  /** What follows the number (and year): `QĐ-UBND`. */
  symbol: string;
  /** The type its abbreviation names; a symbol without a known type abbreviation is a letter's. */
  type: DocumentType;
  /** The issuer's parts: for a letter, the agency then its unit(s). */
  issuer: string[];
  /** The whole, as it is written: `12/QĐ-UBND`. */
  text: string;
}

const PREFIX = /^s[ốo]\s*[:.]?\s*/iu;
const SHAPE = /^(\d{1,6})\/(?:(\d{4})\/)?([\p{L}\d]+(?:-[\p{L}\d]+)*)$/u;

/**
 * Reads a number and symbol as clerks type or scan it: NFC, with or without `Số:`, with spaces
 * around the slashes and dashes. Null when it is not one. A symbol whose first part is a type
 * abbreviation is read as that type; otherwise it is a letter's.
 */
export function parseNumberSymbol(input: string): ParsedNumberSymbol | null {
  const compact = input
    .normalize('NFC')
    .trim()
    .replace(PREFIX, '')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/[–—]/g, '-');
  const match = SHAPE.exec(compact);
  if (!match) return null;
  const number = Number(match[1]);
  if (number < 1) return null;
  const parts = match[3]!.split('-');
  const type = parts.length > 1 ? documentTypeOfAbbreviation(parts[0]!) : undefined;
  const symbol = parts.join('-');
  return {
    number,
    year: match[2] ? Number(match[2]) : null,
    symbol,
    type: type ?? 'letter',
    issuer: type ? parts.slice(1) : parts,
    text: `${numberText(number)}/${match[2] ? `${match[2]}/` : ''}${symbol}`,
  };
}

/** The registers an agency numbers documents in, each its own sequence. */
export const DOCUMENT_REGISTERS = ['incoming', 'outgoing'] as const;
export type DocumentRegister = (typeof DOCUMENT_REGISTERS)[number];

/**
 * The sequence a document's number is drawn from: per agency, per register, per calendar year in
 * Vietnam (numbers restart at 01 on 1 January, Vietnam time). The outgoing sequence is one for
 * all types of an agency's documents (Decree 30/2020, art. 15), so the type is not part of it.
 */
export interface RegisterSequence {
  agencyId: string;
  register: DocumentRegister;
  year: number;
}

export function registerSequence(agencyId: string, register: DocumentRegister, at: Date): RegisterSequence {
  return { agencyId, register, year: Number(vietnamDate(at).slice(0, 4)) };
}

/**
 * The words a register search looks for: lower case, without diacritics (đ → d, as the database's
 * search_key folds them), split at anything that is not a letter or a digit, so that `1234/SNV`
 * looks for `1234` and `snv`.
 */
export function registerSearchWords(query: string): string[] {
  return (
    query
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}
