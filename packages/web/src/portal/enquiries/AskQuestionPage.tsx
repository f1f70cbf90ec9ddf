import { FIELDS, apiRead, procedureRead } from '@motcua/contract';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCitizenSession } from '../../citizen/session.js';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { AgencyChoice } from '../../shared/ui/AgencyChoice.js';
import { ErrorSummary, type FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { NO_SENDER, type ReceivedOutcome, SenderFields, SentNotice, senderBody, senderProblems, useEnquiryForm } from './sender.js';
import { PROCEDURE_PARAM, QUESTIONS_PATH, enquiryTexts, questionTexts as texts } from './texts.js';

interface Draft {
  fieldCode: string;
  procedureCode: string;
  communeId: string;
  title: string;
  body: string;
}

const FORM_FIELDS = ['fieldCode', 'procedureCode', 'agencyCode', 'title', 'body', 'name', 'email', 'phone'] as const;

/**
 * Đặt câu hỏi: about a field, or one of its procedures (a procedure every commune handles asks which
 * commune); then the title and the question. Without an account the asker gives a name and a
 * contact, which must be confirmed by the link sent there; a signed-in citizen's account answers for them.
 */
export function AskQuestionPage() {
  const { t } = useI18n();
  useTitle(t(texts.askTitle));
  const { citizen } = useCitizenSession();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<Draft>({ fieldCode: '', procedureCode: params.get(PROCEDURE_PARAM) ?? '', communeId: '', title: '', body: '' });
  const [sender, setSender] = useState(NO_SENDER);
  const fields = useApi(FIELDS);
  const chosenProcedure = useApi(draft.procedureCode ? procedureRead(draft.procedureCode) : null);
  const procedure = chosenProcedure.data?.code === draft.procedureCode ? chosenProcedure.data : undefined;
  // The field of a procedure named in the address is the procedure's own.
  const fieldCode = draft.fieldCode || procedure?.fieldCode || '';
  const procedures = useApi(fieldCode ? apiRead('/api/public/procedures', { query: { field: fieldCode, page: 1, pageSize: 100 } }) : null);
  const communes = procedure?.offeredBy && procedure.offeringAgencies.length > 1 ? procedure.offeringAgencies : [];
  const form = useEnquiryForm<ReceivedOutcome | { state: 'unconfirmed'; channel: 'email' | 'sms'; confirmBy: string }>(FORM_FIELDS);
  const update = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...changes }));

  const problems = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!fieldCode) found.fieldCode = t(texts.fieldMissing);
    if (communes.length > 0 && !draft.communeId) found.agencyCode = t(texts.communeMissing);
    if (!draft.title.trim()) found.title = t(enquiryTexts.titleMissing);
    if (!draft.body.trim()) found.body = t(enquiryTexts.bodyMissing);
    return citizen ? found : { ...found, ...senderProblems(sender, t) };
  };

  const send = () => {
    const topic = {
      ...(draft.procedureCode ? { procedureCode: draft.procedureCode } : { fieldCode }),
      agencyCode: communes.find((commune) => commune.id === draft.communeId)?.code,
      title: draft.title.trim(),
      body: draft.body.trim(),
    };
    return citizen ? dataOf(api.POST('/api/citizen/questions', { body: topic })) : dataOf(api.POST('/api/public/questions', { body: { ...senderBody(sender), ...topic } }));
  };

  return (
    <div className="page narrow">
      <p>
        <Link to={QUESTIONS_PATH}>{t(texts.backToList)}</Link>
      </p>
      <h1>{t(texts.askTitle)}</h1>
      <p>{t(texts.askLead)}</p>
      <ErrorSummary errors={form.errors} general={form.general} attempt={form.attempt} />
      {form.result ? (
        <SentNotice outcome={form.result} />
      ) : (
        <form className="card stack" noValidate onSubmit={(event) => form.submit(event, problems(), send)}>
          <fieldset>
            <legend>{t(texts.topicLegend)}</legend>
            <Field label={t(texts.field)} error={form.errors.fieldCode} required>
              <select name="fieldCode" value={fieldCode} onChange={(event) => update({ fieldCode: event.target.value, procedureCode: '', communeId: '' })}>
                <option value="">{t(texts.chooseField)}</option>
                {fields.data?.map((field) => (
                  <option key={field.code} value={field.code}>
                    {field.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t(texts.procedureChoice)} error={form.errors.procedureCode}>
              <select name="procedureCode" value={draft.procedureCode} disabled={!fieldCode} onChange={(event) => update({ procedureCode: event.target.value, communeId: '' })}>
                <option value="">{t(texts.anyProcedure)}</option>
                {procedure && !procedures.data?.items.some((item) => item.code === procedure.code) && <option value={procedure.code}>{procedure.name}</option>}
                {procedures.data?.items.map((item) => (
                  <option key={item.code} value={item.code}>
                    {item.name}
                  </option>
                ))}
              </select>
            </Field>
            {communes.length > 0 && (
              <Field label={t(texts.commune)} hint={t(texts.communeHint)} error={form.errors.agencyCode} required>
                <AgencyChoice name="agencyCode" agencies={communes} value={draft.communeId} empty={t(texts.chooseCommune)} onChange={(communeId) => update({ communeId })} />
              </Field>
            )}
          </fieldset>
          <Field label={t(enquiryTexts.titleLabel)} error={form.errors.title} required>
            <input name="title" maxLength={300} value={draft.title} onChange={(event) => update({ title: event.target.value })} />
          </Field>
          <Field label={t(texts.bodyLabel)} hint={t(enquiryTexts.privacyNote)} error={form.errors.body} required>
            <textarea name="body" rows={6} maxLength={5000} value={draft.body} onChange={(event) => update({ body: event.target.value })} />
          </Field>
          <SenderFields sender={sender} onChange={setSender} errors={form.errors} signedInName={citizen ? citizen.fullName : null} />
          <div className="row">
            <button type="submit" className="button" disabled={form.busy}>
              {t(texts.submit)}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
