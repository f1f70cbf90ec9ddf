/** What the files module offers the other modules; everything else in it is its own. */
export { sendFile } from './download.js';
export { pdfInspectionsUnderway } from './pages.js';
export { acceptUploads, ownUploadRoute } from './routes.js';
export { FileBody, FileFactsSchema, UPLOAD_BODY_LIMIT, UploadBody } from './schema.js';
export { FORM_TEMPLATES, checkUpload, describeFiles, insertFile, ownedFiles, pdfTextOf, readStoredFile, receivedAsJson } from './service.js';
export type { FileFacts, FileRecord, OwnedFile } from './service.js';
