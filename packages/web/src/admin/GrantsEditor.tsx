import { AGENCY_HEADS, type OfficerRole, SIGNING_AUTHORITIES, SIGNING_AUTHORITY_LABELS, type SigningAuthority, authorityLines, isSigningAuthority } from '@motcua/core';
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
  /** How the officer signs for the agency (TM., KT., TL., TUQ.); none: in the capacity each paper names. */
  signingAuthority: SigningAuthority | null;
  signingPosition: string;
}

export const newGrant = (agencyId: string, role: OfficerRole = 'receiving_officer'): GrantDraft => ({
  key: newKey(),
  role,
  agencyId,
  unitId: '',
  signingAuthority: null,
  signingPosition: '',
});

/** The grants as the API takes them; an empty unit means the whole agency. */
export function grantsForApi(grants: readonly GrantDraft[]) {
  return grants.map(({ role, agencyId, unitId, signingAuthority, signingPosition }) => ({ role, agencyId, unitId: unitId || null, signingAuthority, signingPosition }));
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
        const agency = agencies.find((item) => item.id === grant.agencyId);
        const units = agency?.units ?? [];
        // What the papers will print over the signature, as the administrator chooses.
        const preview = grant.signingAuthority && agency && authorityLines(AGENCY_HEADS[agency.kind], { authority: grant.signingAuthority, position: grant.signingPosition });
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
            <Field label={t(texts.signingAuthority)} hint={preview ? t(texts.signingPreview, { lines: preview.join(' / ') }) : undefined}>
              <select
                value={grant.signingAuthority ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  update(isSigningAuthority(value) ? { signingAuthority: value } : { signingAuthority: null, signingPosition: '' });
                }}
              >
                <option value="">{t(texts.noSigningAuthority)}</option>
                {SIGNING_AUTHORITIES.map((authority) => (
                  <option key={authority} value={authority}>
                    {t(SIGNING_AUTHORITY_LABELS[authority])}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t(texts.signingPosition)} hint={t(texts.signingPositionHint)}>
              <input value={grant.signingPosition} maxLength={200} disabled={!grant.signingAuthority} onChange={(event) => update({ signingPosition: event.target.value })} />
            </Field>
          </div>
        );
      }}
    />
  );
}
