/**
 * Every name and code the exchange package writes, in this one place: the package follows the
 * structure of edXML (QCVN 102:2016/BTTTT — an envelope with a header of the sender, recipient,
 * number and symbol, type, date, subject, signer, urgency, steering, deadline and reply-to, a body
 * with the files; status packages; control packages).
 *
 * NOTE: these element names, the namespace and the code values were written from the structure of
 * edXML as publicly described, not from the text of the regulation. Check each against QCVN
 * 102:2016/BTTTT (and its technical guidance) before claiming conformance; only this file should
 * need to change.
 */
import { type Confidentiality, DOCUMENT_TYPES, type DocumentType, type Urgency, documentTypeOfAbbreviation } from '../documents/index.js';

export const EDXML_NAMESPACE = 'urn:motcua:exchange:edxml:2016';

/** The prefix this installation writes; a package read may use any prefix bound to the namespace. */
export const EDXML_PREFIX = 'edXML';

export const EDXML_ELEMENTS = {
  envelope: 'edXMLEnvelope',
  header: 'edXMLHeader',
  body: 'edXMLBody',
  messageHeader: 'MessageHeader',
  packageId: 'DocumentId',
  packageKind: 'MessageType',
  sentAt: 'SentTime',
  from: 'From',
  to: 'To',
  organId: 'OrganId',
  organName: 'OrganName',
  code: 'Code',
  codeNumber: 'CodeNumber',
  codeNotation: 'CodeNotation',
  promulgation: 'PromulgationInfo',
  promulgationDate: 'PromulgationDate',
  documentType: 'DocumentType',
  typeCode: 'Type',
  subject: 'Subject',
  signer: 'SignerInfo',
  signerPosition: 'Position',
  signerName: 'FullName',
  dueDate: 'DueDate',
  otherInfo: 'OtherInfo',
  priority: 'Priority',
  securityLevel: 'SecurityLevel',
  steering: 'SteeringType',
  replyTo: 'ResponseFor',
  refersTo: 'ReferenceDocumentId',
  status: 'StatusInfo',
  statusCode: 'StatusCode',
  description: 'Description',
  control: 'Control',
  action: 'Action',
  reason: 'Reason',
  attachment: 'Attachment',
  attachmentName: 'AttachmentName',
  contentType: 'ContentType',
  digest: 'DigestValue',
  size: 'ContentLength',
  content: 'ContentTransfer',
} as const;

export const EDXML_PACKAGE_KINDS = { document: 'edoc', status: 'status', control: 'control' } as const;

/** Độ khẩn: thường, khẩn, thượng khẩn, hỏa tốc. */
export const EDXML_URGENCY_CODES: Readonly<Record<Urgency, string>> = { normal: '0', urgent: '1', very_urgent: '2', flash: '3' };

/** Độ mật: a classified document is marked so that the receiver refuses it (state secrets never travel this way). */
export const EDXML_SECURITY_CODES: Readonly<Record<Confidentiality, string>> = { normal: '0', confidential: '1', secret: '2', top_secret: '3' };

/** A document's type by the abbreviation of Decree 30/2020 (`QĐ`, `BC`); a letter (công văn), which has none, as `CV`. */
const LETTER_TYPE_CODE = 'CV';
export const edxmlTypeCode = (type: DocumentType): string => DOCUMENT_TYPES[type].abbreviation ?? LETTER_TYPE_CODE;
export const documentTypeOfEdxmlCode = (code: string): DocumentType | undefined => (code === LETTER_TYPE_CODE ? 'letter' : documentTypeOfAbbreviation(code));

/** Tính chỉ đạo: a directive, an answer required, for information only. */
export const EDXML_STEERING_CODES = { directive: '1', reply_required: '2', for_information: '3' } as const;

/** Trạng thái văn bản the receiver sends back: đã đến, từ chối, đã tiếp nhận, đã phân công, đang xử lý, hoàn thành. */
export const EDXML_STATUS_CODES = { arrived: '01', refused: '02', accepted: '03', assigned: '04', in_progress: '05', finished: '06' } as const;

/** Thu hồi, cập nhật. */
export const EDXML_CONTROL_ACTIONS = { recall: 'recall', update: 'update' } as const;
