import { FEEDBACK_KIND_LABELS } from '@motcua/core';
import { apiRead } from '@motcua/contract';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { ErrorSummary } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { Alert } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { ConfirmEnquiry } from './ConfirmEnquiry.js';
import { PUBLISHED_PAGE_SIZE, PublishedList, PublishedPage, PublishedView, usePublishedSearch } from './published.js';
import { useEnquiryForm } from './sender.js';
import { FEEDBACK_PATH, SEND_FEEDBACK_PATH, feedbackPath, feedbackTexts as texts } from './texts.js';

const back = (label: string) => ({ to: FEEDBACK_PATH, label });

/** Phản ánh, kiến nghị: the answers the agencies published, searched with or without diacritics, and the way to send one. */
export function FeedbackPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  const search = usePublishedSearch();
  const list = useApi(apiRead('/api/public/feedback', { query: { q: search.q || undefined, page: search.page, pageSize: PUBLISHED_PAGE_SIZE } }));
  return (
    <div className="page narrow">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      <p>
        <Link className="button" to={SEND_FEEDBACK_PATH}>
          {t(texts.send)}
        </Link>
      </p>
      <PublishedList caption={t(texts.listCaption)} search={search} list={list} pathOf={feedbackPath} />
    </div>
  );
}

/** One published feedback and the agency's answer. */
export function PublishedFeedbackPage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  const read = useApi(apiRead('/api/public/feedback/{code}', { path: { code } }));
  useTitle(read.data?.title ?? t(texts.title));
  return (
    <PublishedPage code={code} title={t(texts.title)} read={read}>
      {read.data && (
        <PublishedView
          item={read.data}
          back={back(t(texts.backToList))}
          questionHeading={t(texts.contentHeading)}
          answerHeading={t(texts.answerHeading)}
          facts={
            <>
              <dt>{t(texts.kind)}</dt>
              <dd>{t(FEEDBACK_KIND_LABELS[read.data.kind])}</dd>
            </>
          }
        />
      )}
    </PublishedPage>
  );
}

/** Where the feedback's confirmation link lands. */
export function ConfirmFeedbackPage() {
  const { t } = useI18n();
  return (
    <ConfirmEnquiry
      title={t(texts.confirmTitle)}
      lead={t(texts.confirmLead)}
      back={back(t(texts.backToList))}
      confirm={(token) => dataOf(api.POST('/api/public/feedback/confirm', { body: { token } }))}
    />
  );
}

/** Where the agency's request for more information links: the sender's answer, by the link's token. */
export function SupplyInformationPage() {
  const { t, language } = useI18n();
  useTitle(t(texts.supplyTitle));
  const token = useParams().token ?? '';
  const [information, setInformation] = useState('');
  const form = useEnquiryForm<{ code: string; dueAt: string | null }>(['information']);
  const submit = (event: FormEvent) =>
    form.submit(event, information.trim() ? {} : { information: t(texts.informationMissing) }, () =>
      dataOf(api.POST('/api/public/feedback/information', { body: { token, information: information.trim() } })),
    );
  return (
    <div className="page narrow">
      <h1>{t(texts.supplyTitle)}</h1>
      <ErrorSummary errors={form.errors} general={form.general} attempt={form.attempt} />
      {form.result ? (
        <Alert kind="success" title={t(texts.supplied, { code: form.result.code })}>
          {form.result.dueAt && <p>{t(texts.suppliedDue, { due: formatDateTime(form.result.dueAt, language) })}</p>}
        </Alert>
      ) : (
        <form className="card stack" onSubmit={submit} noValidate>
          <p>{t(texts.supplyLead)}</p>
          <Field label={t(texts.information)} error={form.errors.information} required>
            <textarea name="information" rows={6} maxLength={5000} value={information} onChange={(event) => setInformation(event.target.value)} />
          </Field>
          <div className="row">
            <button type="submit" className="button" disabled={form.busy}>
              {t(texts.supplySubmit)}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link to={FEEDBACK_PATH}>{t(texts.backToList)}</Link>
      </p>
    </div>
  );
}
