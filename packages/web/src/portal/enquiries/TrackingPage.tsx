import { useState } from 'react';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { ErrorSummary, type FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { useTitle } from '../../shared/use-title.js';
import { PageHead } from './frame.js';
import { useEnquiryForm } from './sending.js';
import { enquiryTexts as texts } from './texts.js';

/** Where a question or a feedback stands, as its sender reads it (the server's QuestionProgress, FeedbackProgress). */
interface Progress<State extends string> {
  code: string;
  state: State;
  agency: { name: string };
  receivedAt: string;
  dueAt: string | null;
  overdue: boolean;
  answer: string | null;
  informationRequest?: string | null;
  routedTo?: string | null;
}

/**
 * The sender's own question or feedback, found by its number and the contact they sent it with
 * (the server answers the same "not found" for a wrong number and a wrong contact): its state,
 * the agency and the deadline, what the agency asks of them, and the answer once approved.
 */
export function TrackingPage<State extends string>({
  title,
  codeHint,
  back,
  stateLabels,
  track,
}: {
  title: string;
  codeHint: string;
  back: { to: string; label: string };
  stateLabels: Record<State, Text>;
  track(code: string, contact: string): Promise<Progress<State>>;
}) {
  const { t, language } = useI18n();
  useTitle(title);
  const [code, setCode] = useState('');
  const [contact, setContact] = useState('');
  const form = useEnquiryForm<Progress<State>>(['code', 'contact']);
  const problems = (): FieldErrors => ({
    ...(!code.trim() && { code: t(texts.codeMissing) }),
    ...(!contact.trim() && { contact: t(texts.trackContactMissing) }),
  });
  const progress = form.result;
  return (
    <div className="page narrow">
      <PageHead back={back} title={title} lead={t(texts.trackLead)} />
      <ErrorSummary errors={form.errors} general={form.general} attempt={form.attempt} />
      <form className="card inline-form" noValidate onSubmit={(event) => form.submit(event, problems(), () => track(code.trim().toUpperCase(), contact.trim()))}>
        <Field label={t(texts.codeLabel)} hint={codeHint} error={form.errors.code} required>
          <input name="code" autoComplete="off" maxLength={20} value={code} onChange={(event) => setCode(event.target.value)} />
        </Field>
        <Field label={t(texts.trackContact)} error={form.errors.contact} required>
          <input name="contact" autoComplete="email" maxLength={200} value={contact} onChange={(event) => setContact(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={form.busy}>
          {t(texts.trackSubmit)}
        </button>
      </form>
      <div aria-live="polite">
        {progress && (
          <section className="card" aria-labelledby="enquiry-progress">
            <h2 id="enquiry-progress">{t(texts.progressHeading, { code: progress.code })}</h2>
            <dl className="facts">
              <dt>{t(texts.state)}</dt>
              <dd>{t(stateLabels[progress.state])}</dd>
              <dt>{t(texts.handledBy)}</dt>
              <dd>{progress.agency.name}</dd>
              <dt>{t(texts.receivedAt)}</dt>
              <dd>{formatDate(progress.receivedAt, language)}</dd>
              {progress.dueAt && (
                <>
                  <dt>{t(texts.deadline)}</dt>
                  <dd>
                    {formatDateTime(progress.dueAt, language)} {progress.overdue && <span className="badge badge-danger">{t(texts.overdue)}</span>}
                  </dd>
                </>
              )}
              {progress.routedTo && (
                <>
                  <dt>{t(texts.routedTo)}</dt>
                  <dd>{progress.routedTo}</dd>
                </>
              )}
            </dl>
            {progress.informationRequest && (
              <>
                <h3>{t(texts.informationRequest)}</h3>
                <p className="citizen-preserve-lines">{progress.informationRequest}</p>
                <p className="muted">{t(texts.informationHint)}</p>
              </>
            )}
            {progress.answer && (
              <>
                <h3>{t(texts.answerHeading)}</h3>
                <p className="citizen-preserve-lines">{progress.answer}</p>
              </>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
