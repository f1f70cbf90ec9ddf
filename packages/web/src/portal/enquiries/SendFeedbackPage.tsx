import { FEEDBACK_KINDS, FEEDBACK_KIND_LABELS, type FeedbackKind, type FeedbackSubject } from '@motcua/core';
import { AGENCIES } from '@motcua/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCitizenSession } from '../../citizen/session.js';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { AgencyChoice } from '../../shared/ui/AgencyChoice.js';
import { ErrorSummary, type FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { RadioGroup } from '../../shared/ui/RadioGroup.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { NO_SENDER, type ReceivedOutcome, SenderFields, SentNotice, senderBody, senderProblems, useEnquiryForm } from './sender.js';
import { FEEDBACK_PATH, enquiryTexts, feedbackTexts as texts } from './texts.js';

interface Draft {
  kind: FeedbackKind;
  subject: FeedbackSubject;
  dossierCode: string;
  rule: string;
  agencyId: string;
  title: string;
  body: string;
}

const FORM_FIELDS = ['kind', 'dossierCode', 'rule', 'agencyCode', 'title', 'body', 'name', 'email', 'phone'] as const;

/**
 * Gửi phản ánh, kiến nghị: its kind, what it is about (a rule, sent to the agency chosen; or a
 * dossier, by its code, which goes to the agency deciding it and must be the sender's own: the
 * server checks the contact against the applicant's), the title and the text, and the sender.
 */
export function SendFeedbackPage() {
  const { t } = useI18n();
  useTitle(t(texts.send));
  const { citizen } = useCitizenSession();
  const [draft, setDraft] = useState<Draft>({ kind: 'feedback', subject: 'dossier', dossierCode: '', rule: '', agencyId: '', title: '', body: '' });
  const [sender, setSender] = useState(NO_SENDER);
  const agencies = (useApi(AGENCIES).data ?? []).filter((agency) => agency.abolishedOn === null);
  const form = useEnquiryForm<ReceivedOutcome | { state: 'unconfirmed'; channel: 'email' | 'sms'; confirmBy: string }>(FORM_FIELDS);
  const update = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...changes }));

  const problems = (): FieldErrors => {
    const found: FieldErrors = {};
    if (draft.subject === 'dossier' && !draft.dossierCode.trim()) found.dossierCode = t(texts.dossierMissing);
    if (draft.subject === 'rule' && !draft.rule.trim()) found.rule = t(texts.ruleMissing);
    if (draft.subject === 'rule' && !draft.agencyId) found.agencyCode = t(texts.agencyMissing);
    if (!draft.title.trim()) found.title = t(enquiryTexts.titleMissing);
    if (!draft.body.trim()) found.body = t(enquiryTexts.bodyMissing);
    return citizen ? found : { ...found, ...senderProblems(sender, t) };
  };

  const send = () => {
    const topic = {
      kind: draft.kind,
      ...(draft.subject === 'dossier'
        ? { dossierCode: draft.dossierCode.trim() }
        : { rule: draft.rule.trim(), agencyCode: agencies.find((agency) => agency.id === draft.agencyId)?.code }),
      title: draft.title.trim(),
      body: draft.body.trim(),
    };
    return citizen ? dataOf(api.POST('/api/citizen/feedback', { body: topic })) : dataOf(api.POST('/api/public/feedback', { body: { ...senderBody(sender), ...topic } }));
  };

  return (
    <div className="page narrow">
      <p>
        <Link to={FEEDBACK_PATH}>{t(texts.backToList)}</Link>
      </p>
      <h1>{t(texts.send)}</h1>
      <p>{t(texts.lead)}</p>
      <ErrorSummary errors={form.errors} general={form.general} attempt={form.attempt} />
      {form.result ? (
        <SentNotice outcome={form.result} />
      ) : (
        <form className="card stack" noValidate onSubmit={(event) => form.submit(event, problems(), send)}>
          <RadioGroup legend={t(texts.kindLegend)} name="kind" options={FEEDBACK_KINDS.map((kind) => ({ value: kind, label: t(FEEDBACK_KIND_LABELS[kind]) }))} value={draft.kind} onChange={(kind) => update({ kind })} inline />
          <p className="field-hint">{t(texts.kindHint)}</p>
          <RadioGroup
            legend={t(texts.subjectLegend)}
            name="subject"
            options={[
              { value: 'dossier' as const, label: t(texts.aboutDossier) },
              { value: 'rule' as const, label: t(texts.aboutRule) },
            ]}
            value={draft.subject}
            onChange={(subject) => update({ subject })}
            inline
          />
          {draft.subject === 'dossier' ? (
            <Field label={t(texts.dossierCode)} hint={t(texts.dossierHint)} error={form.errors.dossierCode} required>
              <input name="dossierCode" autoComplete="off" maxLength={60} value={draft.dossierCode} onChange={(event) => update({ dossierCode: event.target.value })} />
            </Field>
          ) : (
            <>
              <Field label={t(texts.rule)} hint={t(texts.ruleHint)} error={form.errors.rule} required>
                <input name="rule" maxLength={1000} value={draft.rule} onChange={(event) => update({ rule: event.target.value })} />
              </Field>
              <Field label={t(texts.agency)} error={form.errors.agencyCode} required>
                <AgencyChoice name="agencyCode" agencies={agencies} value={draft.agencyId} empty={t(texts.chooseAgency)} onChange={(agencyId) => update({ agencyId })} />
              </Field>
            </>
          )}
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
