import { type FormEvent, useState } from 'react';
import { type OutgoingAction, outgoingTransition } from '@motcua/core';
import { type ClientErrors, requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { api, dataOf } from '../../shared/api.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { SubmitOrCancel } from '../../shared/ui/SubmitOrCancel.js';
import { Field } from '../../shared/ui/Field.js';
import { ActionHeading, ActionPanel } from './ActionPanel.js';
import { DraftForm } from './DraftForm.js';
import { UnplacedError } from './FormParts.js';
import type { OutgoingDocument } from './outgoing-api.js';
import { outgoingTexts } from './outgoing-texts.js';
import { documentTexts as texts } from './texts.js';

type Done = (document: OutgoingDocument, message: string) => void;
type Available = OutgoingDocument['actions'][number];

const BASE = '/api/v1/documents/outgoing/{id}';

/** The note each step asks for: required where the author or the recipients must be told why. */
const NOTES: Record<OutgoingAction, { label: Text; required: boolean } | null> = {
  submit: { label: texts.note, required: false },
  return: { label: outgoingTexts.returnNote, required: true },
  forward: { label: texts.note, required: false },
  approve_format: { label: texts.note, required: false },
  sign: null,
  release: { label: texts.note, required: false },
  recall: { label: outgoingTexts.recallNote, required: true },
};

/**
 * What the signed-in officer may do to the outgoing document now, as the server lists it (the
 * routing table of the domain, the step's holder, and the author's right to revise).
 */
export function OutgoingActions({ document, onDone }: { document: OutgoingDocument; onDone: Done }) {
  const { t } = useI18n();
  const label = (action: Available) => {
    if (action === 'revise') return t(outgoingTexts.revise);
    const transition = outgoingTransition(document.state, action);
    return transition ? t(transition.label) : action;
  };
  return (
    <ActionPanel
      available={document.actions}
      keyOf={(action) => action}
      label={label}
      form={(action, close) => {
        const done: Done = (updated, message) => {
          close();
          onDone(updated, message);
        };
        return action === 'revise' ? (
          <div className="action-form">
            <ActionHeading>{label(action)}</ActionHeading>
            <DraftForm
              agency={document.agency}
              revising={document}
              save={async (fields) => {
                const updated = await dataOf(api.POST(`${BASE}/versions`, { params: { path: { id: document.id } }, body: fields }));
                done(updated, t(outgoingTexts.drafted, { version: updated.version }));
              }}
            />
          </div>
        ) : (
          <StepForm document={document} action={action} title={label(action)} onCancel={close} onDone={done} />
        );
      }}
    />
  );
}

/** One step of the course: what it does, the note it takes, and the confirmation handed back. */
function StepForm({ document, action, title, onCancel, onDone }: { document: OutgoingDocument; action: OutgoingAction; title: string; onCancel(): void; onDone: Done }) {
  const { t } = useI18n();
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const [note, setNote] = useState('');
  const asked = NOTES[action];
  const send = () => {
    const params = { path: { id: document.id } };
    const body = { note: note.trim() || undefined };
    switch (action) {
      case 'submit':
        return dataOf(api.POST(`${BASE}/submit`, { params, body }));
      case 'return':
        return dataOf(api.POST(`${BASE}/return`, { params, body }));
      case 'forward':
        return dataOf(api.POST(`${BASE}/forward`, { params, body }));
      case 'approve_format':
        return dataOf(api.POST(`${BASE}/approve-format`, { params, body }));
      case 'sign':
        return dataOf(api.POST(`${BASE}/sign`, { params, body: {} }));
      case 'release':
        return dataOf(api.POST(`${BASE}/release`, { params, body }));
      case 'recall':
        return dataOf(api.POST(`${BASE}/recall`, { params, body }));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (asked?.required && !note.trim()) errors.note = requiredText(asked.label);
    submit(errors, async () => {
      const updated = await send();
      onDone(updated, updated.signaturePending ? t(outgoingTexts.signatureRequested) : t(texts.done, { action: title }));
      return undefined;
    });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="stack action-form">
      <ActionHeading>{title}</ActionHeading>
      <UnplacedError error={submission.error} fields={['note']} />
      {action === 'sign' && <p>{t(outgoingTexts.signNote, { lines: document.signerLines.join(' / ') })}</p>}
      {action === 'release' && <p>{t(outgoingTexts.releaseNote)}</p>}
      {asked && (
        <Field label={t(asked.label)} required={asked.required} error={errorAt('note')}>
          <textarea name="note" rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
        </Field>
      )}
      <SubmitOrCancel label={title} busy={submission.busy} onCancel={onCancel} />
    </form>
  );
}
