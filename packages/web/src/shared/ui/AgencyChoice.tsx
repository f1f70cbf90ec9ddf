import type { SelectHTMLAttributes } from 'react';

/**
 * A `<select>` of agencies by name (the communes that offer a procedure, an officer's desks or
 * points, the communes of an address), an empty first option standing for "not chosen yet". The
 * attributes a `Field` gives its control (id, aria-describedby, aria-invalid) reach the select.
 */
export function AgencyChoice({ agencies, onChange, empty = '', ...select }: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> & {
  name: string;
  agencies: ReadonlyArray<{ id: string; name: string }>;
  value: string;
  onChange(agencyId: string): void;
  /** What the empty first option says, if anything; null: no empty option, one agency is always chosen. */
  empty?: string | null;
}) {
  return (
    <select {...select} onChange={(event) => onChange(event.target.value)}>
      {empty !== null && <option value="">{empty}</option>}
      {agencies.map((agency) => (
        <option key={agency.id} value={agency.id}>
          {agency.name}
        </option>
      ))}
    </select>
  );
}
