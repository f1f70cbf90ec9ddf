import { QUESTION_COURSE, QUESTION_OPEN_STATES, type QuestionAction } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { useParams } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { useApi } from '../../shared/use-api.js';
import { useDocumentAgency } from '../documents/agency.js';
import { Fact } from '../ui.js';
import { type ActionInput, type ActionValues, INPUTS } from './EnquiryActions.js';
import { CasePage, DeadlineFact, EnquiryListPage, LIST_PAGE_SIZE, SenderFact, useListView } from './parts.js';
import { OFFICE_QUESTIONS_PATH, enquiryOfficeTexts as texts, officeQuestionPath } from './texts.js';

type Question = ResponseOf<'/api/v1/questions/{id}'>;
type QuestionRow = ResponseOf<'/api/v1/questions'>['items'][number];

const VIEWS = [
  { value: 'to_assign', label: texts.viewToAssign },
  { value: 'mine', label: texts.viewMine },
  { value: 'to_approve', label: texts.viewToApprove },
  { value: 'overdue', label: texts.viewOverdue },
  { value: 'all', label: texts.viewAll },
] as const;

const isOpen = (question: { state: Question['state'] }) => QUESTION_OPEN_STATES.includes(question.state);

/** The agency's questions, by what waits for the officer: to give to a specialist, to answer, to approve, overdue. */
export function QuestionListPage() {
  const { t } = useI18n();
  const agency = useDocumentAgency();
  const listView = useListView(VIEWS.map((view) => view.value));
  const list = useApi(agency.ready ? apiRead('/api/v1/questions', { query: { ...agency.query, view: listView.view, page: listView.page, pageSize: LIST_PAGE_SIZE } }) : null);
  return (
    <EnquiryListPage<(typeof VIEWS)[number]['value'], QuestionRow>
      title={t(texts.questionsTitle)} views={VIEWS} list={list} listView={listView} pathOf={officeQuestionPath} senderOf={(question) => question.asker.name} isOpen={isOpen} />
  );
}

/** The steps officers take: confirming is the asker's. */
type OfficerAction = Exclude<QuestionAction, 'confirm'>;
const isOfficers = (action: QuestionAction): action is OfficerAction => action !== 'confirm';

const INPUTS_OF: Record<OfficerAction, readonly ActionInput[]> = {
  assign: [INPUTS.specialist],
  transfer: [INPUTS.transferAgency, INPUTS.reason],
  answer: [INPUTS.answer],
  return: [INPUTS.comment],
  approve: [],
  publish: INPUTS.publication,
  unpublish: [INPUTS.reason],
  reject: [INPUTS.reason],
};

/** Optional texts left empty are left out: the server then publishes the original, masked. */
const given = (value: string) => value.trim() || undefined;

function sendStep(id: string, action: OfficerAction, values: ActionValues): Promise<Question> {
  const path = { params: { path: { id } } };
  switch (action) {
    case 'assign':
      return dataOf(api.POST('/api/v1/questions/{id}/assign', { ...path, body: { assigneeId: values.assigneeId } }));
    case 'transfer':
      return dataOf(api.POST('/api/v1/questions/{id}/transfer', { ...path, body: { agencyCode: values.agencyCode, reason: values.reason.trim() } }));
    case 'answer':
      return dataOf(api.POST('/api/v1/questions/{id}/answer', { ...path, body: { answer: values.answer.trim() } }));
    case 'return':
      return dataOf(api.POST('/api/v1/questions/{id}/return', { ...path, body: { comment: values.comment.trim() } }));
    case 'approve':
      return dataOf(api.POST('/api/v1/questions/{id}/approve', path));
    case 'publish':
      return dataOf(api.POST('/api/v1/questions/{id}/publish', { ...path, body: { title: given(values.title), body: given(values.body), answer: given(values.answer) } }));
    case 'unpublish':
      return dataOf(api.POST('/api/v1/questions/{id}/unpublish', { ...path, body: { reason: values.reason.trim() } }));
    case 'reject':
      return dataOf(api.POST('/api/v1/questions/{id}/reject', { ...path, body: { reason: values.reason.trim() } }));
  }
}

/** One question: the step the officer may take, what was asked and by whom, the answer, what the portal shows, and its history. */
export function QuestionCasePage() {
  const { t, language } = useI18n();
  const id = useParams().id ?? '';
  return (
    <CasePage
      read={useApi(apiRead('/api/v1/questions/{id}', { path: { id } }))}
      back={{ to: OFFICE_QUESTIONS_PATH, label: t(texts.backToQuestions) }}
      listTitle={t(texts.questionsTitle)}
      actionsOf={(question) => question.actions.filter(isOfficers)}
      labelOf={(question, action) => t(QUESTION_COURSE.step(question.state, action)!.label)}
      inputsOf={(action) => INPUTS_OF[action]}
      send={(question, action, values) => sendStep(question.id, action, values)}
      facts={(question) => (
        <>
          <Fact label={t(texts.state)}>{question.stateLabel}</Fact>
          <SenderFact sender={question.asker} />
          <Fact label={t(texts.procedure)}>{question.procedure && `${question.procedure.code} — ${question.procedure.name}`}</Fact>
          <Fact label={t(texts.field)}>{question.field.name}</Fact>
          <Fact label={t(texts.agency)}>{question.agency.name}</Fact>
          <Fact label={t(texts.sentAt)}>{formatDateTime(question.askedAt, language)}</Fact>
          <Fact label={t(texts.receivedAt)}>{formatDateTime(question.receivedAt, language)}</Fact>
          <DeadlineFact row={question} open={isOpen(question)} />
          <Fact label={t(texts.assignee)}>{question.assignee?.name}</Fact>
        </>
      )}
    />
  );
}
