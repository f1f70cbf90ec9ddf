import type { ResponseOf } from '@motcua/contract';

export type OutgoingDocument = ResponseOf<'/api/v1/documents/outgoing/{id}'>;
export type OutgoingSummary = ResponseOf<'/api/v1/documents/outgoing'>['items'][number];
export type Meeting = ResponseOf<'/api/v1/documents/{id}/meeting'>;

/** Where a file of an outgoing document (a version, the signed or the released copy, an attachment) is read. */
export const outgoingFileUrl = (documentId: string, fileId: string) => `/api/v1/documents/outgoing/${documentId}/files/${fileId}`;
