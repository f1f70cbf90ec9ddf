import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CONFIDENTIALITIES, CONFIDENTIALITY_CODES, type Confidentiality, type DocumentType, type Urgency } from '@motcua/core';
import { type ClientErrors, requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useTitle } from '../../shared/use-title.js';
import { useDocumentStaff } from './api.js';
import { DocumentAgencyPicker, useDocumentAgency } from './agency.js';
import { nonBlankLines } from './comma-lines.js';
import { CodeSelect, SubmitRow, TypeSubjectUrgency, UnplacedError } from './FormParts.js';
import { OUTGOING_PATH, outgoingPath, outgoingTexts as texts } from './outgoing-texts.js';
import { SignerField } from './SignerField.js';
import { documentTexts } from './texts.js';

const FIELDS = ['type', 'subject', 'urgency', 'confidentiality', 'signerId', 'recipients', 'pageCount', 'note'] as const;

interface Values {
  type: DocumentType;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  signerId: string;
  recipients: string;
  pageCount: string;
  note: string;
}

const BLANK: Values = { type: 'letter', subject: '', urgency: 'normal', confidentiality: 'confidential', signerId: '', recipients: '', pageCount: '1', note: '' };

/**
 * The clerk enters a document released on paper only (classified, or signed by hand): the next
 * number of the outgoing register for it, its particulars kept and nothing else.
 */
export function PaperOnlyOutgoingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useTitle(t(texts.paperOnlyTitle));
  const agency = useDocumentAgency();
  const staff = useDocumentStaff(agency.chosen?.code);
  const [values, setValues] = useState<Values>(BLANK);
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    const recipients = nonBlankLines(values.recipients);
    const pageCount = Number(values.pageCount);
    if (!values.subject.trim()) errors.subject = requiredText(documentTexts.subject);
    if (!values.signerId) errors.signerId = requiredText(texts.signer, 'choose');
    if (recipients.length === 0) errors.recipients = requiredText(texts.paperRecipients);
    if (!Number.isInteger(pageCount) || pageCount < 1) errors.pageCount = requiredText(documentTexts.pageCount);
    submit(errors, async () => {
      const entered = await dataOf(
        api.POST('/api/v1/documents/outgoing/paper-only', {
          body: {
            ...agency.query,
            type: values.type,
            subject: values.subject.trim(),
            urgency: values.urgency,
            confidentiality: values.confidentiality,
            signerId: values.signerId,
            recipients,
            pageCount,
            ...(values.note.trim() && { note: values.note.trim() }),
          },
        }),
      );
      await navigate(outgoingPath(entered.id), { state: { message: t(texts.paperOnlyEntered, { numberSymbol: entered.numberSymbol }) } });
      return undefined;
    });
  };

  return (
    <div className="page narrow">
      <p>
        <Link to={OUTGOING_PATH}>{t(texts.registerTitle)}</Link>
      </p>
      <h1>{t(texts.paperOnlyTitle)}</h1>
      <p>{t(texts.paperOnlyIntro)}</p>
      <DocumentAgencyPicker />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="stack">
        <UnplacedError error={submission.error} fields={FIELDS} />
        {staff.error && <ErrorMessage error={staff.error} onRetry={staff.reload} />}
        <TypeSubjectUrgency values={values} set={set} errorAt={errorAt} />
        <Field label={t(documentTexts.confidentiality)} error={errorAt('confidentiality')}>
          <CodeSelect name="confidentiality" value={values.confidentiality} codes={CONFIDENTIALITY_CODES} names={CONFIDENTIALITIES} onChange={(code) => set('confidentiality', code)} />
        </Field>
        <SignerField staff={staff.data} loading={staff.loading} value={values.signerId} onChange={(officerId) => set('signerId', officerId)} error={errorAt('signerId')} />
        <Field label={t(texts.paperRecipients)} hint={t(texts.paperRecipientsHint)} required error={errorAt('recipients')}>
          <textarea name="recipients" rows={4} value={values.recipients} onChange={(event) => set('recipients', event.target.value)} />
        </Field>
        <Field label={t(documentTexts.pageCount)} required error={errorAt('pageCount')}>
          <input type="number" name="pageCount" min={1} max={10_000} inputMode="numeric" value={values.pageCount} onChange={(event) => set('pageCount', event.target.value)} />
        </Field>
        <Field label={t(texts.paperOnlyNote)} error={errorAt('note')}>
          <textarea name="note" rows={2} maxLength={2000} value={values.note} onChange={(event) => set('note', event.target.value)} />
        </Field>
        <SubmitRow label={t(texts.paperOnlySubmit)} busy={submission.busy} />
      </form>
    </div>
  );
}
