import { apiRead } from '@motcua/contract';
import { type RatingScore } from '@motcua/core';
import { type ReactNode, useId, useState } from 'react';
import { api, dataOf } from '../shared/api.js';
import { useCitizenApi } from '../citizen/use-citizen-api.js';
import { useI18n } from '../shared/i18n.js';
import type { FieldErrors } from '../shared/ui/ErrorSummary.js';
import { Field } from '../shared/ui/Field.js';
import { type RatingChoice, RatingForm, RatingGiven } from './RatingForm.js';
import { ratingTexts as texts } from './texts.js';

function RatingSection({ given, children }: { given: RatingScore | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const heading = useId();
  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading}>{t(texts.dossierHeading)}</h2>
      {given ? <RatingGiven score={given} /> : children}
    </section>
  );
}

/** On the citizen's own dossier page: once the agency has finished with it, its applicant rates it, once. */
export function OwnDossierRating({ code }: { code: string }) {
  const { t } = useI18n();
  const state = useCitizenApi(apiRead('/api/citizen/dossiers/{code}/rating', { path: { code } }));
  const [sent, setSent] = useState<RatingScore>();
  const given = sent ?? state.data?.rating?.score;
  if (!given && state.data?.notRatable !== null) return null;
  const submit = async (choice: RatingChoice) => {
    const rating = await dataOf(api.POST('/api/citizen/dossiers/{code}/rating', { params: { path: { code } }, body: choice }));
    setSent(rating.score);
  };
  return (
    <RatingSection given={given}>
      <RatingForm question={t(texts.dossierQuestion)} submit={submit} />
    </RatingSection>
  );
}

/** On the tracking page, for a dossier the agency has finished with: its applicant rates it with the receipt's lookup code. */
export function LookupDossierRating({ code }: { code: string }) {
  const { t } = useI18n();
  const [lookupCode, setLookupCode] = useState('');
  const [sent, setSent] = useState<RatingScore>();
  const submit = async (choice: RatingChoice) => {
    const rating = await dataOf(api.POST('/api/public/dossiers/{code}/rating', { params: { path: { code } }, body: { ...choice, lookupCode: lookupCode.trim() } }));
    setSent(rating.score);
  };
  return (
    <RatingSection given={sent}>
      <RatingForm
        question={t(texts.dossierQuestion)}
        validate={(): FieldErrors => (lookupCode.trim() ? {} : { lookupCode: t(texts.lookupCodeMissing) })}
        submit={submit}
        extra={(errors) => (
          <Field label={t(texts.lookupCode)} hint={t(texts.lookupCodeHint)} error={errors.lookupCode} required>
            <input name="lookupCode" className="input-narrow" autoComplete="off" autoCapitalize="characters" value={lookupCode} onChange={(event) => setLookupCode(event.target.value)} />
          </Field>
        )}
      />
    </RatingSection>
  );
}
