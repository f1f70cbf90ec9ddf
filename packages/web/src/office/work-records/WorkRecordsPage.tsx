import { type FormEvent, useState } from 'react';
import { RECORD_LIST_ROLES } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { Link, useSearchParams } from 'react-router';
import { type ClientErrors, requiredText, useCheckedForm } from '../../admin/use-submit.js';
import { api, dataOf } from '../../shared/api.js';
import { formatDate } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { ActionStatus, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { DocumentAgencyPicker, useDocumentAgency } from '../documents/agency.js';
import { officerLabel, officersWith, useDocumentStaff } from '../documents/api.js';
import { thisYear } from '../documents/RegisterPage.js';
import { OfficeList } from '../ui.js';
import { SubmitRow, UnplacedError } from '../documents/FormParts.js';
import { workRecordPath, workRecordTexts as texts } from './texts.js';

export type WorkRecord = ResponseOf<'/api/v1/work-records'>[number];

/** The agency's list of work records of a year, its workbook, and, for clerks and leaders, opening a new record. */
export function WorkRecordsPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('nam')) || thisYear();
  const mine = params.get('cua-toi') === '1';
  useTitle(t(texts.title, { year }));
  const agency = useDocumentAgency();
  const list = useApi(agency.ready ? apiRead('/api/v1/work-records', { query: { ...agency.query, year, ...(mine && { mine: true }) } }) : null);
  const [yearText, setYearText] = useState(String(year));
  const [opened, setOpened] = useState<string>();
  const keepsList = officer?.grants.some((grant) => RECORD_LIST_ROLES.includes(grant.role));
  const show = (event: FormEvent) => {
    event.preventDefault();
    setParams(/^\d{4}$/.test(yearText) ? { nam: yearText, ...(mine && { 'cua-toi': '1' }) } : {});
  };
  return (
    <div className="page office-page">
      <h1>{t(texts.title, { year })}</h1>
      <DocumentAgencyPicker />
      <form className="queue-filters" onSubmit={show}>
        <Field label={t(texts.year)}>
          <input name="year" inputMode="numeric" size={6} value={yearText} onChange={(event) => setYearText(event.target.value)} />
        </Field>
        <label className="choice">
          <input type="checkbox" checked={mine} onChange={(event) => setParams({ nam: String(year), ...(event.target.checked && { 'cua-toi': '1' }) })} />
          {t(texts.onlyMine)}
        </label>
        <div className="row queue-filter-buttons">
          <button type="submit" className="button">
            {t(texts.show)}
          </button>
          <a className="button button-secondary" href={`/api/v1/work-records.xlsx?${new URLSearchParams({ ...agency.query, year: String(year) }).toString()}`} download>
            {t(texts.export)}
          </a>
        </div>
      </form>
      <ActionStatus message={opened} />
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {list.data && <WorkRecordTable records={list.data} caption={t(texts.title, { year })} />}
      {keepsList && (
        <OpenRecordForm
          year={year}
          onOpened={(record) => {
            setOpened(t(texts.opened, { code: record.code }));
            list.reload();
          }}
        />
      )}
    </div>
  );
}

function WorkRecordTable({ records, caption }: { records: WorkRecord[]; caption: string }) {
  const { t, language } = useI18n();
  return (
    <OfficeList
      items={records}
      caption={caption}
      empty={t(texts.empty)}
      columns={[t(texts.code), t(texts.recordTitle), t(texts.keeper), t(texts.retention), t(texts.items), t(texts.state), t(texts.handOverBy)]}
      row={(record) => (
        <tr key={record.id}>
          <th scope="row">
            <Link to={workRecordPath(record.id)}>{record.code}</Link>
          </th>
          <td>
            <Link to={workRecordPath(record.id)}>{record.title}</Link>
          </td>
          <td>
            {record.keeper.name}
            {record.unit && <span className="muted small block">{record.unit.name}</span>}
          </td>
          <td>{record.retention.label}</td>
          <td>{record.items}</td>
          <td>{record.stateLabel}</td>
          <td className="nowrap">
            {record.handOverBy ? formatDate(record.handOverBy, language) : '—'}
            {record.handOverOverdue && <span className="badge badge-danger block">{t(texts.handOverOverdue)}</span>}
          </td>
        </tr>
      )}
    />
  );
}

/** A clerk or a leader opens a record in the year's list and gives it to the officer who keeps it. */
function OpenRecordForm({ year, onOpened }: { year: number; onOpened(record: WorkRecord): void }) {
  const { t } = useI18n();
  const agency = useDocumentAgency();
  const staff = useDocumentStaff(agency.chosen?.code);
  const { formRef, submission, errorAt, submit } = useCheckedForm();
  const [draft, setDraft] = useState({ code: '', title: '', retentionYears: '', keeperId: '' });
  const set = (key: keyof typeof draft, value: string) => setDraft((previous) => ({ ...previous, [key]: value }));
  const keepers = officersWith(staff.data, ['specialist', 'unit_head', 'agency_leader', 'document_clerk']);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (!draft.code.trim()) errors.code = requiredText(texts.code);
    if (!draft.title.trim()) errors.title = requiredText(texts.recordTitle);
    if (!draft.keeperId) errors.keeperId = requiredText(texts.keeper, 'choose');
    submit(errors, async () => {
      const record = await dataOf(
        api.POST('/api/v1/work-records', {
          body: { ...agency.query, year, code: draft.code.trim(), title: draft.title.trim(), retentionYears: draft.retentionYears ? Number(draft.retentionYears) : null, keeperId: draft.keeperId },
        }),
      );
      setDraft({ code: '', title: '', retentionYears: '', keeperId: '' });
      onOpened(record);
      return undefined;
    });
  };
  return (
    <section className="card" aria-labelledby="open-record">
      <h2 id="open-record">{t(texts.openRecord)}</h2>
      <form ref={formRef} onSubmit={onSubmit} noValidate className="stack">
        <UnplacedError error={submission.error} fields={['code', 'title', 'retentionYears', 'keeperId']} />
        {staff.error && <ErrorMessage error={staff.error} onRetry={staff.reload} />}
        <Field label={t(texts.code)} hint={t(texts.codeHint)} required error={errorAt('code')}>
          <input name="code" maxLength={30} value={draft.code} onChange={(event) => set('code', event.target.value)} />
        </Field>
        <Field label={t(texts.recordTitle)} required error={errorAt('title')}>
          <input name="title" maxLength={500} value={draft.title} onChange={(event) => set('title', event.target.value)} />
        </Field>
        <Field label={t(texts.retentionYears)} hint={t(texts.retentionHint)} error={errorAt('retentionYears')}>
          <input name="retentionYears" type="number" min={1} max={70} value={draft.retentionYears} onChange={(event) => set('retentionYears', event.target.value)} />
        </Field>
        <Field label={t(texts.keeper)} required error={errorAt('keeperId')}>
          <select name="keeperId" value={draft.keeperId} onChange={(event) => set('keeperId', event.target.value)} aria-busy={staff.loading || undefined}>
            <option value="">{t(texts.chooseOfficer)}</option>
            {keepers.map((officer) => (
              <option key={officer.id} value={officer.id}>
                {officerLabel(officer)}
              </option>
            ))}
          </select>
        </Field>
        <SubmitRow label={t(texts.openRecord)} busy={submission.busy} />
      </form>
    </section>
  );
}
