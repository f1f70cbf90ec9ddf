import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IPN_ANSWERS, hasValidSignature, ipnVerdict, sign, signedData } from './gateway-pattern.js';

const hmac = (secret: string, data: string) => createHmac('sha512', secret).update(data, 'utf8').digest('hex');
const SECRET = 'SECRETKEYFORTESTS';

// As a gateway sends them: in no order, with the signature's type and an empty parameter beside.
const ipn = {
  vnp_TxnRef: 'MCK7Q3X9PA2B',
  vnp_TmnCode: 'MOTCUA01',
  vnp_BankCode: '',
  vnp_OrderInfo: 'Thanh toan le phi ho so 000.00.01.H01-261204-0001',
  vnp_ResponseCode: '00',
  vnp_Amount: '5000000',
  vnp_TransactionNo: '14226112',
};
// Computed apart from this code: printf '%s' '<the signed data>' | openssl dgst -sha512 -hmac SECRETKEYFORTESTS
const OPENSSL_SIGNATURE = '11e20eccf1b571e3f6e87ffb54e79f199c35c54c77b7dc211345010dc131e694494ba1bc77d6ce8169ef431db93634824611a8c433dcf761d0410979a7a83c2c';

describe('the signature of the gateway pattern', () => {
  it('signs the non-empty parameters sorted by name and URL-encoded, a space as +', () => {
    expect(signedData({ ...ipn, vnp_SecureHashType: 'HmacSHA512', vnp_SecureHash: 'ignored' })).toBe(
      'vnp_Amount=5000000&vnp_OrderInfo=Thanh+toan+le+phi+ho+so+000.00.01.H01-261204-0001&vnp_ResponseCode=00&vnp_TmnCode=MOTCUA01&vnp_TransactionNo=14226112&vnp_TxnRef=MCK7Q3X9PA2B',
    );
    expect(signedData({ vnp_OrderInfo: 'Lệ phí & phí', vnp_Amount: '1' })).toBe('vnp_Amount=1&vnp_OrderInfo=L%E1%BB%87+ph%C3%AD+%26+ph%C3%AD');
  });

  it('gives the HMAC-SHA512 openssl gives, and checks it', () => {
    const signed = sign(ipn, SECRET, hmac);
    expect(signed.vnp_SecureHash).toBe(OPENSSL_SIGNATURE);
    expect(hasValidSignature(signed, SECRET, hmac)).toBe(true);
    // Some gateways send the hexadecimal in capitals.
    expect(hasValidSignature({ ...signed, vnp_SecureHash: OPENSSL_SIGNATURE.toUpperCase() }, SECRET, hmac)).toBe(true);
  });

  it('refuses a signature made with another secret, a changed parameter, or none', () => {
    const signed = sign(ipn, SECRET, hmac);
    expect(hasValidSignature(signed, 'another secret', hmac)).toBe(false);
    expect(hasValidSignature({ ...signed, vnp_Amount: '500000000' }, SECRET, hmac)).toBe(false);
    expect(hasValidSignature({ ...signed, vnp_Extra: 'x' }, SECRET, hmac)).toBe(false);
    expect(hasValidSignature(ipn, SECRET, hmac)).toBe(false);
    expect(hasValidSignature({ ...signed, vnp_SecureHash: OPENSSL_SIGNATURE.slice(0, -1) }, SECRET, hmac)).toBe(false);
  });
});

describe('the answer to an IPN', () => {
  const pending = { status: 'pending' as const, amountVnd: 50_000 };
  const verdict = (facts: Partial<Parameters<typeof ipnVerdict>[0]>) => ipnVerdict({ signatureValid: true, attempt: pending, params: ipn, ...facts });

  it('confirms a signed payment of the amount asked (00), and records a failed one as failed (still 00)', () => {
    expect(verdict({})).toEqual({ answer: IPN_ANSWERS.confirmed, effect: 'settle' });
    expect(verdict({ params: { ...ipn, vnp_ResponseCode: '24' } })).toEqual({ answer: IPN_ANSWERS.confirmed, effect: 'fail' });
    expect(verdict({ params: { ...ipn, vnp_TransactionStatus: '02' } })).toEqual({ answer: IPN_ANSWERS.confirmed, effect: 'fail' });
    expect(IPN_ANSWERS.confirmed.RspCode).toBe('00');
  });

  it('answers 97 to a bad signature before looking anything up', () => {
    expect(verdict({ signatureValid: false, attempt: undefined })).toEqual({ answer: { RspCode: '97', Message: 'Invalid signature' }, effect: 'none' });
  });

  it('answers 01 to an order it does not know', () => {
    expect(verdict({ attempt: undefined }).answer.RspCode).toBe('01');
  });

  it('answers 04 to another amount (hundredths of a đồng), even for a settled order', () => {
    expect(verdict({ params: { ...ipn, vnp_Amount: '500000' } })).toEqual({ answer: IPN_ANSWERS.invalidAmount, effect: 'none' });
    expect(verdict({ attempt: { status: 'paid', amountVnd: 60_000 } }).answer.RspCode).toBe('04');
  });

  it('answers 02 to an IPN repeated after the order was settled or failed, changing nothing', () => {
    expect(verdict({ attempt: { ...pending, status: 'paid' } })).toEqual({ answer: IPN_ANSWERS.alreadyConfirmed, effect: 'none' });
    expect(verdict({ attempt: { ...pending, status: 'failed' } }).answer.RspCode).toBe('02');
  });

  it('has the code 99 for what went wrong on our side', () => {
    expect(IPN_ANSWERS.otherError.RspCode).toBe('99');
  });
});
