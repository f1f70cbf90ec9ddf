import { isAgencyCode } from '../codes/agency-code.js';
import { type Confidentiality, type DocumentType, type ParsedNumberSymbol, type Urgency, parseNumberSymbol } from '../documents/index.js';
import {
  EDXML_CONTROL_ACTIONS,
  EDXML_ELEMENTS as E,
  EDXML_NAMESPACE,
  EDXML_PACKAGE_KINDS,
  EDXML_PREFIX,
  EDXML_SECURITY_CODES,
  EDXML_STATUS_CODES,
  EDXML_STEERING_CODES,
  EDXML_URGENCY_CODES,
  documentTypeOfEdxmlCode,
  edxmlTypeCode,
} from './edxml-names.js';
import { type XmlElement, XmlSyntaxError, readXml, writeXml, xmlElement } from './xml.js';

/**
 * The packages installations exchange (modelled on edXML, see edxml-names.ts): a document with its
 * signed files, a status the receiver sends back as the document moves, and a control package by
 * which the sender recalls or updates what it sent. Each names the package it refers to by id.
 */
export const EXCHANGE_STATUSES = ['arrived', 'refused', 'accepted', 'assigned', 'in_progress', 'finished'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

export const STEERING_FLAGS = ['directive', 'reply_required', 'for_information'] as const;
export type SteeringFlag = (typeof STEERING_FLAGS)[number];

export const CONTROL_ACTIONS = ['recall', 'update'] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

export const EXCHANGE_LIMITS = {
  /** A whole package, files included, as bytes on the wire. */
  packageBytes: 30 * 1024 * 1024,
  attachments: 50,
  subjectLength: 2000,
  textLength: 500,
} as const;

/** SHA-256 of the bytes as lowercase hex: the caller's (node:crypto on the server), core does no I/O. */
export type Sha256Hex = (bytes: Uint8Array) => string;

export interface ExchangeParty {
  agencyCode: string;
  name: string;
}

export interface PackageHeader {
  packageId: string;
  from: ExchangeParty;
  to: ExchangeParty;
  sentAt: Date;
}

export interface ExchangeAttachment {
  name: string;
  contentType: string;
  sha256: string;
  size: number;
  content: Uint8Array;
}

export interface DocumentContent {
  number: ParsedNumberSymbol;
  type: DocumentType;
  /** Ngày ban hành, YYYY-MM-DD. */
  date: string;
  subject: string;
  signer: { name: string; position: string };
  urgency: Urgency;
  /** Độ mật; absent on the wire when normal. A receiver refuses a classified document. */
  confidentiality?: Confidentiality;
  steering: SteeringFlag[];
  /** Hạn xử lý, YYYY-MM-DD, if the sender sets one. */
  deadline: string | null;
  /** The document this one answers: its package id, its number and symbol, or both. */
  replyTo: { packageId: string | null; number: ParsedNumberSymbol | null } | null;
  attachments: ExchangeAttachment[];
}

export type ExchangePackage =
  | { kind: 'document'; header: PackageHeader; document: DocumentContent }
  | { kind: 'status'; header: PackageHeader; refersTo: string; status: ExchangeStatus; reason: string | null }
  | { kind: 'control'; header: PackageHeader; refersTo: string; action: ControlAction; reason: string; replacement: DocumentContent | null };

export const PACKAGE_PROBLEM_CODES = [
  'oversized',
  'malformed_xml',
  'wrong_namespace',
  'missing_field',
  'bad_value',
  'bad_agency_code',
  'unknown_kind',
  'unknown_status',
  'unknown_action',
  'too_many_attachments',
  'attachment_size_mismatch',
  'attachment_hash_mismatch',
] as const;
export type PackageProblemCode = (typeof PACKAGE_PROBLEM_CODES)[number];

export interface PackageProblem {
  code: PackageProblemCode;
  /** Where in the package, as a path of element names: `MessageHeader/From/OrganId`. */
  field: string | null;
  vi: string;
  en: string;
}

export type PackageReading = { ok: true; package: ExchangePackage } | { ok: false; problem: PackageProblem };

class Refusal extends Error {
  constructor(readonly problem: PackageProblem) {
    super(problem.en);
  }
}

const refuse = (code: PackageProblemCode, field: string | null, vi: string, en: string): never => {
  throw new Refusal({ code, field, vi, en });
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export const isPackageId = (value: string) => UUID.test(value);

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

// --- Reading -------------------------------------------------------------------------------

/** Finds elements by local name under the prefix the package bound to the namespace. */
class Scope {
  constructor(readonly prefix: string) {}

  name(local: string): string {
    return this.prefix ? `${this.prefix}:${local}` : local;
  }

  all(parent: XmlElement, local: string): XmlElement[] {
    return parent.children.filter((child) => child.name === this.name(local));
  }

  optional(parent: XmlElement, local: string, path: string): XmlElement | undefined {
    const found = this.all(parent, local);
    if (found.length > 1) refuse('bad_value', `${path}/${local}`, `Trường ${path}/${local} xuất hiện nhiều lần.`, `${path}/${local} appears more than once.`);
    return found[0];
  }

  required(parent: XmlElement, local: string, path: string): XmlElement {
    return this.optional(parent, local, path) ?? refuse('missing_field', `${path}/${local}`, `Gói tin thiếu trường ${path}/${local}.`, `The package lacks ${path}/${local}.`);
  }

  optionalText(parent: XmlElement, local: string, path: string, maxLength: number = EXCHANGE_LIMITS.textLength): string | null {
    const element = this.optional(parent, local, path);
    if (!element) return null;
    const text = element.text.normalize('NFC').trim();
    if (element.children.length > 0) refuse('bad_value', `${path}/${local}`, `Trường ${path}/${local} phải là văn bản.`, `${path}/${local} must be text.`);
    if (text.length > maxLength) refuse('bad_value', `${path}/${local}`, `Trường ${path}/${local} dài quá ${maxLength} ký tự.`, `${path}/${local} is longer than ${maxLength} characters.`);
    return text === '' ? null : text;
  }

  requiredText(parent: XmlElement, local: string, path: string, maxLength?: number): string {
    return (
      this.optionalText(parent, local, path, maxLength) ??
      refuse('missing_field', `${path}/${local}`, `Gói tin thiếu trường ${path}/${local}.`, `The package lacks ${path}/${local}.`)
    );
  }
}

const badValue = (field: string, valueVi: string, valueEn: string) =>
  refuse('bad_value', field, `Trường ${field} không hợp lệ: ${valueVi}.`, `${field} is not valid: ${valueEn}.`);

function codeOf<Key extends string>(codes: Record<Key, string>, value: string): Key | undefined {
  return (Object.keys(codes) as Key[]).find((key) => codes[key] === value);
}

function readPackageId(scope: Scope, parent: XmlElement, local: string, path: string): string {
  const value = scope.requiredText(parent, local, path).toLowerCase();
  if (!UUID.test(value)) badValue(`${path}/${local}`, 'cần một UUID', 'expected a UUID');
  return value;
}

function readDate(scope: Scope, parent: XmlElement, local: string, path: string): string | null {
  const value = scope.optionalText(parent, local, path);
  if (value !== null && !isCalendarDate(value)) badValue(`${path}/${local}`, 'cần ngày dạng YYYY-MM-DD', 'expected a date as YYYY-MM-DD');
  return value;
}

function readParty(scope: Scope, header: XmlElement, local: string, path: string): ExchangeParty {
  const party = scope.required(header, local, path);
  const partyPath = `${path}/${local}`;
  const agencyCode = scope.requiredText(party, E.organId, partyPath);
  if (!isAgencyCode(agencyCode)) {
    refuse(
      'bad_agency_code',
      `${partyPath}/${E.organId}`,
      `Mã định danh cơ quan "${agencyCode}" không đúng dạng ddd.dd.dd.Xdd (ví dụ 000.00.00.H29).`,
      `Agency code "${agencyCode}" is not of the form ddd.dd.dd.Xdd (e.g. 000.00.00.H29).`,
    );
  }
  return { agencyCode, name: scope.requiredText(party, E.organName, partyPath) };
}

function readNumber(scope: Scope, parent: XmlElement, path: string): ParsedNumberSymbol {
  const code = scope.required(parent, E.code, path);
  const codePath = `${path}/${E.code}`;
  const text = `${scope.requiredText(code, E.codeNumber, codePath)}/${scope.requiredText(code, E.codeNotation, codePath)}`;
  return parseNumberSymbol(text) ?? badValue(codePath, `số và ký hiệu "${text}"`, `number and symbol "${text}"`);
}

function readAttachment(scope: Scope, element: XmlElement, path: string, sha256: Sha256Hex): ExchangeAttachment {
  const name = scope.requiredText(element, E.attachmentName, path, 255);
  const contentType = scope.requiredText(element, E.contentType, path, 255);
  if (!CONTENT_TYPE.test(contentType)) badValue(`${path}/${E.contentType}`, `kiểu nội dung "${contentType}"`, `content type "${contentType}"`);
  const declaredHash = scope.requiredText(element, E.digest, path).toLowerCase();
  if (!SHA256_HEX.test(declaredHash)) badValue(`${path}/${E.digest}`, 'cần SHA-256 dạng hex', 'expected a hex SHA-256');
  const declaredSize = scope.requiredText(element, E.size, path);
  if (!/^\d{1,12}$/.test(declaredSize)) badValue(`${path}/${E.size}`, 'cần số byte', 'expected a number of bytes');
  const encoded = scope.requiredText(element, E.content, path, EXCHANGE_LIMITS.packageBytes).replace(/\s+/g, '');
  if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) badValue(`${path}/${E.content}`, 'nội dung không phải base64', 'the content is not base64');
  const content = decodeBase64(encoded);
  if (content.length !== Number(declaredSize)) {
    refuse(
      'attachment_size_mismatch',
      `${path}/${E.size}`,
      `Tệp "${name}" có ${content.length} byte, khác kích thước khai báo ${declaredSize}.`,
      `File "${name}" has ${content.length} bytes, not the declared ${declaredSize}.`,
    );
  }
  if (sha256(content) !== declaredHash) {
    refuse(
      'attachment_hash_mismatch',
      `${path}/${E.digest}`,
      `Mã băm SHA-256 của tệp "${name}" không khớp với giá trị khai báo: tệp đã bị thay đổi hoặc hỏng.`,
      `The SHA-256 of file "${name}" does not match the declared one: the file was changed or damaged.`,
    );
  }
  return { name, contentType, sha256: declaredHash, size: content.length, content };
}

function readDocument(scope: Scope, header: XmlElement, body: XmlElement | undefined, path: string, sha256: Sha256Hex): DocumentContent {
  const number = readNumber(scope, header, path);
  const typePath = `${path}/${E.documentType}`;
  const typeCode = scope.requiredText(scope.required(header, E.documentType, path), E.typeCode, typePath);
  const type = documentTypeOfEdxmlCode(typeCode) ?? badValue(`${typePath}/${E.typeCode}`, `loại văn bản "${typeCode}"`, `document type "${typeCode}"`);
  const promulgationPath = `${path}/${E.promulgation}`;
  const date =
    readDate(scope, scope.required(header, E.promulgation, path), E.promulgationDate, promulgationPath) ??
    refuse('missing_field', `${promulgationPath}/${E.promulgationDate}`, `Gói tin thiếu ngày ban hành.`, `The package lacks the date of the document.`);
  const subject = scope.requiredText(header, E.subject, path, EXCHANGE_LIMITS.subjectLength);
  const signerPath = `${path}/${E.signer}`;
  const signerElement = scope.required(header, E.signer, path);
  const signer = { name: scope.requiredText(signerElement, E.signerName, signerPath), position: scope.requiredText(signerElement, E.signerPosition, signerPath) };

  const otherPath = `${path}/${E.otherInfo}`;
  const other = scope.required(header, E.otherInfo, path);
  const priority = scope.requiredText(other, E.priority, otherPath);
  const urgency = codeOf(EDXML_URGENCY_CODES, priority) ?? badValue(`${otherPath}/${E.priority}`, `độ khẩn "${priority}"`, `urgency "${priority}"`);
  const security = scope.optional(other, E.securityLevel, otherPath) ? scope.requiredText(other, E.securityLevel, otherPath) : EDXML_SECURITY_CODES.normal;
  const confidentiality = codeOf(EDXML_SECURITY_CODES, security) ?? badValue(`${otherPath}/${E.securityLevel}`, `độ mật "${security}"`, `security level "${security}"`);
  const steering = scope.all(other, E.steering).map((element) => {
    const value = element.text.trim();
    return codeOf(EDXML_STEERING_CODES, value) ?? badValue(`${otherPath}/${E.steering}`, `tính chỉ đạo "${value}"`, `steering "${value}"`);
  });

  const replyElement = scope.optional(header, E.replyTo, path);
  let replyTo: DocumentContent['replyTo'] = null;
  if (replyElement) {
    const replyPath = `${path}/${E.replyTo}`;
    const packageId = scope.optional(replyElement, E.packageId, replyPath) ? readPackageId(scope, replyElement, E.packageId, replyPath) : null;
    const answered = scope.optional(replyElement, E.code, replyPath) ? readNumber(scope, replyElement, replyPath) : null;
    if (!packageId && !answered) refuse('missing_field', replyPath, 'Trường trả lời văn bản cần mã gói tin hoặc số và ký hiệu.', 'The reply-to needs a package id or a number and symbol.');
    replyTo = { packageId, number: answered };
  }

  const attachmentElements = body ? scope.all(body, E.attachment) : [];
  if (attachmentElements.length > EXCHANGE_LIMITS.attachments) {
    refuse('too_many_attachments', E.body, `Gói tin có quá ${EXCHANGE_LIMITS.attachments} tệp đính kèm.`, `The package has more than ${EXCHANGE_LIMITS.attachments} attachments.`);
  }
  const attachments = attachmentElements.map((element, index) => readAttachment(scope, element, `${E.body}/${E.attachment}[${index + 1}]`, sha256));
  if (attachments.length === 0) refuse('missing_field', `${E.body}/${E.attachment}`, 'Gói văn bản không có tệp đính kèm nào.', 'The document package has no file.');

  return {
    number,
    type,
    date,
    subject,
    signer,
    urgency,
    ...(confidentiality !== 'normal' && { confidentiality }),
    steering: [...new Set(steering)],
    deadline: readDate(scope, header, E.dueDate, path),
    replyTo,
    attachments,
  };
}

function readEnvelope(root: XmlElement, sha256: Sha256Hex): ExchangePackage {
  const separator = root.name.indexOf(':');
  const prefix = separator < 0 ? '' : root.name.slice(0, separator);
  const namespace = root.attributes[prefix ? `xmlns:${prefix}` : 'xmlns'];
  if (namespace !== EDXML_NAMESPACE) {
    refuse(
      'wrong_namespace',
      null,
      `Gói tin không thuộc không gian tên ${EDXML_NAMESPACE} (nhận được "${namespace ?? ''}").`,
      `The package is not in namespace ${EDXML_NAMESPACE} (got "${namespace ?? ''}").`,
    );
  }
  const scope = new Scope(prefix);
  if (root.name !== scope.name(E.envelope)) refuse('missing_field', E.envelope, `Phần tử gốc phải là ${E.envelope}.`, `The root element must be ${E.envelope}.`);
  const path = E.messageHeader;
  const header = scope.required(scope.required(root, E.header, E.envelope), E.messageHeader, E.header);
  const body = scope.optional(root, E.body, E.envelope);

  const packageHeader: PackageHeader = {
    packageId: readPackageId(scope, header, E.packageId, path),
    from: readParty(scope, header, E.from, path),
    to: readParty(scope, header, E.to, path),
    sentAt: (() => {
      const value = scope.requiredText(header, E.sentAt, path);
      const instant = new Date(value);
      if (!INSTANT.test(value) || Number.isNaN(instant.getTime())) badValue(`${path}/${E.sentAt}`, 'cần thời điểm ISO 8601 có múi giờ', 'expected an ISO 8601 instant with an offset');
      return instant;
    })(),
  };
  const kindText = scope.requiredText(header, E.packageKind, path);
  const kind =
    codeOf(EDXML_PACKAGE_KINDS, kindText) ??
    refuse('unknown_kind', `${path}/${E.packageKind}`, `Loại gói tin "${kindText}" không được hỗ trợ.`, `Package kind "${kindText}" is not supported.`);

  if (kind === 'document') return { kind, header: packageHeader, document: readDocument(scope, header, body, path, sha256) };
  const refersTo = readPackageId(scope, header, E.refersTo, path);
  if (kind === 'status') {
    const statusPath = `${path}/${E.status}`;
    const statusElement = scope.required(header, E.status, path);
    const code = scope.requiredText(statusElement, E.statusCode, statusPath);
    const status =
      codeOf(EDXML_STATUS_CODES, code) ??
      refuse('unknown_status', `${statusPath}/${E.statusCode}`, `Mã trạng thái "${code}" không được hỗ trợ.`, `Status code "${code}" is not supported.`);
    const reason = scope.optionalText(statusElement, E.description, statusPath, EXCHANGE_LIMITS.subjectLength);
    if (status === 'refused' && !reason) refuse('missing_field', `${statusPath}/${E.description}`, 'Trạng thái từ chối phải nêu lý do.', 'A refusal must give its reason.');
    return { kind, header: packageHeader, refersTo, status, reason };
  }
  const controlPath = `${path}/${E.control}`;
  const control = scope.required(header, E.control, path);
  const actionText = scope.requiredText(control, E.action, controlPath);
  const action =
    codeOf(EDXML_CONTROL_ACTIONS, actionText) ??
    refuse('unknown_action', `${controlPath}/${E.action}`, `Thao tác "${actionText}" không được hỗ trợ.`, `Control action "${actionText}" is not supported.`);
  const reason = scope.requiredText(control, E.reason, controlPath, EXCHANGE_LIMITS.subjectLength);
  const replacement = action === 'update' ? readDocument(scope, header, body, path, sha256) : null;
  return { kind, header: packageHeader, refersTo, action, reason, replacement };
}

/** Reads a package from its bytes, refusing with the first problem found. */
export function parsePackage(bytes: Uint8Array, sha256: Sha256Hex): PackageReading {
  try {
    if (bytes.length > EXCHANGE_LIMITS.packageBytes) {
      refuse('oversized', null, `Gói tin lớn quá ${EXCHANGE_LIMITS.packageBytes} byte.`, `The package is larger than ${EXCHANGE_LIMITS.packageBytes} bytes.`);
    }
    let root: XmlElement;
    try {
      root = readXml(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return refuse('malformed_xml', null, `Gói tin không phải XML hợp lệ (UTF-8): ${detail}.`, `The package is not well-formed UTF-8 XML: ${detail}.`);
    }
    return { ok: true, package: readEnvelope(root, sha256) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

// --- Writing -------------------------------------------------------------------------------

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** An attachment with its hash and size computed from its bytes. */
export const exchangeAttachment = (name: string, contentType: string, content: Uint8Array, sha256: Sha256Hex): ExchangeAttachment => ({
  name: name.normalize('NFC'),
  contentType,
  sha256: sha256(content),
  size: content.length,
  content,
});

function writeDocument(document: DocumentContent, q: (local: string) => string): { header: XmlElement[]; body: XmlElement[] } {
  // The number before the first slash; the year of a legal document's number, if any, stays with the notation.
  const code = (number: ParsedNumberSymbol) => {
    const slash = number.text.indexOf('/');
    return xmlElement(q(E.code), [xmlElement(q(E.codeNumber), number.text.slice(0, slash)), xmlElement(q(E.codeNotation), number.text.slice(slash + 1))]);
  };
  const header = [
    code(document.number),
    xmlElement(q(E.promulgation), [xmlElement(q(E.promulgationDate), document.date)]),
    xmlElement(q(E.documentType), [xmlElement(q(E.typeCode), edxmlTypeCode(document.type))]),
    xmlElement(q(E.subject), document.subject),
    xmlElement(q(E.signer), [xmlElement(q(E.signerPosition), document.signer.position), xmlElement(q(E.signerName), document.signer.name)]),
    ...(document.deadline ? [xmlElement(q(E.dueDate), document.deadline)] : []),
    xmlElement(q(E.otherInfo), [
      xmlElement(q(E.priority), EDXML_URGENCY_CODES[document.urgency]),
      ...(document.confidentiality && document.confidentiality !== 'normal' ? [xmlElement(q(E.securityLevel), EDXML_SECURITY_CODES[document.confidentiality])] : []),
      ...document.steering.map((flag) => xmlElement(q(E.steering), EDXML_STEERING_CODES[flag])),
    ]),
    ...(document.replyTo
      ? [
          xmlElement(q(E.replyTo), [
            ...(document.replyTo.packageId ? [xmlElement(q(E.packageId), document.replyTo.packageId)] : []),
            ...(document.replyTo.number ? [code(document.replyTo.number)] : []),
          ]),
        ]
      : []),
  ];
  const body = document.attachments.map((attachment) =>
    xmlElement(q(E.attachment), [
      xmlElement(q(E.attachmentName), attachment.name),
      xmlElement(q(E.contentType), attachment.contentType),
      xmlElement(q(E.digest), attachment.sha256),
      xmlElement(q(E.size), String(attachment.size)),
      xmlElement(q(E.content), encodeBase64(attachment.content)),
    ]),
  );
  return { header, body };
}

/** The package's XML, unsigned. */
function writePackage(pkg: ExchangePackage): string {
  const q = (local: string) => `${EDXML_PREFIX}:${local}`;
  const party = (local: string, value: ExchangeParty) => xmlElement(q(local), [xmlElement(q(E.organId), value.agencyCode), xmlElement(q(E.organName), value.name)]);
  const common = [
    xmlElement(q(E.packageId), pkg.header.packageId),
    xmlElement(q(E.packageKind), EDXML_PACKAGE_KINDS[pkg.kind]),
    xmlElement(q(E.sentAt), pkg.header.sentAt.toISOString()),
    party(E.from, pkg.header.from),
    party(E.to, pkg.header.to),
  ];
  let specific: XmlElement[] = [];
  let body: XmlElement[] = [];
  if (pkg.kind === 'document') {
    ({ header: specific, body } = writeDocument(pkg.document, q));
  } else if (pkg.kind === 'status') {
    specific = [
      xmlElement(q(E.refersTo), pkg.refersTo),
      xmlElement(q(E.status), [xmlElement(q(E.statusCode), EDXML_STATUS_CODES[pkg.status]), ...(pkg.reason ? [xmlElement(q(E.description), pkg.reason)] : [])]),
    ];
  } else {
    const replacement = pkg.replacement ? writeDocument(pkg.replacement, q) : { header: [], body: [] };
    specific = [
      xmlElement(q(E.refersTo), pkg.refersTo),
      xmlElement(q(E.control), [xmlElement(q(E.action), EDXML_CONTROL_ACTIONS[pkg.action]), xmlElement(q(E.reason), pkg.reason)]),
      ...replacement.header,
    ];
    body = replacement.body;
  }
  return writeXml(
    xmlElement(q(E.envelope), [xmlElement(q(E.header), [xmlElement(q(E.messageHeader), [...common, ...specific])]), xmlElement(q(E.body), body)], {
      [`xmlns:${EDXML_PREFIX}`]: EDXML_NAMESPACE,
    }),
  );
}

/**
 * The package as bytes. It is read back before it is returned, so that a package this
 * installation builds is one any installation reading it strictly accepts: a problem (a bad agency
 * code, a hash that does not match, a character XML cannot carry) is returned, not sent.
 */
export function buildPackage(pkg: ExchangePackage, sha256: Sha256Hex): { ok: true; bytes: Uint8Array } | { ok: false; problem: PackageProblem } {
  let bytes: Uint8Array;
  try {
    bytes = new TextEncoder().encode(writePackage(pkg));
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { ok: false, problem: { code: 'bad_value', field: null, vi: 'Gói tin chứa ký tự không dùng được trong XML.', en: 'The package holds a character XML cannot carry.' } };
  }
  const reading = parsePackage(bytes, sha256);
  return reading.ok ? { ok: true, bytes } : reading;
}
