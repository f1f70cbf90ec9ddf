import type { SelectHTMLAttributes } from 'react';
import { OFFICER_ROLES, type OfficerRole, ROLE_LABELS } from '@motcua/core';
import { useI18n } from '../shared/i18n.js';

/** The officer roles, named as the officers know them; `Field` gives the control its label and description. */
export function RoleSelect({ value, onValue, ...control }: { value: OfficerRole; onValue(role: OfficerRole): void } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const { t } = useI18n();
  return (
    <select {...control} value={value} onChange={(event) => onValue(event.target.value as OfficerRole)}>
      {OFFICER_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(ROLE_LABELS[role])}
        </option>
      ))}
    </select>
  );
}
