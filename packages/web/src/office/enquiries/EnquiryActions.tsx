import { AGENCIES } from '@motcua/contract';
import { type FormEvent, useState } from 'react';
import { type ClientErrors, requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { AgencyChoice } from '../../shared/ui/AgencyChoice.js';
import { Field } from '../../shared/ui/Field.js';
import { SubmitOrCancel } from '../../shared/ui/SubmitOrCancel.js';
import { useApi } from '../../shared/use-api.js';
import { officerLabel, officersWith, useDocumentStaff } from '../documents/api.js';
import { ActionHeading, ActionPanel } from '../documents/ActionPanel.js';
import { UnplacedError } from '../documents/FormParts.js';
import { enquiryOfficeTexts as texts } from './texts.js';

/** The fields an officer's step on a question or a feedback may ask for, by the name the server gives them. */
export type InputName = 'assigneeId' | 'agencyCode' | 'reason' | 'comment' | 'answer' | 'request' | 'body' | 'title';
export type ActionValues = Record<InputName, string>;

export interface ActionInput {
  name: InputName;
  label: Text;
  /** A specialist of the agency, another agency, one line, or a text of several lines. */
  kind: 'specialist' | 'agency' | 'line' | 'text';
  required: boolean;
  hint?: Text;
}

const input = (name: InputName, label: Text, kind: ActionInput['kind'], required = true, hint?: Text): ActionInput => ({ name, label, kind, required, ...(hint && { hint }) });

/** The inputs the steps share: whom to give it to, why, what to answer, what the portal shows. */
export const INPUTS = {
  specialist: input('assigneeId', texts.assignee, 'specialist'),
  transferAgency: input('agencyCode', texts.transferAgency, 'agency'),
  reason: input('reason', texts.reason, 'text'),
  comment: input('comment', texts.comment, 'text'),
  answer: input('answer', texts.answerText, 'text'),
  request: input('request', texts.request, 'text'),
  routeBody: input('body', texts.routeBody, 'line', true, texts.routeBodyHint),
  publication: [input('title', texts.publishTitle, 'line', false, texts.publishHint), input('body', texts.publishBody, 'text', false), input('answer', texts.publishAnswer, 'text', false)],
} as const;

const EMPTY: ActionValues = { assigneeId: '', agencyCode: '', reason: '', comment: '', answer: '', request: '', body: '', title: '' };

interface Props<Action extends string, Detail> {
  /** The agency it is with: its specialists are those a step gives it to. */
  agencyCode: string;
  actions: readonly Action[];
  labelOf(action: Action): string;
  inputsOf(action: Action): readonly ActionInput[];
  send(action: Action, values: ActionValues): Promise<Detail>;
  onDone(detail: Detail, message: string): void;
}

/** The steps the signed-in officer may take now (the server lists them), each opening its form below the buttons. */
export function EnquiryActions<Action extends string, Detail>({ actions, labelOf, onDone, ...form }: Props<Action, Detail>) {
  const { t } = useI18n();
  return (
    <ActionPanel
      available={actions}
      keyOf={(action) => action}
      label={labelOf}
      nothing={t(texts.noActions)}
      form={(action, close) => (
        <ActionForm
          {...form}
          action={action}
          title={labelOf(action)}
          onCancel={close}
          onDone={(detail) => {
            close();
            onDone(detail, t(texts.done, { action: labelOf(action) }));
          }}
        />
      )}
    />
  );
}

function ActionForm<Action extends string, Detail>({
  agencyCode,
  action,
  title,
  inputsOf,
  send,
  onCancel,
  onDone,
}: Omit<Props<Action, Detail>, 'actions' | 'labelOf' | 'onDone'> & { action: Action; title: string; onCancel(): void; onDone(detail: Detail): void }) {
  const { t } = useI18n();
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const [values, setValues] = useState(EMPTY);
  const inputs = inputsOf(action);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    for (const { name, label, kind, required } of inputs) {
      if (required && !values[name].trim()) errors[name] = requiredText(label, kind === 'specialist' || kind === 'agency' ? 'choose' : 'enter');
    }
    submit(errors, async () => {
      onDone(await send(action, values));
      return undefined;
    });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="stack action-form">
      <ActionHeading>{title}</ActionHeading>
      <UnplacedError error={submission.error} fields={inputs.map(({ name }) => name)} />
      {inputs.map((spec) => (
        <Field key={spec.name} label={t(spec.label)} hint={spec.hint && t(spec.hint)} required={spec.required} error={errorAt(spec.name)}>
          <InputControl spec={spec} agencyCode={agencyCode} value={values[spec.name]} onChange={(value) => setValues((previous) => ({ ...previous, [spec.name]: value }))} />
        </Field>
      ))}
      <SubmitOrCancel label={title} busy={submission.busy} onCancel={onCancel} />
    </form>
  );
}

/** One input's control; `Field` gives it its id and descriptions, which it hands to the element. */
function InputControl({ spec, agencyCode, value, onChange, ...described }: { spec: ActionInput; agencyCode: string; value: string; onChange(value: string): void }) {
  switch (spec.kind) {
    case 'specialist':
      return <SpecialistChoice {...described} agencyCode={agencyCode} value={value} onChange={onChange} />;
    case 'agency':
      return <OtherAgencyChoice {...described} agencyCode={agencyCode} value={value} onChange={onChange} />;
    case 'line':
      return <input {...described} name={spec.name} maxLength={300} value={value} onChange={(event) => onChange(event.target.value)} />;
    case 'text':
      return <textarea {...described} name={spec.name} rows={spec.name === 'answer' ? 8 : 3} maxLength={10_000} value={value} onChange={(event) => onChange(event.target.value)} />;
  }
}

function SpecialistChoice({ agencyCode, value, onChange, ...described }: { agencyCode: string; value: string; onChange(value: string): void }) {
  const { t } = useI18n();
  const staff = useDocumentStaff(agencyCode);
  const specialists = officersWith(staff.data, ['specialist']).map((officer) => ({ id: officer.id, name: officerLabel(officer) }));
  return <AgencyChoice {...described} name="assigneeId" agencies={specialists} value={value} empty={t(texts.chooseSpecialist)} onChange={onChange} aria-busy={staff.loading || undefined} />;
}

/** The agencies in office other than this one, each by its code, which is what a transfer names. */
function OtherAgencyChoice({ agencyCode, value, onChange, ...described }: { agencyCode: string; value: string; onChange(value: string): void }) {
  const { t } = useI18n();
  const agencies = (useApi(AGENCIES).data ?? []).filter((agency) => agency.abolishedOn === null && agency.code !== agencyCode).map((agency) => ({ id: agency.code, name: agency.name }));
  return <AgencyChoice {...described} name="agencyCode" agencies={agencies} value={value} empty={t(texts.chooseAgency)} onChange={onChange} />;
}
