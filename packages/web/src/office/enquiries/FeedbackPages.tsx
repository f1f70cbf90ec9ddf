import { FEEDBACK_COURSE, FEEDBACK_KIND_LABELS, type FeedbackAction } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { Link, useParams } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { useApi } from '../../shared/use-api.js';
import { useDocumentAgency } from '../documents/agency.js';
import { Fact } from '../ui.js';
import { type ActionInput, type ActionValues, INPUTS } from './EnquiryActions.js';
import { CasePage, DeadlineFact, EnquiryListPage, LIST_PAGE_SIZE, SenderFact, TextCard, useListView } from './parts.js';
import { OFFICE_FEEDBACK_PATH, enquiryOfficeTexts as texts, officeFeedbackPath } from './texts.js';

type Feedback = ResponseOf<'/api/v1/feedback/{id}'>;
type FeedbackRow = ResponseOf<'/api/v1/feedback'>['items'][number];

const VIEWS = [
  { value: 'to_sort', label: texts.viewToSort },
  { value: 'in_handling', label: texts.viewInHandling },
  { value: 'mine', label: texts.viewMine },
  { value: 'to_approve', label: texts.viewToApprove },
  { value: 'to_publish', label: texts.viewToPublish },
  { value: 'overdue', label: texts.viewOverdue },
  { value: 'all', label: texts.viewAll },
] as const;

/** A feedback has a deadline only while the agency owes a step: none while waiting for the sender or once closed. */
const isOpen = (feedback: { dueAt: string | null }) => feedback.dueAt !== null;

/** The agency's feedback and petitions, by what waits: to sort, being handled, to approve, to publish, overdue (leaders see the agencies below too). */
export function FeedbackListPage() {
  const { t } = useI18n();
  const agency = useDocumentAgency();
  const listView = useListView(VIEWS.map((view) => view.value));
  const list = useApi(agency.ready ? apiRead('/api/v1/feedback', { query: { ...agency.query, view: listView.view, page: listView.page, pageSize: LIST_PAGE_SIZE } }) : null);
  return (
    <EnquiryListPage<(typeof VIEWS)[number]['value'], FeedbackRow>
      title={t(texts.feedbackTitle)}
      views={VIEWS}
      list={list}
      listView={listView}
      pathOf={officeFeedbackPath}
      senderOf={(feedback) => feedback.sender.name}
      isOpen={isOpen}
      extraColumn={{ label: texts.kind, cell: (feedback) => t(FEEDBACK_KIND_LABELS[feedback.kind]) }}
    />
  );
}

/** The steps officers take: confirming, supplying information and withdrawing are the sender's. */
type OfficerAction = Exclude<FeedbackAction, 'confirm' | 'supply_information' | 'withdraw'>;
const isOfficers = (action: FeedbackAction): action is OfficerAction => action !== 'confirm' && action !== 'supply_information' && action !== 'withdraw';

const INPUTS_OF: Record<OfficerAction, readonly ActionInput[]> = {
  accept: [INPUTS.specialist],
  refuse: [INPUTS.reason],
  request_information: [INPUTS.request],
  route: [INPUTS.routeBody, INPUTS.reason],
  answer: [INPUTS.answer],
  return: [INPUTS.comment],
  approve: [],
  publish: INPUTS.publication,
};

const given = (value: string) => value.trim() || undefined;

function sendStep(id: string, action: OfficerAction, values: ActionValues): Promise<Feedback> {
  const path = { params: { path: { id } } };
  switch (action) {
    case 'accept':
      return dataOf(api.POST('/api/v1/feedback/{id}/accept', { ...path, body: { assigneeId: values.assigneeId } }));
    case 'refuse':
      return dataOf(api.POST('/api/v1/feedback/{id}/refuse', { ...path, body: { reason: values.reason.trim() } }));
    case 'request_information':
      return dataOf(api.POST('/api/v1/feedback/{id}/request-information', { ...path, body: { request: values.request.trim() } }));
    case 'route':
      return dataOf(api.POST('/api/v1/feedback/{id}/route', { ...path, body: { body: values.body.trim(), reason: values.reason.trim() } }));
    case 'answer':
      return dataOf(api.POST('/api/v1/feedback/{id}/answer', { ...path, body: { answer: values.answer.trim() } }));
    case 'return':
      return dataOf(api.POST('/api/v1/feedback/{id}/return', { ...path, body: { comment: values.comment.trim() } }));
    case 'approve':
      return dataOf(api.POST('/api/v1/feedback/{id}/approve', path));
    case 'publish':
      return dataOf(api.POST('/api/v1/feedback/{id}/publish', { ...path, body: { title: given(values.title), body: given(values.body), answer: given(values.answer) } }));
  }
}

/** One feedback: the step the officer may take, what it is about and who sent it, the exchanges with the sender, the answer, and its history. */
export function FeedbackCasePage() {
  const { t, language } = useI18n();
  const id = useParams().id ?? '';
  return (
    <CasePage
      read={useApi(apiRead('/api/v1/feedback/{id}', { path: { id } }))}
      back={{ to: OFFICE_FEEDBACK_PATH, label: t(texts.backToFeedback) }}
      listTitle={t(texts.feedbackTitle)}
      actionsOf={(feedback) => feedback.actions.filter(isOfficers)}
      labelOf={(feedback, action) => t(FEEDBACK_COURSE.step(feedback.state, action)!.label)}
      inputsOf={(action) => INPUTS_OF[action]}
      send={(feedback, action, values) => sendStep(feedback.id, action, values)}
      facts={(feedback) => (
        <>
          <Fact label={t(texts.kind)}>{t(FEEDBACK_KIND_LABELS[feedback.kind])}</Fact>
          <Fact label={t(texts.state)}>{feedback.stateLabel}</Fact>
          <SenderFact sender={feedback.sender} />
          <Fact label={t(texts.dossier)}>{feedback.dossier && <Link to={`/can-bo/ho-so/${encodeURIComponent(feedback.dossier.code)}`}>{feedback.dossier.code}</Link>}</Fact>
          <Fact label={t(texts.rule)}>{feedback.rule}</Fact>
          <Fact label={t(texts.procedure)}>{feedback.procedure && `${feedback.procedure.code} — ${feedback.procedure.name}`}</Fact>
          <Fact label={t(texts.agency)}>{feedback.agency.name}</Fact>
          <Fact label={t(texts.sentAt)}>{formatDateTime(feedback.sentAt, language)}</Fact>
          <Fact label={t(texts.receivedAt)}>{formatDateTime(feedback.receivedAt, language)}</Fact>
          <DeadlineFact row={feedback} open={isOpen(feedback)} />
          <Fact label={t(texts.assignee)}>{feedback.assignee?.name}</Fact>
          <Fact label={t(texts.routedTo)}>{feedback.routedTo}</Fact>
        </>
      )}
      more={(feedback) => (
        <>
          <TextCard id="enquiry-request" title={t(texts.informationRequest)} text={feedback.informationRequest} />
          <TextCard id="enquiry-supplied" title={t(texts.suppliedInformation)} text={feedback.suppliedInformation} />
        </>
      )}
    />
  );
}
