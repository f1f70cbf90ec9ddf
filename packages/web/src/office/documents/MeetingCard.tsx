import { type FormEvent, useState } from 'react';
import { type BodyOf, apiRead } from '@motcua/contract';
import { type ClientErrors, requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { api, dataOf } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { ActionStatus, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { Fact, TableCard } from '../ui.js';
import { officerLabel, officersWith, useDocumentStaff, useOtherAgencies } from './api.js';
import { aboutLine, commaPairs } from './comma-lines.js';
import { Choices, SubmitRow, UnplacedError } from './FormParts.js';
import type { Meeting, OutgoingDocument } from './outgoing-api.js';
import { outgoingTexts as texts } from './outgoing-texts.js';

type Invitee = BodyOf<'/api/v1/documents/{id}/meeting', 'post'>['invitees'][number];

/**
 * The meeting a giấy mời calls: set and changed by its author while it is a draft, then, once it
 * is released, the invitees' answers for the organiser to follow.
 */
export function MeetingCard({ document }: { document: OutgoingDocument }) {
  const { t } = useI18n();
  const read = useApi(apiRead('/api/v1/documents/{id}/meeting', { path: { id: document.id } }));
  const [saved, setSaved] = useState<{ meeting: Meeting; over: Meeting | undefined }>();
  const meeting = saved && saved.over === read.data ? saved.meeting : read.data;
  const missing = read.error?.status === 404;
  const editable = document.actions.includes('revise');
  return (
    <section className="card" aria-labelledby="document-meeting">
      <h2 id="document-meeting">{t(texts.meeting)}</h2>
      {read.error && !missing && <ErrorMessage error={read.error} onRetry={read.reload} />}
      {read.loading && !read.data && <Loading />}
      {missing && !meeting && <p>{t(texts.meetingNone)}</p>}
      {saved && <ActionStatus message={t(texts.meetingSaved)} />}
      {meeting && <MeetingFacts meeting={meeting} />}
      {editable && (missing || meeting) && <MeetingForm document={document} meeting={meeting} onSaved={(next) => setSaved({ meeting: next, over: read.data })} />}
      {meeting && meeting.invitedAt && <Answers meeting={meeting} />}
    </section>
  );
}

function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t, language } = useI18n();
  return (
    <>
      {meeting.cancelledAt && <p className="badge badge-danger">{t(texts.cancelled, { reason: meeting.cancelReason })}</p>}
      <dl className="facts compact-facts">
        <Fact label={t(texts.startsAt)}>{formatDateTime(meeting.startsAt, language)}</Fact>
        <Fact label={t(texts.endsAt)}>{formatDateTime(meeting.endsAt, language)}</Fact>
        <Fact label={t(texts.place)}>{meeting.place}</Fact>
        <Fact label={t(texts.videoUrl)}>{meeting.videoUrl}</Fact>
        <Fact label={t(texts.chair)}>{meeting.chair}</Fact>
        <Fact label={t(texts.agenda)}>{meeting.agenda}</Fact>
        <Fact label={t(texts.invitees)}>{meeting.invitees.map((invitee) => invitee.name).join('; ')}</Fact>
      </dl>
    </>
  );
}

/** Who answered what, with the delegate a decline names, and the counts above. */
function Answers({ meeting }: { meeting: Meeting }) {
  const { t, language } = useI18n();
  return (
    <>
      <p>{t(texts.answerCounts, meeting.answers)}</p>
      <TableCard
        id="meeting-answers"
        title={t(texts.answers)}
        empty=""
        items={meeting.invitees}
        columns={[t(texts.invitees), t(texts.answer), t(texts.answeredAt)]}
        row={(invitee) => (
          <tr key={invitee.id}>
            <th scope="row">
              {invitee.name}
              {invitee.email && <span className="muted small block">{invitee.email}</span>}
            </th>
            <td>
              {language === 'en' ? invitee.answerLabel.en : invitee.answerLabel.vi}
              {invitee.delegateName && <span className="block">{t(texts.delegate, { name: invitee.delegateName })}</span>}
              {invitee.note && <span className="muted small block">{invitee.note}</span>}
            </td>
            <td className="nowrap">{formatDateTime(invitee.answeredAt, language)}</td>
          </tr>
        )}
      />
    </>
  );
}

interface Values {
  startsAt: string;
  endsAt: string;
  place: string;
  videoUrl: string;
  chair: string;
  agenda: string;
  agencies: string[];
  officers: string[];
  outside: string;
}

/** A date and time as the form's control holds it (Vietnam's wall clock), from the API's instant in Vietnam time. */
const wallClock = (iso: string | undefined) => iso?.slice(0, 16) ?? '';
const instant = (wall: string) => `${wall}:00+07:00`;

function MeetingForm({ document, meeting, onSaved }: { document: OutgoingDocument; meeting: Meeting | undefined; onSaved(meeting: Meeting): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>({
    startsAt: wallClock(meeting?.startsAt),
    endsAt: wallClock(meeting?.endsAt),
    place: meeting?.place ?? '',
    videoUrl: meeting?.videoUrl ?? '',
    chair: meeting?.chair ?? '',
    agenda: meeting?.agenda ?? '',
    agencies: [],
    officers: [],
    outside: '',
  });
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const staff = useDocumentStaff(document.agency.code);
  const agencies = useOtherAgencies(document.agency.id);
  const officers = officersWith(staff.data, ['agency_leader', 'unit_head', 'specialist', 'document_clerk']).map((officer) => ({ value: officer.id, label: officerLabel(officer) }));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    const outside = commaPairs(values.outside);
    const invitees: Invitee[] = [
      ...values.agencies.map((agencyCode) => ({ agencyCode })),
      ...values.officers.map((officerId) => ({ officerId })),
      ...outside.pairs.map(([name, email]) => ({ name, email })),
    ];
    if (!values.startsAt) errors.startsAt = requiredText(texts.startsAt);
    if (!values.endsAt) errors.endsAt = requiredText(texts.endsAt);
    if (!values.chair.trim()) errors.chair = requiredText(texts.chair);
    if (outside.unreadable.length > 0) errors.outside = aboutLine(texts.outsideLineProblem, outside.unreadable[0]!);
    if (!meeting && invitees.length === 0) errors.agencies = texts.noInvitee;
    submit(errors, async () => {
      const fields = {
        startsAt: instant(values.startsAt),
        endsAt: instant(values.endsAt),
        place: values.place.trim(),
        videoUrl: values.videoUrl.trim() || null,
        chair: values.chair.trim(),
        agenda: values.agenda.trim(),
      };
      const path = { params: { path: { id: document.id } } };
      onSaved(
        meeting
          ? await dataOf(api.PUT('/api/v1/documents/{id}/meeting', { ...path, body: { ...fields, ...(invitees.length > 0 && { invitees }) } }))
          : await dataOf(api.POST('/api/v1/documents/{id}/meeting', { ...path, body: { ...fields, invitees } })),
      );
      return undefined;
    });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="stack">
      <UnplacedError error={submission.error} fields={['startsAt', 'endsAt', 'place', 'videoUrl', 'chair', 'agenda', 'invitees']} />
      <Field label={t(texts.startsAt)} required error={errorAt('startsAt')}>
        <input type="datetime-local" name="startsAt" value={values.startsAt} onChange={(event) => set('startsAt', event.target.value)} />
      </Field>
      <Field label={t(texts.endsAt)} required error={errorAt('endsAt')}>
        <input type="datetime-local" name="endsAt" value={values.endsAt} onChange={(event) => set('endsAt', event.target.value)} />
      </Field>
      <Field label={t(texts.place)} error={errorAt('place')}>
        <input name="place" maxLength={500} value={values.place} onChange={(event) => set('place', event.target.value)} />
      </Field>
      <Field label={t(texts.videoUrl)} error={errorAt('videoUrl')}>
        <input type="url" name="videoUrl" maxLength={1000} value={values.videoUrl} onChange={(event) => set('videoUrl', event.target.value)} />
      </Field>
      <Field label={t(texts.chair)} required error={errorAt('chair')}>
        <input name="chair" maxLength={300} value={values.chair} onChange={(event) => set('chair', event.target.value)} />
      </Field>
      <Field label={t(texts.agenda)} error={errorAt('agenda')}>
        <textarea name="agenda" rows={3} maxLength={5000} value={values.agenda} onChange={(event) => set('agenda', event.target.value)} />
      </Field>
      <fieldset className="stack">
        <legend>{t(texts.invitees)}</legend>
        {meeting && <p className="muted">{t(texts.inviteesKeptHint)}</p>}
        <Choices legend={t(texts.inviteeAgencies)} name="agencies" options={agencies} chosen={values.agencies} onChange={(chosen) => set('agencies', chosen)} error={errorAt('agencies')} />
        <Choices legend={t(texts.inviteeOfficers)} name="officers" options={officers} chosen={values.officers} onChange={(chosen) => set('officers', chosen)} error={undefined} />
        <Field label={t(texts.inviteeOutside)} hint={t(texts.inviteeOutsideHint)} error={errorAt('outside')}>
          <textarea name="outside" rows={2} value={values.outside} onChange={(event) => set('outside', event.target.value)} />
        </Field>
      </fieldset>
      <SubmitRow label={t(texts.saveMeeting)} busy={submission.busy} />
    </form>
  );
}
