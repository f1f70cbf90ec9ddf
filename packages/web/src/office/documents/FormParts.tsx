import type { ReactNode, SelectHTMLAttributes } from 'react';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_CODES, type DocumentType, URGENCIES, URGENCY_CODES, type Urgency } from '@motcua/core';
import { serverField } from '../../admin/use-submit.js';
import type { ApiError } from '../../shared/api.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { documentTexts } from './texts.js';

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

/** What an outgoing document is first asked: its type, its subject (trích yếu) and its urgency. */
export function TypeSubjectUrgency({ values, set, errorAt }: {
  values: { type: DocumentType; subject: string; urgency: Urgency };
  set(key: 'type', value: DocumentType): void;
  set(key: 'subject', value: string): void;
  set(key: 'urgency', value: Urgency): void;
  errorAt(field: string): string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t(documentTexts.type)} required error={errorAt('type')}>
        <CodeSelect name="type" value={values.type} codes={DOCUMENT_TYPE_CODES} names={DOCUMENT_TYPES} onChange={(code) => set('type', code)} />
      </Field>
      <Field label={t(documentTexts.subject)} required error={errorAt('subject')}>
        <textarea name="subject" rows={2} maxLength={2000} value={values.subject} onChange={(event) => set('subject', event.target.value)} />
      </Field>
      <Field label={t(documentTexts.urgency)} error={errorAt('urgency')}>
        <CodeSelect name="urgency" value={values.urgency} codes={URGENCY_CODES} names={URGENCIES} onChange={(code) => set('urgency', code)} />
      </Field>
    </>
  );
}
