import { type FormEvent, useState } from 'react';
import { CONFIDENTIALITIES, CONFIDENTIALITY_CODES, type Confidentiality, DOCUMENT_TYPES, DOCUMENT_TYPE_CODES, type DocumentType, URGENCIES, URGENCY_CODES, type Urgency, isClassified } from '@motcua/core';
import { Link, useNavigate } from 'react-router';
import { type ClientErrors, requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { api, dataOf } from '../../shared/api.js';
import { readAsBase64 } from '../../shared/files.js';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { RadioGroup } from '../../shared/ui/RadioGroup.js';
import { useTitle } from '../../shared/use-title.js';
import { ACCEPT_ATTRIBUTE, fileProblem } from '../files.js';
import { CodeSelect, SubmitRow, UnplacedError } from './FormParts.js';
import { DOCUMENTS_PATH, documentPath, documentTexts as texts } from './texts.js';
import { DocumentAgencyPicker, useDocumentAgency } from './agency.js';

interface Draft {
  channel: 'paper' | 'electronic';
  arrivedAt: string;
  numberSymbol: string;
  type: DocumentType | '';
  documentDate: string;
  sender: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  pageCount: string;
  scan: File | null;
}

const FIELDS = ['arrivedAt', 'numberSymbol', 'type', 'documentDate', 'sender', 'subject', 'urgency', 'confidentiality', 'pageCount', 'scan'] as const;

const EMPTY: Draft = { channel: 'paper', arrivedAt: '', numberSymbol: '', type: '', documentDate: '', sender: '', subject: '', urgency: 'normal', confidentiality: 'normal', pageCount: '', scan: null };

/** The clerk enters a document that arrived: the register's next number is drawn when it is saved. A classified one is entered without its content. */
export function RegisterIncomingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useTitle(t(texts.registerNew));
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const classified = isClassified(draft.confidentiality);
  const agency = useDocumentAgency();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (!draft.sender.trim()) errors.sender = requiredText(texts.sender);
    if (!draft.subject.trim()) errors.subject = requiredText(texts.subject);
    const problem = draft.scan && !classified ? fileProblem(draft.scan) : undefined;
    if (problem && draft.scan) errors.scan = { vi: problem.vi.replace('{name}', draft.scan.name), en: problem.en.replace('{name}', draft.scan.name) };
    submit(errors, async () => {
      const scan = draft.scan && !classified ? { name: draft.scan.name, contentBase64: await readAsBase64(draft.scan) } : undefined;
      const document = await dataOf(
        api.POST('/api/v1/documents/incoming', {
          body: {
            ...agency.query,
            channel: draft.channel,
            ...(draft.arrivedAt && { arrivedAt: `${draft.arrivedAt}:00+07:00` }),
            ...(draft.numberSymbol.trim() && { numberSymbol: draft.numberSymbol.trim() }),
            ...(draft.type && { type: draft.type }),
            ...(draft.documentDate && { documentDate: draft.documentDate }),
            sender: draft.sender.trim(),
            subject: draft.subject.trim(),
            urgency: draft.urgency,
            confidentiality: draft.confidentiality,
            ...(draft.pageCount && { pageCount: Number(draft.pageCount) }),
            ...(scan && { scan }),
          },
        }),
      );
      await navigate(documentPath(document.id), { state: { message: t(texts.registered, { number: document.registerNumber }) } });
      return undefined;
    });
  };

  return (
    <div className="page narrow">
      <p>
        <Link to={DOCUMENTS_PATH}>{t(texts.registerTitle)}</Link>
      </p>
      <h1>{t(texts.registerNew)}</h1>
      <DocumentAgencyPicker />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="stack">
        <UnplacedError error={submission.error} fields={FIELDS} />
        <RadioGroup
          legend={t(texts.channel)}
          name="channel"
          inline
          value={draft.channel}
          onChange={(value) => set('channel', value)}
          options={[
            { value: 'paper', label: t(texts.channelPaper) },
            { value: 'electronic', label: t(texts.channelElectronic) },
          ]}
        />
        <Field label={t(texts.arrivedAt)} error={errorAt('arrivedAt')}>
          <input type="datetime-local" name="arrivedAt" value={draft.arrivedAt} onChange={(event) => set('arrivedAt', event.target.value)} />
        </Field>
        <Field label={t(texts.numberSymbol)} hint={t(texts.numberSymbolHint)} error={errorAt('numberSymbol')}>
          <input name="numberSymbol" maxLength={100} value={draft.numberSymbol} onChange={(event) => set('numberSymbol', event.target.value)} />
        </Field>
        <Field label={t(texts.type)} error={errorAt('type')}>
          <CodeSelect name="type" value={draft.type} codes={DOCUMENT_TYPE_CODES} names={DOCUMENT_TYPES} none={t(texts.typeFromSymbol)} onChange={(code: DocumentType) => set('type', code)} />
        </Field>
        <Field label={t(texts.documentDate)} error={errorAt('documentDate')}>
          <input type="date" name="documentDate" value={draft.documentDate} onChange={(event) => set('documentDate', event.target.value)} />
        </Field>
        <Field label={t(texts.sender)} required error={errorAt('sender')}>
          <input name="sender" maxLength={500} value={draft.sender} onChange={(event) => set('sender', event.target.value)} />
        </Field>
        <Field label={t(texts.subject)} required error={errorAt('subject')}>
          <textarea name="subject" rows={3} maxLength={2000} value={draft.subject} onChange={(event) => set('subject', event.target.value)} />
        </Field>
        <Field label={t(texts.urgency)} error={errorAt('urgency')}>
          <CodeSelect name="urgency" value={draft.urgency} codes={URGENCY_CODES} names={URGENCIES} onChange={(code) => set('urgency', code)} />
        </Field>
        <Field label={t(texts.confidentiality)} hint={classified ? t(texts.classifiedNoFile) : undefined} error={errorAt('confidentiality')}>
          <CodeSelect name="confidentiality" value={draft.confidentiality} codes={CONFIDENTIALITY_CODES} names={CONFIDENTIALITIES} onChange={(code) => set('confidentiality', code)} />
        </Field>
        <Field label={t(texts.pageCount)} error={errorAt('pageCount')}>
          <input type="number" name="pageCount" min={1} max={10000} value={draft.pageCount} onChange={(event) => set('pageCount', event.target.value)} />
        </Field>
        {!classified && (
          <Field label={t(texts.scan)} error={errorAt('scan')}>
            <input type="file" name="scan" accept={ACCEPT_ATTRIBUTE} onChange={(event) => set('scan', event.target.files?.[0] ?? null)} />
          </Field>
        )}
        <SubmitRow label={t(texts.save)} busy={submission.busy} />
      </form>
    </div>
  );
}
