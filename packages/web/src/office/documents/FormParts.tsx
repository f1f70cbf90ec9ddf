import type { ReactNode } from 'react';
import { serverField } from '../../admin/use-submit.js';
import type { ApiError } from '../../shared/api.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';

/** The server's refusal above a form, unless it names one of the form's fields: then it shows at that field. */
export function UnplacedError({ error, fields }: { error: ApiError | undefined; fields: readonly string[] }) {
  const field = serverField(error);
  if (!error || (field && fields.some((name) => field === name || field.startsWith(`${name}.`)))) return null;
  return <ErrorMessage error={error} />;
}

/** A form's one button, waiting while its request runs. */
export function SubmitRow({ label, busy }: { label: string; busy: boolean }) {
  return (
    <div className="row">
      <button type="submit" className="button" disabled={busy}>
        {label}
      </button>
    </div>
  );
}

/** Several of a list, as checkboxes in a labelled group; nothing when there is nothing to choose. */
export function Choices({ legend, name, options, chosen, onChange, error }: { legend: string; name: string; options: ReadonlyArray<{ value: string; label: string }>; chosen: string[]; onChange(chosen: string[]): void; error: string | undefined }): ReactNode {
  if (options.length === 0) return null;
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={chosen.includes(option.value)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))}
          />
          {option.label}
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
