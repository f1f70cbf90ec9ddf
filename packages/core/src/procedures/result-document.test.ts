import { describe, expect, it } from 'vitest';
import { resultDocumentName } from './result-document.js';

describe('the name of the document a procedure issues', () => {
  it.each([
    ['Giấy khai sinh (bản chính), bản sao Giấy khai sinh nếu có yêu cầu', 'Giấy khai sinh'],
    ['Giấy chứng nhận kết hôn (02 bản chính, mỗi bên vợ, chồng một bản)', 'Giấy chứng nhận kết hôn'],
    ['Giấy khai sinh; thông báo kết quả đăng ký thường trú; thẻ bảo hiểm y tế của trẻ', 'Giấy khai sinh'],
    ['Giấy khai sinh, bản sao Giấy khai sinh nếu có yêu cầu', 'Giấy khai sinh'],
    ['Giấy phép xây dựng (cấp lại)', 'Giấy phép xây dựng'],
  ])('takes the name from %j', (catalogue, name) => {
    expect(resultDocumentName(catalogue)).toBe(name);
  });

  it('keeps a name whose own words hold commas, and one without qualification', () => {
    expect(resultDocumentName('Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc')).toBe(
      'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    );
    expect(resultDocumentName('  Giấy xác nhận tình trạng hôn nhân ')).toBe('Giấy xác nhận tình trạng hôn nhân');
  });

  it('keeps the text when it opens with its qualification', () => {
    expect(resultDocumentName('(Bản điện tử) Phiếu lý lịch tư pháp')).toBe('(Bản điện tử) Phiếu lý lịch tư pháp');
  });
});
