import type { ReactNode, SelectHTMLAttributes } from 'react';
import { serverField } from '../../admin/use-submit.js';
import type { ApiError } from '../../shared/api.js';
import { type Text, useI18n } from '../../shared/i18n.js';
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

/**
 * A `<select>` of one of the domain's coded lists (types, urgencies, classifications), each code by
 * its name in the reader's language, after an optional first option (`none`) that stands for none.
 * The attributes a `Field` gives its control reach the select.
 */
export function CodeSelect<Code extends string>({ codes, names, none, onChange, ...select }: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> & {
  name: string;
  value: Code | '';
  codes: readonly Code[];
  names: Record<Code, Text>;
  none?: string;
  onChange(code: Code): void;
}) {
  const { t } = useI18n();
  return (
    <select {...select} onChange={(event) => onChange(event.target.value as Code)}>
      {none !== undefined && <option value="">{none}</option>}
      {codes.map((code) => (
        <option key={code} value={code}>
          {t(names[code])}
        </option>
      ))}
    </select>
  );
}
