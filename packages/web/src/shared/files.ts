/** A scan as the upload endpoints take it: the `file` part of a multipart/form-data body, streamed by the browser. */
export function uploadForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** A file's content in base64, as the endpoints that take JSON want it (templates, signing credentials, checks). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL is "data:<type>;base64,<content>": the server wants the content only.
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** What a list of files shows of each (the files the server has checked and stored). */
export interface FileFacts {
  id: string;
  name: string;
  contentType: string;
  size: number;
}
