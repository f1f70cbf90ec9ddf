import { useRef } from 'react';
import { ApiError } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { useErrorText } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { ACCEPT_ATTRIBUTE, fileProblem, uploadFile } from '../files.js';
import { receptionTexts as texts } from '../texts.js';

export interface Scan {
  key: string;
  name: string;
  status: 'uploading' | 'done' | 'failed';
  id?: string;
  error?: string;
}

let nextKey = 0;

/** Scans of one component, uploaded as soon as they are picked so that saving the dossier is quick. */
export function ScanUpload({ label, scans, onChange }: { label: string; scans: Scan[]; onChange(scans: Scan[]): void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  // Uploads finish after later renders: the latest list is read from here, not from a stale closure.
  const latest = useRef(scans);
  latest.current = scans;
  const update = (key: string, patch: Partial<Scan>) => {
    latest.current = latest.current.map((scan) => (scan.key === key ? { ...scan, ...patch } : scan));
    onChange(latest.current);
  };

  const pick = (files: FileList | null) => {
    if (!files) return;
    const added: Scan[] = [];
    for (const file of Array.from(files)) {
      const key = `scan-${nextKey++}`;
      const problem = fileProblem(file);
      added.push({ key, name: file.name, status: problem ? 'failed' : 'uploading', ...(problem ? { error: t(problem, { name: file.name }) } : {}) });
      if (problem) continue;
      uploadFile(file).then(
        (uploaded) => update(key, { status: 'done', id: uploaded.id }),
        (error: unknown) => update(key, { status: 'failed', error: error instanceof ApiError ? errorText(error) : String(error) }),
      );
    }
    latest.current = [...latest.current, ...added];
    onChange(latest.current);
  };

  return (
    <div className="scan-upload">
      <Field label={label}>
        <input type="file" accept={ACCEPT_ATTRIBUTE} multiple onChange={(event) => {
          pick(event.target.files);
          event.target.value = '';
        }} />
      </Field>
      {scans.length > 0 && (
        <ul className="plain-list scan-list" aria-live="polite">
          {scans.map((scan) => (
            <li key={scan.key} className={`row scan-${scan.status}`}>
              <span>{scan.status === 'uploading' ? t(texts.uploading, { name: scan.name }) : scan.name}</span>
              {scan.error && (
                <span className="field-error" role="alert">
                  {scan.error}
                </span>
              )}
              {scan.status !== 'uploading' && (
                <button type="button" className="link-button" onClick={() => onChange(scans.filter((item) => item.key !== scan.key))}>
                  {t(texts.removeFile, { name: scan.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
