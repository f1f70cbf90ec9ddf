import { describe, expect, it } from 'vitest';
import { contentDisposition } from './http.js';

describe('the file name of a paper', () => {
  it('is Vietnamese in filename* (RFC 5987) and plain ASCII in filename', () => {
    expect(contentDisposition('Đơn đề nghị (bản sao) 001.pdf')).toBe(
      `inline; filename="Don de nghi (ban sao) 001.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20%28b%E1%BA%A3n%20sao%29%20001.pdf`,
    );
  });

  it('cannot break out of the quoted ASCII name', () => {
    expect(contentDisposition('a"b\\c\r\n.pdf')).toBe(`inline; filename="a_b_c__.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0A.pdf`);
  });
});
