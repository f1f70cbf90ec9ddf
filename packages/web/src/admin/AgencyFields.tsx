import type { InputHTMLAttributes } from 'react';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { agencyTexts as texts } from './texts.js';

interface AgencyFieldsProps {
  /** The form's `bind` (see form-state.ts). */
  bind(name: 'name' | 'shortName' | 'address' | 'phone'): InputHTMLAttributes<HTMLInputElement>;
  errorAt(path: string): string | undefined;
}

/** An agency's full and short names, as the forms that create and edit one ask for them. */
export function AgencyNameFields({ bind, errorAt }: AgencyFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t(texts.name)} error={errorAt('name')} required>
        <input {...bind('name')} maxLength={300} />
      </Field>
      <Field label={t(texts.shortName)} error={errorAt('shortName')} required>
        <input {...bind('shortName')} maxLength={100} />
      </Field>
    </>
  );
}

/** Where an agency receives the public: its address and phone. */
export function AgencyContactFields({ bind, errorAt }: AgencyFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t(texts.address)} error={errorAt('address')}>
        <input {...bind('address')} maxLength={500} autoComplete="off" />
      </Field>
      <Field label={t(texts.phone)} error={errorAt('phone')}>
        <input {...bind('phone')} type="tel" maxLength={50} autoComplete="off" />
      </Field>
    </>
  );
}
