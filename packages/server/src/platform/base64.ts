import { AppError } from './errors.js';

/**
 * Decodes base64 sent by a client, strictly: the standard alphabet, no white space, a length that
 * is a multiple of four and padding only at the end. Node's own decoder skips whatever it does not
 * understand, so a damaged or tampered body would silently become other bytes.
 */
export function decodeBase64(value: string, field: string): Buffer {
  const decoded = Buffer.from(value, 'base64');
  // Re-encoding gives back exactly the input only when every character was a valid, canonical one.
  if (decoded.toString('base64') !== value) {
    throw new AppError(400, 'invalid_base64', 'Nội dung tệp không phải base64 hợp lệ.', 'The content is not valid base64.', field);
  }
  return decoded;
}
