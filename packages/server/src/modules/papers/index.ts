/** What the papers module offers the other modules; everything else in it is its own. */
export { dayOf, longDay, placeOf, timeAndDay } from './format.js';
export { PdfSchema, sendPdf } from './http.js';
export { type HeaderCell, type PageSlot, Paper, SIZES } from './layout.js';
export { applicantDeclaration, applicantReceipt } from './service.js';
export type { PaperFile } from './service.js';
