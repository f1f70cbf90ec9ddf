import { FEEDBACK_KINDS, FEEDBACK_KIND_LABELS, type FeedbackKind, type FeedbackSubject } from '@motcua/core';
import { AGENCIES } from '@motcua/contract';
import { useState } from 'react';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { AgencyChoice } from '../../shared/ui/AgencyChoice.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { RadioGroup } from '../../shared/ui/RadioGroup.js';
import { useApi } from '../../shared/use-api.js';
import { SendingPage } from './sending.js';
import { FEEDBACK_PATH, feedbackTexts as texts } from './texts.js';

interface Topic {
  kind: FeedbackKind;
  subject: FeedbackSubject;
  dossierCode: string;
  rule: string;
  agencyId: string;
}

/**
 * Gửi phản ánh, kiến nghị: its kind, what it is about (a rule, sent to the agency chosen; or a
 * dossier, by its code, which goes to the agency deciding it and must be the sender's own: the
 * server checks the contact against the applicant's), the title and the text, and the sender.
 */
export function SendFeedbackPage() {
  const { t } = useI18n();
  const [topic, setTopic] = useState<Topic>({ kind: 'feedback', subject: 'dossier', dossierCode: '', rule: '', agencyId: '' });
  const agencies = (useApi(AGENCIES).data ?? []).filter((agency) => agency.abolishedOn === null);
  const update = (changes: Partial<Topic>) => setTopic((previous) => ({ ...previous, ...changes }));
  const aboutDossier = topic.subject === 'dossier';

  const problems = (): FieldErrors => ({
    ...(aboutDossier && !topic.dossierCode.trim() && { dossierCode: t(texts.dossierMissing) }),
    ...(!aboutDossier && !topic.rule.trim() && { rule: t(texts.ruleMissing) }),
    ...(!aboutDossier && !topic.agencyId && { agencyCode: t(texts.agencyMissing) }),
  });

  return (
    <SendingPage
      back={{ to: FEEDBACK_PATH, label: t(texts.backToList) }}
      title={t(texts.send)}
      lead={t(texts.lead)}
      bodyLabel={t(texts.bodyLabel)}
      submitLabel={t(texts.submit)}
      fields={['kind', 'dossierCode', 'rule', 'agencyCode']}
      problems={problems}
      send={(message, sender) => {
        const about = {
          kind: topic.kind,
          ...(aboutDossier ? { dossierCode: topic.dossierCode.trim() } : { rule: topic.rule.trim(), agencyCode: agencies.find((agency) => agency.id === topic.agencyId)?.code }),
          ...message,
        };
        return sender ? dataOf(api.POST('/api/public/feedback', { body: { ...sender, ...about } })) : dataOf(api.POST('/api/citizen/feedback', { body: about }));
      }}
    >
      {(errors) => (
        <>
          <RadioGroup legend={t(texts.kindLegend)} name="kind" options={FEEDBACK_KINDS.map((kind) => ({ value: kind, label: t(FEEDBACK_KIND_LABELS[kind]) }))} value={topic.kind} onChange={(kind) => update({ kind })} inline />
          <p className="field-hint">{t(texts.kindHint)}</p>
          <RadioGroup
            legend={t(texts.subjectLegend)}
            name="subject"
            options={[
              { value: 'dossier' as const, label: t(texts.aboutDossier) },
              { value: 'rule' as const, label: t(texts.aboutRule) },
            ]}
            value={topic.subject}
            onChange={(subject) => update({ subject })}
            inline
          />
          {aboutDossier ? (
            <Field label={t(texts.dossierCode)} hint={t(texts.dossierHint)} error={errors.dossierCode} required>
              <input name="dossierCode" autoComplete="off" maxLength={60} value={topic.dossierCode} onChange={(event) => update({ dossierCode: event.target.value })} />
            </Field>
          ) : (
            <>
              <Field label={t(texts.rule)} hint={t(texts.ruleHint)} error={errors.rule} required>
                <input name="rule" maxLength={1000} value={topic.rule} onChange={(event) => update({ rule: event.target.value })} />
              </Field>
              <Field label={t(texts.agency)} error={errors.agencyCode} required>
                <AgencyChoice name="agencyCode" agencies={agencies} value={topic.agencyId} empty={t(texts.chooseAgency)} onChange={(agencyId) => update({ agencyId })} />
              </Field>
            </>
          )}
        </>
      )}
    </SendingPage>
  );
}
