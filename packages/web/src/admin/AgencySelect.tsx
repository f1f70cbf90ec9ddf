import type { SelectHTMLAttributes } from 'react';
import { formatDate } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { type Agency, agencyForest, flattenForest } from './agencies.js';
import { agencyTexts, commonTexts } from './texts.js';

/**
 * A picker of agencies in tree order, indented by level. `identify` chooses whether the value is
 * the agency's id (for the API's references) or its 13-character code (inside procedure
 * definitions). The current value stays listed even when `include` would leave it out, so that
 * editing never silently changes it.
 */
export function AgencySelect({
  agencies,
  value,
  onValue,
  identify = 'id',
  include,
  emptyLabel,
  ...control
}: {
  agencies: readonly Agency[];
  value: string;
  onValue(value: string): void;
  identify?: 'id' | 'code';
  include?(agency: Agency): boolean;
  emptyLabel?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const { t, language } = useI18n();
  const nodes = flattenForest(agencyForest(agencies)).filter(({ agency }) => agency[identify] === value || (include?.(agency) ?? true));
  return (
    <select {...control} value={value} onChange={(event) => onValue(event.target.value)}>
      <option value="">{emptyLabel ?? t(commonTexts.chooseOption)}</option>
      {nodes.map(({ agency, depth }) => (
        <option key={agency.id} value={agency[identify]}>
          {`${'\u00a0\u00a0'.repeat(depth)}${agency.name} (${agency.code})${agency.abolishedOn ? ` — ${t(agencyTexts.abolished, { date: formatDate(agency.abolishedOn, language) })}` : ''}`}
        </option>
      ))}
    </select>
  );
}
