import { type FormEvent, useState } from 'react';
import type { DocumentType, Urgency } from '@motcua/core';
import type { BodyOf } from '@motcua/contract';
import { type ClientErrors, requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { readAsBase64 } from '../../shared/files.js';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { RadioGroup } from '../../shared/ui/RadioGroup.js';
import { ACCEPT_PDF, fileProblem } from '../files.js';
import { useDocumentStaff, useOtherAgencies } from './api.js';
import { aboutLine, commaPairs, nonBlankLines } from './comma-lines.js';
import { Choices, SubmitRow, TypeSubjectUrgency, UnplacedError } from './FormParts.js';
import type { OutgoingDocument } from './outgoing-api.js';
import { SignerField } from './SignerField.js';
import { outgoingTexts as texts } from './outgoing-texts.js';
import { documentTexts } from './texts.js';

type NewDraft = BodyOf<'/api/v1/documents/outgoing', 'post'>;
/** What the form sends: a draft's fields, its body left out when a new version keeps the previous one. */
export type DraftFields = Omit<NewDraft, 'agency' | 'body'> & { body?: NewDraft['body'] };

type BodyKind = 'template' | 'upload' | 'keep';

interface Values {
  type: DocumentType;
  subject: string;
  urgency: Urgency;
  signerId: string;
  agencies: string[];
  emails: string;
  peers: string;
  bodyKind: BodyKind;
  text: string;
  file: File | null;
  attachments: File[];
  note: string;
}

const BLANK: Values = { type: 'letter', subject: '', urgency: 'normal', signerId: '', agencies: [], emails: '', peers: '', bodyKind: 'template', text: '', file: null, attachments: [], note: '' };

/** The form's values for a new version of `document`: its facts as they stand, its body kept unless the author gives another. */
function valuesOf(document: OutgoingDocument): Values {
  const codes = (kind: 'agency' | 'peer') => document.recipients.filter((recipient) => recipient.kind === kind);
  return {
    ...BLANK,
    type: document.type,
    subject: document.subject,
    urgency: document.urgency,
    signerId: document.signer.id,
    agencies: codes('agency').map((recipient) => recipient.code ?? ''),
    emails: document.recipients
      .filter((recipient) => recipient.kind === 'email')
      .map((recipient) => recipient.address)
      .join('\n'),
    peers: codes('peer')
      .map((recipient) => `${recipient.code}, ${recipient.name}`)
      .join('\n'),
    bodyKind: 'keep',
  };
}

const FIELDS = ['type', 'subject', 'urgency', 'signerId', 'recipients', 'body', 'attachments', 'note'] as const;

const upload = async (file: File) => ({ name: file.name, contentBase64: await readAsBase64(file) });

/**
 * A draft's facts, recipients and body: a new draft at `agency`, or a new version of
 * `revising` (the body then kept unless another is given). `save` sends them and answers the
 * document as it now stands.
 */
export function DraftForm({ agency, revising, save }: { agency: { id: string; code: string | undefined }; revising?: OutgoingDocument; save(fields: DraftFields): Promise<unknown> }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(() => (revising ? valuesOf(revising) : BLANK));
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const staff = useDocumentStaff(agency.code);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const otherAgencies = useOtherAgencies(agency.id);
  const bodyKinds: Array<{ value: BodyKind; label: string }> = [
    ...(revising ? [{ value: 'keep' as const, label: t(texts.bodyKeep) }] : []),
    { value: 'template', label: t(texts.bodyTemplate) },
    { value: 'upload', label: t(texts.bodyUpload) },
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    const peers = commaPairs(values.peers);
    const emails = nonBlankLines(values.emails);
    if (!values.subject.trim()) errors.subject = requiredText(documentTexts.subject);
    if (!values.signerId) errors.signerId = requiredText(texts.signer, 'choose');
    if (peers.unreadable.length > 0) errors.peers = aboutLine(texts.peerLineProblem, peers.unreadable[0]!);
    if (values.agencies.length + emails.length + peers.pairs.length === 0) errors.agencies = texts.noRecipient;
    if (values.bodyKind === 'template' && !values.text.trim()) errors.text = requiredText(texts.bodyText);
    if (values.bodyKind === 'upload') {
      const problem = values.file ? fileProblem(values.file, 'pdf') : requiredText(texts.bodyFile, 'choose');
      if (problem) errors.file = problem;
    }
    const badAttachment = values.attachments.find((file) => fileProblem(file, 'pdf'));
    if (badAttachment) errors.attachments = fileProblem(badAttachment, 'pdf')!;
    submit(errors, async () => {
      const body = values.bodyKind === 'template' ? { text: values.text.trim() } : values.bodyKind === 'upload' && values.file ? { file: await upload(values.file) } : undefined;
      await save({
        type: values.type,
        subject: values.subject.trim(),
        urgency: values.urgency,
        signerId: values.signerId,
        recipients: { agencies: values.agencies, emails, peers: peers.pairs.map(([agencyCode, name]) => ({ agencyCode, name })) },
        ...(body && { body }),
        ...(values.attachments.length > 0 && { attachments: await Promise.all(values.attachments.map(upload)) }),
        ...(values.note.trim() && { note: values.note.trim() }),
      });
      return undefined;
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="stack">
      <UnplacedError error={submission.error} fields={FIELDS} />
      {staff.error && <ErrorMessage error={staff.error} onRetry={staff.reload} />}
      <TypeSubjectUrgency values={values} set={set} errorAt={errorAt} />
      <SignerField staff={staff.data} loading={staff.loading} value={values.signerId} onChange={(officerId) => set('signerId', officerId)} error={errorAt('signerId')} />
      <fieldset className="stack">
        <legend>{t(texts.recipients)}</legend>
        <Choices legend={t(texts.recipientAgencies)} name="agencies" options={otherAgencies} chosen={values.agencies} onChange={(chosen) => set('agencies', chosen)} error={errorAt('agencies')} />
        <Field label={t(texts.recipientEmails)} hint={t(texts.recipientEmailsHint)} error={errorAt('emails')}>
          <textarea name="emails" rows={2} value={values.emails} onChange={(event) => set('emails', event.target.value)} />
        </Field>
        <Field label={t(texts.recipientPeers)} hint={t(texts.recipientPeersHint)} error={errorAt('peers')}>
          <textarea name="peers" rows={2} value={values.peers} onChange={(event) => set('peers', event.target.value)} />
        </Field>
      </fieldset>
      <RadioGroup legend={t(texts.body)} name="bodyKind" inline value={values.bodyKind} onChange={(kind) => set('bodyKind', kind)} options={bodyKinds} />
      {values.bodyKind === 'template' && (
        <Field label={t(texts.bodyText)} hint={t(texts.bodyTextHint)} required error={errorAt('text')}>
          <textarea name="text" rows={10} maxLength={100_000} value={values.text} onChange={(event) => set('text', event.target.value)} />
        </Field>
      )}
      {values.bodyKind === 'upload' && (
        <Field label={t(texts.bodyFile)} required error={errorAt('file')}>
          <input type="file" name="file" accept={ACCEPT_PDF} onChange={(event) => set('file', event.target.files?.[0] ?? null)} />
        </Field>
      )}
      <Field label={t(texts.attachments)} hint={revising ? t(texts.attachmentsKeptHint) : undefined} error={errorAt('attachments')}>
        <input type="file" name="attachments" multiple accept={ACCEPT_PDF} onChange={(event) => set('attachments', [...(event.target.files ?? [])])} />
      </Field>
      {revising && (
        <Field label={t(texts.versionNote)} error={errorAt('note')}>
          <textarea name="note" rows={2} maxLength={2000} value={values.note} onChange={(event) => set('note', event.target.value)} />
        </Field>
      )}
      <SubmitRow label={t(texts.saveDraft)} busy={submission.busy} />
    </form>
  );
}
