import type { OfficerRole } from '@motcua/core';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import type { Agency } from './agencies.js';
import { AgencySelect } from './AgencySelect.js';
import { type Keyed, RepeatableList, newKey } from './RepeatableList.js';
import { RoleSelect } from './RoleSelect.js';
import { officerTexts as texts } from './texts.js';

export interface GrantDraft extends Keyed {
  role: OfficerRole;
  agencyId: string;
  unitId: string;
}

export const newGrant = (agencyId: string, role: OfficerRole = 'receiving_officer'): GrantDraft => ({ key: newKey(), role, agencyId, unitId: '' });

/** The grants as the API takes them; an empty unit means the whole agency. */
export function grantsForApi(grants: readonly GrantDraft[]) {
  return grants.map(({ role, agencyId, unitId }) => ({ role, agencyId, unitId: unitId || null }));
}

/** Browser check of the rows: every role needs its agency. */
export function grantsProblem(grants: readonly GrantDraft[], minItems: number) {
  if (grants.length < minItems) return texts.grantsMissing;
  if (grants.some((grant) => !grant.agencyId)) return texts.grantAgencyMissing;
  return undefined;
}

/** Rows of role × agency × optional unit, the roles named as the officers know them. */
export function GrantsEditor({
  grants,
  onChange,
  agencies,
  administered,
  defaultAgencyId,
  minItems = 0,
  error,
}: {
  grants: GrantDraft[];
  onChange(grants: GrantDraft[]): void;
  agencies: Agency[];
  administered: Set<string>;
  defaultAgencyId: string;
  minItems?: number;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <RepeatableList
      legend={t(texts.grants)}
      error={error}
      items={grants}
      onChange={onChange}
      create={() => newGrant(defaultAgencyId)}
      addLabel={t(texts.addGrant)}
      itemLabel={(index) => t(texts.grant, { number: index + 1 })}
      minItems={minItems}
      emptyText={t(texts.noGrants)}
      ordered={false}
      renderItem={(grant, update) => {
        const units = agencies.find((agency) => agency.id === grant.agencyId)?.units ?? [];
        return (
          <div className="grid admin-grant-row">
            <Field label={t(texts.role)} required>
              <RoleSelect value={grant.role} onValue={(role) => update({ role })} />
            </Field>
            <Field label={t(texts.grantAgency)} required>
              <AgencySelect
                agencies={agencies}
                value={grant.agencyId}
                onValue={(agencyId) => update({ agencyId, unitId: '' })}
                include={(agency) => administered.has(agency.id) && !agency.abolishedOn}
              />
            </Field>
            <Field label={t(texts.unit)}>
              <select value={grant.unitId} onChange={(event) => update({ unitId: event.target.value })} disabled={units.length === 0}>
                <option value="">{t(texts.wholeAgency)}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        );
      }}
    />
  );
}
