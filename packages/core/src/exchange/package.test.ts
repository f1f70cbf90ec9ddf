import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EDXML_NAMESPACE } from './edxml-names.js';
import { parseNumberSymbol } from '../documents/index.js';
import { type DocumentContent, type ExchangePackage, type PackageProblemCode, buildPackage, exchangeAttachment, parsePackage } from './package.js';
import { readXml } from './xml.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const pdf = encoder.encode('%PDF-1.7\n% Công văn số 123/UBND-VP\n%%EOF\n');
const number = (text: string) => parseNumberSymbol(text)!;

const province = { agencyCode: '000.00.00.H29', name: 'Ủy ban nhân dân tỉnh Hà Tĩnh' };
const ministry = { agencyCode: '000.00.00.G01', name: 'Bộ Nội vụ' };
const department = { agencyCode: '000.01.21.H29', name: 'Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh' };
const commune = { agencyCode: '001.02.21.H29', name: 'Ủy ban nhân dân xã Thạch Hạ' };

const document = (overrides: Partial<DocumentContent> = {}): DocumentContent => ({
  number: number('123/UBND-VP'),
  type: 'letter',
  date: '2026-12-04',
  subject: 'Về việc triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử',
  signer: { name: 'Nguyễn Văn Thắng', position: 'Phó Chủ tịch' },
  urgency: 'urgent',
  steering: ['directive', 'reply_required'],
  deadline: '2026-12-18',
  replyTo: null,
  attachments: [exchangeAttachment('Công văn 123-UBND-VP.pdf', 'application/pdf', pdf, sha256)],
  ...overrides,
});

const header = (from = province, to = ministry) => ({
  packageId: '5f0c6a7e-2b1d-4c8e-9f3a-1d2e3f4a5b6c',
  from,
  to,
  sentAt: new Date('2026-12-05T02:15:00.000Z'),
});

const built = (pkg: ExchangePackage) => {
  const result = buildPackage(pkg, sha256);
  if (!result.ok) throw new Error(result.problem.en);
  return result.bytes;
};

describe('exchange packages', () => {
  const realLooking: Array<[string, ExchangePackage]> = [
    ['a province writes to a ministry', { kind: 'document', header: header(), document: document() }],
    [
      'a ministry decides, for a province, flash',
      {
        kind: 'document',
        header: header(ministry, province),
        document: document({ number: number('45/QĐ-BNV'), type: 'decision', urgency: 'flash', steering: [], deadline: null, subject: 'Quyết định phê duyệt kế hoạch chuyển đổi số năm 2027' }),
      },
    ],
    [
      'a commune answers the department',
      {
        kind: 'document',
        header: header(commune, department),
        document: document({
          number: number('7/BC-UBND'),
          type: 'report',
          urgency: 'normal',
          steering: ['for_information'],
          replyTo: { packageId: '0b9f4a8e-1111-4c8e-9f3a-1d2e3f4a5b6c', number: number('210/STNMT-ĐĐBĐ') },
          subject: 'Báo cáo tình hình cấp Giấy chứng nhận quyền sử dụng đất quý IV năm 2026 & kế hoạch "năm 2027" <dự thảo>',
        }),
      },
    ],
    ['the ministry reports arrival', { kind: 'status', header: header(ministry, province), refersTo: '0b9f4a8e-1111-4c8e-9f3a-1d2e3f4a5b6c', status: 'arrived', reason: null }],
    [
      'the ministry refuses, with its reason',
      { kind: 'status', header: header(ministry, province), refersTo: '0b9f4a8e-1111-4c8e-9f3a-1d2e3f4a5b6c', status: 'refused', reason: 'Gửi nhầm cơ quan: văn bản thuộc thẩm quyền của Sở Nội vụ' },
    ],
    ['the province recalls', { kind: 'control', header: header(), refersTo: '0b9f4a8e-1111-4c8e-9f3a-1d2e3f4a5b6c', action: 'recall', reason: 'Văn bản ban hành sai thể thức', replacement: null }],
    [
      'the province updates the deadline',
      { kind: 'control', header: header(), refersTo: '0b9f4a8e-1111-4c8e-9f3a-1d2e3f4a5b6c', action: 'update', reason: 'Điều chỉnh hạn xử lý', replacement: document({ deadline: '2026-12-25' }) },
    ],
    ['a province marks a document secret', { kind: 'document', header: header(), document: document({ confidentiality: 'secret' }) }],
  ];

  it.each(realLooking)('reads back what it builds: %s', (_, pkg) => {
    const reading = parsePackage(built(pkg), sha256);
    expect(reading).toEqual({ ok: true, package: pkg });
  });

  it('writes the namespace, the agency codes, the number and symbol and the Vietnamese subject as they are', () => {
    const xml = decoder.decode(built(realLooking[2]![1]));
    expect(xml).toContain(`xmlns:edXML="${EDXML_NAMESPACE}"`);
    expect(xml).toContain('<edXML:OrganId>001.02.21.H29</edXML:OrganId>');
    expect(xml).toContain('<edXML:CodeNumber>07</edXML:CodeNumber><edXML:CodeNotation>BC-UBND</edXML:CodeNotation>');
    expect(xml).toContain('<edXML:Type>BC</edXML:Type>');
    expect(xml).toContain('quý IV năm 2026 &amp; kế hoạch "năm 2027" &lt;dự thảo&gt;');
  });

  it('reads a package that binds the namespace to another prefix', () => {
    const xml = decoder.decode(built(realLooking[0]![1])).replaceAll('edXML:', 'x:').replace('xmlns:edXML=', 'xmlns:x=');
    expect(parsePackage(encoder.encode(xml), sha256)).toMatchObject({ ok: true, package: { kind: 'document', document: { number: { text: '123/UBND-VP', number: 123 }, type: 'letter' } } });
  });

  const valid = decoder.decode(built(realLooking[0]![1]));
  const status = decoder.decode(built(realLooking[3]![1]));
  const otherContent = Buffer.from('%PDF-1.7 sửa đổi').toString('base64');
  const malformed: Array<[string, string, PackageProblemCode, string | null]> = [
    ['no sender', valid.replace(/<edXML:From>.*?<\/edXML:From>/, ''), 'missing_field', 'MessageHeader/From'],
    ['no subject', valid.replace(/<edXML:Subject>.*?<\/edXML:Subject>/, '<edXML:Subject>  </edXML:Subject>'), 'missing_field', 'MessageHeader/Subject'],
    ['no package id', valid.replace(/<edXML:DocumentId>[^<]*<\/edXML:DocumentId>/, ''), 'missing_field', 'MessageHeader/DocumentId'],
    ['an agency code without its levels', valid.replace('000.00.00.G01', 'G01'), 'bad_agency_code', 'MessageHeader/To/OrganId'],
    ['an agency code of an unknown level 1', valid.replace('000.00.00.H29', '000.00.00.X29'), 'bad_agency_code', 'MessageHeader/From/OrganId'],
    ['a file changed after hashing', valid.replace(/<edXML:ContentTransfer>[^<]*</, `<edXML:ContentTransfer>${otherContent}<`).replace(/<edXML:ContentLength>\d+/, `<edXML:ContentLength>${Buffer.from(otherContent, 'base64').length}`), 'attachment_hash_mismatch', 'edXMLBody/Attachment[1]/DigestValue'],
    ['a file of another size', valid.replace(/<edXML:ContentLength>\d+/, '<edXML:ContentLength>3'), 'attachment_size_mismatch', 'edXMLBody/Attachment[1]/ContentLength'],
    ['a file that is not base64', valid.replace(/<edXML:ContentTransfer>[^<]*</, '<edXML:ContentTransfer>không phải base64<'), 'bad_value', 'edXMLBody/Attachment[1]/ContentTransfer'],
    ['no file', valid.replace(/<edXML:Attachment>.*<\/edXML:Attachment>/, ''), 'missing_field', 'edXMLBody/Attachment'],
    ['an unknown status', status.replace('<edXML:StatusCode>01', '<edXML:StatusCode>99'), 'unknown_status', 'MessageHeader/StatusInfo/StatusCode'],
    ['a refusal without reason', status.replace('<edXML:StatusCode>01', '<edXML:StatusCode>02'), 'missing_field', 'MessageHeader/StatusInfo/Description'],
    ['an unknown kind', valid.replace('<edXML:MessageType>edoc', '<edXML:MessageType>fax'), 'unknown_kind', 'MessageHeader/MessageType'],
    ['another namespace', valid.replace(EDXML_NAMESPACE, 'http://www.e-doc.vn/Schema/'), 'wrong_namespace', null],
    ['no namespace', valid.replace(` xmlns:edXML="${EDXML_NAMESPACE}"`, ''), 'wrong_namespace', null],
    ['a date that does not exist', valid.replace('<edXML:PromulgationDate>2026-12-04', '<edXML:PromulgationDate>2026-02-30'), 'bad_value', 'MessageHeader/PromulgationInfo/PromulgationDate'],
    ['a send time without offset', valid.replace(/<edXML:SentTime>[^<]*/, '<edXML:SentTime>2026-12-05T09:15:00'), 'bad_value', 'MessageHeader/SentTime'],
    ['an unknown document type', valid.replace('<edXML:Type>CV', '<edXML:Type>XYZ'), 'bad_value', 'MessageHeader/DocumentType/Type'],
    ['an unknown urgency', valid.replace('<edXML:Priority>1', '<edXML:Priority>7'), 'bad_value', 'MessageHeader/OtherInfo/Priority'],
    ['a bad number', valid.replace('<edXML:CodeNumber>123', '<edXML:CodeNumber>abc'), 'bad_value', 'MessageHeader/Code'],
    ['a header field twice', valid.replace('<edXML:Subject>', '<edXML:Subject>Thừa</edXML:Subject><edXML:Subject>'), 'bad_value', 'MessageHeader/Subject'],
    ['a DTD', valid.replace('?>\n', '?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>'), 'malformed_xml', null],
    ['an unclosed element', valid.replace('</edXML:edXMLEnvelope>', ''), 'malformed_xml', null],
    ['an unknown entity', valid.replace('Về việc', 'Về &viec;'), 'malformed_xml', null],
    ['mismatched tags', valid.replace('</edXML:Subject>', '</edXML:Subjects>'), 'malformed_xml', null],
  ];

  it.each(malformed)('refuses a package with %s', (_, xml, code, field) => {
    expect(parsePackage(encoder.encode(xml), sha256)).toMatchObject({ ok: false, problem: { code, field } });
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = encoder.encode(valid);
    bytes[bytes.indexOf(0x56)] = 0xff;
    expect(parsePackage(bytes, sha256)).toMatchObject({ ok: false, problem: { code: 'malformed_xml' } });
  });

  it('refuses an oversized package before reading it', () => {
    expect(parsePackage(new Uint8Array(30 * 1024 * 1024 + 1), sha256)).toMatchObject({ ok: false, problem: { code: 'oversized' } });
  });

  it('gives its problems in Vietnamese first, then English', () => {
    const reading = parsePackage(encoder.encode(valid.replace('000.00.00.G01', 'G01')), sha256);
    expect(reading).toMatchObject({ ok: false, problem: { vi: expect.stringContaining('Mã định danh cơ quan "G01"'), en: expect.stringContaining('Agency code "G01"') } });
  });

  it('will not build a package that a reader would refuse', () => {
    const tampered = document();
    tampered.attachments[0] = { ...tampered.attachments[0]!, sha256: sha256(encoder.encode('khác')) };
    expect(buildPackage({ kind: 'document', header: header(), document: tampered }, sha256)).toMatchObject({ ok: false, problem: { code: 'attachment_hash_mismatch' } });
    expect(buildPackage({ kind: 'document', header: header({ ...province, agencyCode: 'H29' }), document: document() }, sha256)).toMatchObject({
      ok: false,
      problem: { code: 'bad_agency_code' },
    });
    expect(buildPackage({ kind: 'document', header: header(), document: document({ subject: 'Trích yếu\u0007' }) }, sha256)).toMatchObject({ ok: false, problem: { code: 'bad_value' } });
  });
});

describe('the XML reader', () => {
  it('decodes entities, character references and CDATA', () => {
    expect(readXml('<a><b x="1 &amp; 2">&#7843;&#x1EA1; &lt;x&gt;</b><c><![CDATA[<không phải thẻ>]]></c></a>')).toEqual({
      name: 'a',
      attributes: {},
      text: '',
      children: [
        { name: 'b', attributes: { x: '1 & 2' }, children: [], text: 'ảạ <x>' },
        { name: 'c', attributes: {}, children: [], text: '<không phải thẻ>' },
      ],
    });
  });

  it.each([
    ['a second root', '<a/><b/>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['an attribute twice', '<a x="1" x="2"/>'],
    ['text beside elements', '<a>chữ<b/></a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a processing instruction', '<a><?php x ?></a>'],
    ['a deep nesting', `${'<a>'.repeat(40)}${'</a>'.repeat(40)}`],
    ['an encoding other than UTF-8', '<?xml version="1.0" encoding="ISO-8859-1"?><a/>'],
  ])('refuses %s', (_, xml) => {
    expect(() => readXml(xml)).toThrow();
  });
});
