import { FEEDBACK_KIND_LABELS, FEEDBACK_STATE_LABELS } from '@motcua/core';
import { publishedFeedbackItemRead, publishedFeedbackRead } from '@motcua/contract';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { Alert } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { LinkFormPage } from './LinkFormPage.js';
import { PublishedIndex, PublishedPage, usePublishedSearch } from './published.js';
import { ReceivedNotice } from './sending.js';
import { TrackingPage } from './TrackingPage.js';
import { FEEDBACK_PATH, SEND_FEEDBACK_PATH, TRACK_FEEDBACK_PATH, enquiryTexts, feedbackPath, feedbackTexts as texts } from './texts.js';

const useBack = () => ({ to: FEEDBACK_PATH, label: useI18n().t(texts.backToList) });

/** Phản ánh, kiến nghị: the answers the agencies published, searched with or without diacritics, and the way to send one. */
export function FeedbackPage() {
  const { t } = useI18n();
  const search = usePublishedSearch();
  const list = useApi(publishedFeedbackRead(search));
  return (
    <PublishedIndex title={t(texts.title)} lead={t(texts.lead)} send={{ to: SEND_FEEDBACK_PATH, label: t(texts.send) }} follow={{ to: TRACK_FEEDBACK_PATH, label: t(texts.track) }} caption={t(texts.listCaption)} search={search} list={list} pathOf={feedbackPath} />
  );
}

/** One published feedback and the agency's answer. */
export function PublishedFeedbackPage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  return (
    <PublishedPage
      code={code}
      listTitle={t(texts.title)}
      read={useApi(publishedFeedbackItemRead(code))}
      back={useBack()}
      questionHeading={t(texts.contentHeading)}
      answerHeading={t(texts.answerHeading)}
      facts={(feedback) => (
        <>
          <dt>{t(texts.kind)}</dt>
          <dd>{t(FEEDBACK_KIND_LABELS[feedback.kind])}</dd>
        </>
      )}
    />
  );
}

/** Where the feedback's confirmation link lands. */
export function ConfirmFeedbackPage() {
  const { t } = useI18n();
  return (
    <LinkFormPage
      title={t(texts.confirmTitle)}
      lead={t(texts.confirmLead)}
      submitLabel={t(enquiryTexts.confirmButton)}
      back={useBack()}
      send={(token) => dataOf(api.POST('/api/public/feedback/confirm', { body: { token } }))}
      done={(received) => <ReceivedNotice received={received} />}
    />
  );
}

/** Where the agency's request for more information links: the sender's answer, by the link's token. */
export function SupplyInformationPage() {
  const { t, language } = useI18n();
  const [information, setInformation] = useState('');
  return (
    <LinkFormPage
      title={t(texts.supplyTitle)}
      lead={t(texts.supplyLead)}
      submitLabel={t(texts.supplySubmit)}
      back={useBack()}
      fields={['information']}
      problems={(): FieldErrors => (information.trim() ? {} : { information: t(texts.informationMissing) })}
      send={(token) => dataOf(api.POST('/api/public/feedback/information', { body: { token, information: information.trim() } }))}
      done={(supplied) => (
        <Alert kind="success" title={t(texts.supplied, { code: supplied.code })}>
          {supplied.dueAt && <p>{t(texts.suppliedDue, { due: formatDateTime(supplied.dueAt, language) })}</p>}
        </Alert>
      )}
    >
      {(errors) => (
        <Field label={t(texts.information)} error={errors.information} required>
          <textarea name="information" rows={6} maxLength={5000} value={information} onChange={(event) => setInformation(event.target.value)} />
        </Field>
      )}
    </LinkFormPage>
  );
}

/** The sender follows their feedback by its number and their contact. */
export function TrackFeedbackPage() {
  const { t } = useI18n();
  return (
    <TrackingPage
      title={t(texts.track)}
      codeHint={t(texts.codeHint)}
      back={useBack()}
      stateLabels={FEEDBACK_STATE_LABELS}
      track={(code, contact) => dataOf(api.POST('/api/public/feedback/track', { body: { code, contact } }))}
    />
  );
}
