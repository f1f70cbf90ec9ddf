import type { OfficerRole } from '@motcua/core';
import { query } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { Alert } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { actionTexts as texts } from '../texts.js';
import type { AgencySummary, OfficerSummary } from '../types.js';

export interface StepTarget {
  /** The agency's id, or its code when only the process definition names it (inter-agency step). */
  agency: { id: string } | { code: string };
  role: OfficerRole;
  stepName: string;
}

/** Resolves an inter-agency step's agency code to the id the officer list is keyed by. */
function useAgencyId(agency: StepTarget['agency']): string | undefined {
  const byCode = 'code' in agency ? agency.code : null;
  const agencies = useApi<AgencySummary[]>(byCode ? '/api/public/agencies' : null);
  if ('id' in agency) return agency.id;
  return agencies.data?.find((item) => item.code === byCode && !item.abolishedOn)?.id;
}

/**
 * The officers who could take a step. The list of officers is an administration resource: an
 * officer without that right cannot read it, and then the step goes to the whole unit.
 */
export function AssigneeSelect({ target, required, value, onChange, error }: { target: StepTarget; required: boolean; value: string; onChange(id: string): void; error?: string | undefined }) {
  const { t } = useI18n();
  const agencyId = useAgencyId(target.agency);
  const officers = useApi<OfficerSummary[]>(agencyId ? `/api/v1/officers${query({ agencyId })}` : null);
  if (officers.error) {
    return (
      <Alert kind={required ? 'warning' : 'info'}>
        <p>{t(required ? texts.assignUnavailable : texts.officersUnavailable)}</p>
      </Alert>
    );
  }
  const eligible = (officers.data ?? []).filter((officer) => officer.active && officer.grants.some((grant) => grant.role === target.role && grant.agencyId === agencyId));
  return (
    <Field
      label={t(texts.assignee)}
      hint={t(required ? texts.assigneeAssignHint : texts.assigneeNextHint, { step: target.stepName })}
      required={required}
      error={error}
    >
      <select value={value} onChange={(event) => onChange(event.target.value)} disabled={officers.loading}>
        <option value="">{t(required ? texts.chooseOfficer : texts.anyone)}</option>
        {eligible.map((officer) => (
          <option key={officer.id} value={officer.id}>
            {officer.fullName}
            {officer.title ? ` — ${officer.title}` : ''}
          </option>
        ))}
      </select>
    </Field>
  );
}
