import { type FormEvent, useState } from 'react';
import { incomingTransitionOf } from '@motcua/core';
import { type ClientErrors, requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { SubmitOrCancel } from '../../shared/ui/SubmitOrCancel.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { type DocumentAssignment, type IncomingDocument, holderName, officerLabel, officersWith, useDocumentStaff } from './api.js';
import { type AvailableAction, availableActions } from './available-actions.js';
import { documentTexts as texts } from './texts.js';
import { ActionHeading, ActionPanel } from './ActionPanel.js';
import { Choices, UnplacedError } from './FormParts.js';

type Done = (document: IncomingDocument, message: string) => void;

const keyOf = ({ action, assignment }: AvailableAction) => `${action}:${assignment?.id ?? ''}`;

/** The actions the signed-in officer may take on the document now, each opening its form below the buttons. */
export function DocumentActions({ document, onDone }: { document: IncomingDocument; onDone: Done }) {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const available = officer ? availableActions(officer, document) : [];
  const label = ({ action, assignment }: AvailableAction) => {
    const name = t(incomingTransitionOf(action).label);
    const holders = available.filter((other) => other.action === action).length;
    return assignment && holders > 1 ? t(texts.onAssignment, { action: name, holder: holderName(assignment) }) : name;
  };
  return (
    <ActionPanel
      available={available}
      keyOf={keyOf}
      label={label}
      form={(chosen, close) => (
        <ActionForm
          document={document}
          chosen={chosen}
          title={label(chosen)}
          onCancel={close}
          onDone={(updated, message) => {
            close();
            onDone(updated, message);
          }}
        />
      )}
    />
  );
}

const BASE = '/api/v1/documents/incoming';

/** One action's form: its own fields, the server's refusal at the field it names, and the confirmation handed back. */
function ActionForm({ document, chosen, title, onCancel, onDone }: { document: IncomingDocument; chosen: AvailableAction; title: string; onCancel(): void; onDone: Done }) {
  const { t } = useI18n();
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const [note, setNote] = useState('');
  const [assign, setAssign] = useState<AssignDraft>({ lead: '', cooperating: [], information: [], workingDays: '' });
  const [passDown, setPassDown] = useState<PassDownDraft>({ officerId: '', cooperatingOfficerIds: [] });
  const { action, assignment } = chosen;
  const id = document.id;
  const noteText = note.trim() || undefined;

  const send = (): Promise<IncomingDocument> => {
    const path = { id, assignmentId: assignment?.id ?? '' };
    switch (action) {
      case 'present':
        return dataOf(api.POST(`${BASE}/{id}/present`, { params: { path: { id } }, body: { note: noteText } }));
      case 'return':
        return dataOf(api.POST(`${BASE}/{id}/return`, { params: { path: { id } }, body: { note: noteText } }));
      case 'withdraw':
        return dataOf(api.POST(`${BASE}/{id}/withdraw`, { params: { path: { id } }, body: { note: noteText } }));
      case 'assign':
        return dataOf(
          api.POST(`${BASE}/{id}/assign`, {
            params: { path: { id } },
            body: {
              lead: assigneeOf(assign.lead),
              cooperating: assign.cooperating.map(assigneeOf),
              information: assign.information.map(assigneeOf),
              instructions: noteText,
              ...(assign.workingDays !== '' && { workingDays: Number(assign.workingDays) }),
            },
          }),
        );
      case 'pass_down':
        return dataOf(
          api.POST(`${BASE}/{id}/assignments/{assignmentId}/pass-down`, { params: { path }, body: { officerId: passDown.officerId, cooperatingOfficerIds: passDown.cooperatingOfficerIds, instructions: noteText } }),
        );
      case 'record_progress':
        return dataOf(api.POST(`${BASE}/{id}/assignments/{assignmentId}/progress`, { params: { path }, body: { note: note.trim() } }));
      case 'finish':
        return dataOf(api.POST(`${BASE}/{id}/assignments/{assignmentId}/finish`, { params: { path }, body: { note: noteText } }));
      case 'finish_part':
        return dataOf(api.POST(`${BASE}/{id}/assignments/{assignmentId}/finish-part`, { params: { path }, body: { note: noteText } }));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (action === 'assign' && !assign.lead) errors.lead = requiredText(texts.lead, 'choose');
    if (action === 'assign' && assign.workingDays !== '' && !/^\d{1,3}$/.test(assign.workingDays)) errors.workingDays = requiredText(texts.workingDays);
    if (action === 'pass_down' && !passDown.officerId) errors.officerId = requiredText(texts.handler, 'choose');
    if (action === 'record_progress' && !note.trim()) errors.note = requiredText(texts.progressNote);
    submit(errors, async () => {
      onDone(await send(), t(texts.done, { action: title }));
      return undefined;
    });
  };

  const noteLabel = action === 'record_progress' ? texts.progressNote : action === 'assign' || action === 'pass_down' ? texts.instructions : action.startsWith('finish') ? texts.resultNote : texts.note;
  const noteField = action === 'assign' ? 'instructions' : action === 'pass_down' ? 'instructions' : 'note';
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="stack action-form">
      <ActionHeading>{title}</ActionHeading>
      <UnplacedError error={submission.error} fields={['lead', 'cooperating', 'information', 'workingDays', 'officerId', 'cooperatingOfficerIds', noteField]} />
      {action === 'assign' && <AssignFields agencyCode={document.agency.code} draft={assign} onChange={setAssign} errorAt={errorAt} />}
      {action === 'pass_down' && assignment && <PassDownFields agencyCode={document.agency.code} assignment={assignment} draft={passDown} onChange={setPassDown} errorAt={errorAt} />}
      <Field label={t(noteLabel)} required={action === 'record_progress'} error={errorAt(noteField)}>
        <textarea name={noteField} rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <SubmitOrCancel label={title} busy={submission.busy} onCancel={onCancel} />
    </form>
  );
}

interface AssignDraft {
  /** `unit:<code>` or `officer:<id>`. */
  lead: string;
  cooperating: string[];
  information: string[];
  workingDays: string;
}

interface PassDownDraft {
  officerId: string;
  cooperatingOfficerIds: string[];
}

const assigneeOf = (choice: string) => {
  const [kind, value] = choice.split(':') as [string, string];
  return kind === 'unit' ? { unitCode: value } : { officerId: value };
};

type ErrorAt = (path: string) => string | undefined;

/** The leader's assignment: a lead, those cooperating, those told, and a deadline in working days. */
function AssignFields({ agencyCode, draft, onChange, errorAt }: { agencyCode: string; draft: AssignDraft; onChange(draft: AssignDraft): void; errorAt: ErrorAt }) {
  const { t } = useI18n();
  const staff = useDocumentStaff(agencyCode);
  if (staff.error) return <ErrorMessage error={staff.error} onRetry={staff.reload} />;
  const handlers = [
    ...(staff.data?.units ?? []).map((unit) => ({ value: `unit:${unit.code}`, label: t(texts.unitOption, { name: unit.name }) })),
    ...officersWith(staff.data, ['unit_head', 'specialist']).map((officer) => ({ value: `officer:${officer.id}`, label: officerLabel(officer) })),
  ];
  const informed = officersWith(staff.data, ['agency_leader', 'unit_head', 'specialist', 'document_clerk']).map((officer) => ({ value: `officer:${officer.id}`, label: officerLabel(officer) }));
  return (
    <>
      <Field label={t(texts.lead)} required error={errorAt('lead')}>
        <select name="lead" value={draft.lead} onChange={(event) => onChange({ ...draft, lead: event.target.value })} aria-busy={staff.loading || undefined}>
          <option value="">{t(texts.chooseAssignee)}</option>
          {handlers.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <Choices legend={t(texts.cooperating)} name="cooperating" options={handlers.filter((option) => option.value !== draft.lead)} chosen={draft.cooperating} onChange={(cooperating) => onChange({ ...draft, cooperating })} error={errorAt('cooperating')} />
      <Choices legend={t(texts.information)} name="information" options={informed} chosen={draft.information} onChange={(information) => onChange({ ...draft, information })} error={errorAt('information')} />
      <Field label={t(texts.workingDays)} hint={t(texts.workingDaysHint)} error={errorAt('workingDays')}>
        <input name="workingDays" type="number" min={0} max={365} value={draft.workingDays} onChange={(event) => onChange({ ...draft, workingDays: event.target.value })} />
      </Field>
    </>
  );
}

/** The unit head's hand-down: one specialist of the unit handles it, others of the unit may cooperate. */
function PassDownFields({ agencyCode, assignment, draft, onChange, errorAt }: { agencyCode: string; assignment: DocumentAssignment; draft: PassDownDraft; onChange(draft: PassDownDraft): void; errorAt: ErrorAt }) {
  const { t } = useI18n();
  const staff = useDocumentStaff(agencyCode);
  if (staff.error) return <ErrorMessage error={staff.error} onRetry={staff.reload} />;
  const specialists = officersWith(staff.data, ['specialist'], assignment.unit?.id).map((officer) => ({ value: officer.id, label: officerLabel(officer) }));
  return (
    <>
      <Field label={t(texts.handler)} required error={errorAt('officerId')}>
        <select name="officerId" value={draft.officerId} onChange={(event) => onChange({ ...draft, officerId: event.target.value })} aria-busy={staff.loading || undefined}>
          <option value="">{t(texts.chooseOfficer)}</option>
          {specialists.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <Choices
        legend={t(texts.cooperating)}
        name="cooperatingOfficerIds"
        options={specialists.filter((option) => option.value !== draft.officerId)}
        chosen={draft.cooperatingOfficerIds}
        onChange={(cooperatingOfficerIds) => onChange({ ...draft, cooperatingOfficerIds })}
        error={errorAt('cooperatingOfficerIds')}
      />
    </>
  );
}
