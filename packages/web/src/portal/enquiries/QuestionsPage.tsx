import { apiRead } from '@motcua/contract';
import { Link, useParams } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { ConfirmEnquiry } from './ConfirmEnquiry.js';
import { PUBLISHED_PAGE_SIZE, PublishedList, PublishedPage, PublishedView, usePublishedSearch } from './published.js';
import { ASK_QUESTION_PATH, QUESTIONS_PATH, enquiryTexts, questionPath, questionTexts as texts } from './texts.js';

/** Hỏi đáp: the answered questions the agencies published, searched with or without diacritics, and the way to ask one. */
export function QuestionsPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  const search = usePublishedSearch();
  const list = useApi(apiRead('/api/public/questions', { query: { q: search.q || undefined, page: search.page, pageSize: PUBLISHED_PAGE_SIZE } }));
  return (
    <div className="page narrow">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      <p>
        <Link className="button" to={ASK_QUESTION_PATH}>
          {t(texts.ask)}
        </Link>
      </p>
      <PublishedList caption={t(texts.listCaption)} search={search} list={list} pathOf={questionPath} />
    </div>
  );
}

/** One published question and its answer. */
export function PublishedQuestionPage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  const read = useApi(apiRead('/api/public/questions/{code}', { path: { code } }));
  useTitle(read.data?.title ?? t(texts.title));
  return (
    <PublishedPage code={code} title={t(texts.title)} read={read}>
      {read.data && (
        <PublishedView
          item={read.data}
          back={{ to: QUESTIONS_PATH, label: t(texts.backToList) }}
          questionHeading={t(texts.questionHeading)}
          answerHeading={t(enquiryTexts.answerHeading)}
          facts={
            <>
              <dt>{t(texts.field)}</dt>
              <dd>{read.data.field.name}</dd>
            </>
          }
        />
      )}
    </PublishedPage>
  );
}

/** Where the question's confirmation link lands. */
export function ConfirmQuestionPage() {
  const { t } = useI18n();
  return (
    <ConfirmEnquiry
      title={t(texts.confirmTitle)}
      lead={t(texts.confirmLead)}
      back={{ to: QUESTIONS_PATH, label: t(texts.backToList) }}
      confirm={(token) => dataOf(api.POST('/api/public/questions/confirm', { body: { token } }))}
    />
  );
}
