import { type ChangeEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../shared/api.js';
import type { FileFacts } from '@motcua/contract';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { useErrorText } from '../shared/ui/feedback.js';
import { FileFactsNote } from '../shared/ui/FileFactsNote.js';
import { ACCEPTED_FILES, MAX_FILES_PER_COMPONENT, fileProblem, uploadFile } from './files.js';
import { commonTexts } from './texts.js';

/**
 * One component of a dossier: a file input that checks and uploads each chosen file at once, and
 * the list of uploaded files, each with a button to take it off. `onBusy` tells the form that an
 * upload is running, so that it does not move on before the file ids exist.
 */
export function ComponentFiles({ name, label, hint, required, files, error, onChange, onBusy }: {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  files: FileFacts[];
  error?: string | undefined;
  onChange(files: FileFacts[]): void;
  onBusy?(busy: boolean): void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [problems, setProblems] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const chosen = Array.from(input.files ?? []);
    input.value = '';
    if (chosen.length === 0) return;
    const found: string[] = [];
    let current = files;
    setBusy(true);
    onBusy?.(true);
    for (const file of chosen) {
      const problem = fileProblem(file);
      if (problem) {
        found.push(t(problem.text, problem.params));
        continue;
      }
      if (current.length >= MAX_FILES_PER_COMPONENT) {
        found.push(t(commonTexts.tooManyFiles, { max: MAX_FILES_PER_COMPONENT }));
        break;
      }
      setAnnouncement(t(commonTexts.uploading, { name: file.name }));
      try {
        const uploaded = await uploadFile(file);
        current = [...current, uploaded];
        onChange(current);
        setAnnouncement(t(commonTexts.uploaded, { name: uploaded.name }));
      } catch (failure) {
        const reason = failure instanceof ApiError ? errorText(failure) : String(failure);
        found.push(t(commonTexts.uploadFailed, { name: file.name, reason }));
      }
    }
    setProblems(found);
    setBusy(false);
    onBusy?.(false);
  }

  function remove(file: FileFacts) {
    onChange(files.filter((other) => other.id !== file.id));
    setAnnouncement(t(commonTexts.removed, { name: file.name }));
  }

  const shownError = [...problems, ...(error ? [error] : [])].join(' ') || undefined;
  return (
    <div className="citizen-component-files">
      <Field label={label} hint={hint} error={shownError} required={required ?? false}>
        <input type="file" name={name} multiple accept={ACCEPTED_FILES} onChange={(event) => void choose(event)} aria-busy={busy || undefined} />
      </Field>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {busy && <p className="muted">{announcement}</p>}
      {files.length > 0 ? (
        <ul className="citizen-file-list" aria-label={`${t(commonTexts.uploadedFiles)}: ${label}`}>
          {files.map((file) => (
            <li key={file.id}>
              <span className="citizen-file-name">
                {file.name}
                <FileFactsNote contentType={file.contentType} size={file.size} />
              </span>
              <button type="button" className="button button-secondary citizen-button-small" disabled={busy} onClick={() => remove(file)} aria-label={t(commonTexts.removeFileLabel, { name: file.name })}>
                {t(commonTexts.removeFile)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted citizen-file-none">{t(commonTexts.noFileYet)}</p>
      )}
    </div>
  );
}
