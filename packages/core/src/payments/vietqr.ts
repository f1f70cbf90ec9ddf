/**
 * VietQR: the NAPAS bank-transfer QR, in the EMVCo merchant-presented format. Each field is a TLV
 * (two-digit tag, two-digit length, value); the last one (`63`) is the CRC-16/CCITT-FALSE of
 * everything before it, its own tag and length included.
 */

export const NAPAS_GUID = 'A000000727';
/** The NAPAS service "transfer to an account by QR". */
export const TRANSFER_TO_ACCOUNT = 'QRIBFTTA';
const VND = '704';

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR) of the text's UTF-8 bytes. */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export function emvField(tag: string, value: string): string {
  if (!/^\d{2}$/.test(tag)) throw new Error(`An EMV tag is two digits, not "${tag}"`);
  if (value.length > 99) throw new Error(`EMV field ${tag} is longer than 99 characters`);
  return `${tag}${String(value.length).padStart(2, '0')}${value}`;
}

export interface EmvField {
  tag: string;
  value: string;
}

/** The fields of an EMV string, in order; throws on a length that runs past the end. */
export function readEmvFields(text: string): EmvField[] {
  const fields: EmvField[] = [];
  let at = 0;
  while (at < text.length) {
    const tag = text.slice(at, at + 2);
    const length = Number(text.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(text.slice(at + 2, at + 4)) || at + 4 + length > text.length) {
      throw new Error(`Malformed EMV field at position ${at}`);
    }
    fields.push({ tag, value: text.slice(at + 4, at + 4 + length) });
    at += 4 + length;
  }
  return fields;
}

const crcHex = (text: string) => crc16CcittFalse(text).toString(16).toUpperCase().padStart(4, '0');

/** The string with its CRC field appended. */
export function withCrc(withoutCrc: string): string {
  const head = `${withoutCrc}6304`;
  return `${head}${crcHex(head)}`;
}

/** The string ends in a CRC field that matches what comes before it. */
export function hasValidCrc(text: string): boolean {
  return text.length > 8 && text.slice(-8, -4) === '6304' && text.slice(-4) === crcHex(text.slice(0, -4));
}

export interface VietQrTransfer {
  /** The receiving bank's six-digit BIN (e.g. 970436 for Vietcombank). */
  bankBin: string;
  accountNumber: string;
  amountVnd: number;
  /** What the payer's bank puts in the transfer's description: the statement is matched on it. */
  reference: string;
}

/** The dynamic VietQR string of one transfer of a fixed amount with a reference. */
export function vietQrString(transfer: VietQrTransfer): string {
  if (!/^\d{6}$/.test(transfer.bankBin)) throw new Error('A bank BIN is six digits');
  if (!/^[0-9A-Za-z]{1,19}$/.test(transfer.accountNumber)) throw new Error('An account number is up to 19 letters and digits');
  if (!Number.isInteger(transfer.amountVnd) || transfer.amountVnd <= 0) throw new Error('The amount is a positive whole number of đồng');
  if (!/^[0-9A-Z]{1,25}$/.test(transfer.reference)) throw new Error('A transfer reference is up to 25 capital letters and digits');
  const beneficiary = emvField('00', transfer.bankBin) + emvField('01', transfer.accountNumber);
  const merchantAccount = emvField('00', NAPAS_GUID) + emvField('01', beneficiary) + emvField('02', TRANSFER_TO_ACCOUNT);
  return withCrc(
    emvField('00', '01') +
      emvField('01', '12') +
      emvField('38', merchantAccount) +
      emvField('53', VND) +
      emvField('54', String(transfer.amountVnd)) +
      emvField('58', 'VN') +
      emvField('62', emvField('08', transfer.reference)),
  );
}
