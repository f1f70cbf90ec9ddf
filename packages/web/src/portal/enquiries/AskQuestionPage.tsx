import { FIELDS, apiRead, procedureRead } from '@motcua/contract';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { AgencyChoice } from '../../shared/ui/AgencyChoice.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { SendingPage } from './sending.js';
import { PROCEDURE_PARAM, QUESTIONS_PATH, questionTexts as texts } from './texts.js';

interface Topic {
  fieldCode: string;
  procedureCode: string;
  communeId: string;
}

/**
 * Đặt câu hỏi: about a field, or one of its procedures (a procedure every commune handles asks which
 * commune); then the title and the question. Without an account the asker gives a name and a
 * contact, which must be confirmed by the link sent there; a signed-in citizen's account answers for them.
 */
export function AskQuestionPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [topic, setTopic] = useState<Topic>({ fieldCode: '', procedureCode: params.get(PROCEDURE_PARAM) ?? '', communeId: '' });
  const fields = useApi(FIELDS);
  const chosenProcedure = useApi(topic.procedureCode ? procedureRead(topic.procedureCode) : null);
  const procedure = chosenProcedure.data?.code === topic.procedureCode ? chosenProcedure.data : undefined;
  // The field of a procedure named in the address is the procedure's own.
  const fieldCode = topic.fieldCode || procedure?.fieldCode || '';
  const procedures = useApi(fieldCode ? apiRead('/api/public/procedures', { query: { field: fieldCode, page: 1, pageSize: 100 } }) : null);
  const communes = procedure?.offeredBy && procedure.offeringAgencies.length > 1 ? procedure.offeringAgencies : [];
  const update = (changes: Partial<Topic>) => setTopic((previous) => ({ ...previous, ...changes }));

  const problems = (): FieldErrors => ({
    ...(!fieldCode && { fieldCode: t(texts.fieldMissing) }),
    ...(communes.length > 0 && !topic.communeId && { agencyCode: t(texts.communeMissing) }),
  });

  return (
    <SendingPage
      back={{ to: QUESTIONS_PATH, label: t(texts.backToList) }}
      title={t(texts.askTitle)}
      lead={t(texts.askLead)}
      bodyLabel={t(texts.bodyLabel)}
      submitLabel={t(texts.submit)}
      fields={['fieldCode', 'procedureCode', 'agencyCode']}
      problems={problems}
      send={(message, sender) => {
        const about = {
          ...(topic.procedureCode ? { procedureCode: topic.procedureCode } : { fieldCode }),
          agencyCode: communes.find((commune) => commune.id === topic.communeId)?.code,
          ...message,
        };
        return sender ? dataOf(api.POST('/api/public/questions', { body: { ...sender, ...about } })) : dataOf(api.POST('/api/citizen/questions', { body: about }));
      }}
    >
      {(errors) => (
        <fieldset>
          <legend>{t(texts.topicLegend)}</legend>
          <Field label={t(texts.field)} error={errors.fieldCode} required>
            <select name="fieldCode" value={fieldCode} onChange={(event) => update({ fieldCode: event.target.value, procedureCode: '', communeId: '' })}>
              <option value="">{t(texts.chooseField)}</option>
              {fields.data?.map((field) => (
                <option key={field.code} value={field.code}>
                  {field.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t(texts.procedureChoice)} error={errors.procedureCode}>
            <select name="procedureCode" value={topic.procedureCode} disabled={!fieldCode} onChange={(event) => update({ procedureCode: event.target.value, communeId: '' })}>
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
            <Field label={t(texts.commune)} hint={t(texts.communeHint)} error={errors.agencyCode} required>
              <AgencyChoice name="agencyCode" agencies={communes} value={topic.communeId} empty={t(texts.chooseCommune)} onChange={(communeId) => update({ communeId })} />
            </Field>
          )}
        </fieldset>
      )}
    </SendingPage>
  );
}
