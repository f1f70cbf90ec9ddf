import { QUESTION_STATE_LABELS } from '@motcua/core';
import { publishedQuestionRead, publishedQuestionsRead } from '@motcua/contract';
import { useParams } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { useApi } from '../../shared/use-api.js';
import { LinkFormPage } from './LinkFormPage.js';
import { PublishedIndex, PublishedPage, usePublishedSearch } from './published.js';
import { ReceivedNotice } from './sending.js';
import { TrackingPage } from './TrackingPage.js';
import { ASK_QUESTION_PATH, QUESTIONS_PATH, TRACK_QUESTION_PATH, enquiryTexts, questionPath, questionTexts as texts } from './texts.js';

/** Hỏi đáp: the answered questions the agencies published, searched with or without diacritics, and the way to ask one. */
export function QuestionsPage() {
  const { t } = useI18n();
  const search = usePublishedSearch();
  const list = useApi(publishedQuestionsRead(search));
  return (
    <PublishedIndex title={t(texts.title)} lead={t(texts.lead)} send={{ to: ASK_QUESTION_PATH, label: t(texts.ask) }} follow={{ to: TRACK_QUESTION_PATH, label: t(texts.track) }} caption={t(texts.listCaption)} search={search} list={list} pathOf={questionPath} />
  );
}

/** One published question and its answer. */
export function PublishedQuestionPage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  return (
    <PublishedPage
      code={code}
      listTitle={t(texts.title)}
      read={useApi(publishedQuestionRead(code))}
      back={{ to: QUESTIONS_PATH, label: t(texts.backToList) }}
      questionHeading={t(texts.questionHeading)}
      answerHeading={t(enquiryTexts.answerHeading)}
      facts={(question) => (
        <>
          <dt>{t(texts.field)}</dt>
          <dd>{question.field.name}</dd>
        </>
      )}
    />
  );
}

/** Where the question's confirmation link lands. */
export function ConfirmQuestionPage() {
  const { t } = useI18n();
  return (
    <LinkFormPage
      title={t(texts.confirmTitle)}
      lead={t(texts.confirmLead)}
      submitLabel={t(enquiryTexts.confirmButton)}
      back={{ to: QUESTIONS_PATH, label: t(texts.backToList) }}
      send={(token) => dataOf(api.POST('/api/public/questions/confirm', { body: { token } }))}
      done={(received) => <ReceivedNotice received={received} />}
    />
  );
}

/** The asker follows their question by its number and their contact. */
export function TrackQuestionPage() {
  const { t } = useI18n();
  return (
    <TrackingPage
      title={t(texts.track)}
      codeHint={t(texts.codeHint)}
      back={{ to: QUESTIONS_PATH, label: t(texts.backToList) }}
      stateLabels={QUESTION_STATE_LABELS}
      track={(code, contact) => dataOf(api.POST('/api/public/questions/track', { body: { code, contact } }))}
    />
  );
}
