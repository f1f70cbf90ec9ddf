import { useRef } from 'react';
import { ApiError } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { useErrorText } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { ACCEPT_PDF, fileProblem, uploadFile } from '../files.js';
import { actionTexts as texts } from '../texts.js';

/** The PDF a leader signs as the result: none (the procedure's template), being uploaded, uploaded, or refused. */
export type ResultFile =
  | { status: 'none' }
  | { status: 'uploading'; name: string }
  | { status: 'done'; name: string; id: string }
  | { status: 'failed'; name: string; error: string };

/**
 * The approval's optional result document, uploaded through the officers' upload route as soon as
 * it is picked, so that confirming the approval only names it. `error` is the server's word on the
 * file when the approval refused it (not a PDF, unreadable).
 */
export function ResultFileInput({ label, hint, value, onChange, error }: {
  label: string;
  hint: string | undefined;
  value: ResultFile;
  onChange(file: ResultFile): void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  // The upload ends after later renders: a newer pick or a removal wins over an older answer.
  const picked = useRef(0);

  const pick = (file: File | undefined) => {
    if (!file) return;
    const ticket = ++picked.current;
    const problem = fileProblem(file, 'pdf');
    if (problem) return onChange({ status: 'failed', name: file.name, error: t(problem, { name: file.name }) });
    onChange({ status: 'uploading', name: file.name });
    uploadFile(file).then(
      (uploaded) => ticket === picked.current && onChange({ status: 'done', name: file.name, id: uploaded.id }),
      (failure: unknown) => ticket === picked.current && onChange({ status: 'failed', name: file.name, error: failure instanceof ApiError ? errorText(failure) : String(failure) }),
    );
  };
  const remove = () => {
    picked.current += 1;
    onChange({ status: 'none' });
  };

  const shown = value.status === 'failed' ? value.error : error;
  return (
    <div className="result-file">
      <Field label={label} hint={hint} error={shown}>
        <input
          type="file"
          accept={ACCEPT_PDF}
          onChange={(event) => {
            pick(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </Field>
      <div className="row" aria-live="polite">
        {value.status === 'none' && <p className="muted small">{t(texts.resultTemplateUsed)}</p>}
        {value.status === 'uploading' && <p>{t(texts.resultUploading, { name: value.name })}</p>}
        {value.status === 'done' && <p>{t(texts.resultUploaded, { name: value.name })}</p>}
        {(value.status === 'done' || value.status === 'failed') && (
          <button type="button" className="link-button" onClick={remove}>
            {t(texts.resultRemove, { name: value.name })}
          </button>
        )}
      </div>
    </div>
  );
}
