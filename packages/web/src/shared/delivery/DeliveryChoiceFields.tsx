import type { DeliveryOptions } from '@motcua/contract';
import { formatMoney } from '../format.js';
import { useI18n } from '../i18n.js';
import { Field } from '../ui/Field.js';
import { RadioGroup } from '../ui/RadioGroup.js';
import { deliveryTexts as texts } from './texts.js';

export type DeliveryMethod = 'in_person' | 'post' | 'electronic';

export interface DeliveryChoiceState {
  method: DeliveryMethod;
  address: string;
}

/** What the request carries: the address only with the post. */
export const deliveryBody = (choice: DeliveryChoiceState) => (choice.method === 'post' ? { method: choice.method, address: choice.address.trim() } : { method: choice.method });

/** The shortest address the server takes (core deliveryProblem). */
export const deliveryAddressMissing = (choice: DeliveryChoiceState) => choice.method === 'post' && choice.address.normalize('NFC').trim().length < 10;

/**
 * The applicant's choice of how to receive the result, as the wizard and the counter ask it: the
 * post only where the receiving agency sends by post, its fee shown before anything is sent.
 * Its controls are named as the server names its fields (`delivery.method`, `delivery.address`),
 * which an error summary's links move to.
 */
export function DeliveryChoiceFields({ options, value, onChange, errors }: {
  options: DeliveryOptions | undefined;
  value: DeliveryChoiceState;
  onChange(value: DeliveryChoiceState): void;
  errors: Readonly<Record<string, string | undefined>>;
}) {
  const { t, language } = useI18n();
  const fee = options?.postalFeeVnd;
  const choices: Array<{ value: DeliveryMethod; label: string }> = [
    { value: 'in_person', label: options ? `${t(texts.inPerson)} — ${options.agencyName}` : t(texts.inPerson) },
    ...(fee === null || fee === undefined ? [] : [{ value: 'post' as const, label: t(texts.post, { fee: formatMoney(fee, language) }) }]),
    { value: 'electronic', label: t(texts.electronic) },
  ];
  return (
    <div className="delivery-choice">
      <RadioGroup legend={t(texts.choiceLegend)} name="delivery.method" options={choices} value={value.method} onChange={(method) => onChange({ ...value, method })} />
      {options && fee === null && <p className="field-hint">{t(texts.postUnavailable)}</p>}
      {errors['delivery.method'] && <p className="field-error">{errors['delivery.method']}</p>}
      {value.method === 'in_person' && options && (
        <p className="field-hint">
          {[options.address, ...options.openingHours.map((line) => t(line))].filter(Boolean).join(' · ')}
        </p>
      )}
      {value.method === 'post' && (
        <Field label={t(texts.address)} hint={t(texts.addressHint)} required error={errors['delivery.address']}>
          <textarea name="delivery.address" rows={2} maxLength={500} autoComplete="street-address" value={value.address} onChange={(event) => onChange({ ...value, address: event.target.value })} />
        </Field>
      )}
    </div>
  );
}
