import type { DossierAction } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { actionTexts as texts } from '../texts.js';

/** The actions that name the officer who takes a step: the current one (assign) or the next (hand over). */
export type StaffingAction = Extract<DossierAction, 'assign' | 'hand_over'>;

export const isStaffingAction = (action: DossierAction): action is StaffingAction => action === 'assign' || action === 'hand_over';

type EligibleOfficer = ResponseOf<'/api/v1/dossiers/{code}/assignable-officers'>['officers'][number];

/** "Name — title — unit", the unit left out where the title already names it (as titles usually do). */
const officerLabel = (officer: EligibleOfficer) =>
  [officer.fullName, officer.title, officer.unit && !officer.title.includes(officer.unit.name) ? officer.unit.name : ''].filter(Boolean).join(' — ');

/**
 * The officers who hold the role the step needs where it runs, as the server lists them for this
 * dossier and this officer. An assignment must name one; a hand-over may leave the step to the
 * whole unit (the lifecycle says which: `required`).
 */
export function AssigneeSelect({ dossierCode, action, label, required, value, onChange, error }: {
  dossierCode: string;
  action: StaffingAction;
  label: string;
  required: boolean;
  value: string;
  onChange(id: string): void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const eligible = useApi(apiRead('/api/v1/dossiers/{code}/assignable-officers', { path: { code: dossierCode }, query: { action } }));
  if (eligible.error) return <ErrorMessage error={eligible.error} onRetry={eligible.reload} />;
  const answer = eligible.data;
  const step = answer ? `${answer.step.name} (${answer.step.agency.name})` : '…';
  const hint = answer && answer.officers.length === 0 ? t(texts.noEligibleOfficer, { step }) : t(required ? texts.assigneeAssignHint : texts.assigneeNextHint, { step });
  return (
    <Field label={label} hint={hint} required={required} error={error}>
      <select value={value} onChange={(event) => onChange(event.target.value)} disabled={!answer} aria-busy={eligible.loading || undefined}>
        <option value="">{t(required ? texts.chooseOfficer : texts.anyone)}</option>
        {answer?.officers.map((officer) => (
          <option key={officer.id} value={officer.id}>
            {officerLabel(officer)}
            {officer.id === answer.assigneeId ? ` ${t(texts.assignedNow)}` : ''}
          </option>
        ))}
      </select>
    </Field>
  );
}
