import { type FormEvent, useState } from 'react';
import { api, asApiError, dataOf } from '../shared/api.js';
import { useCommuneAgencies } from '../shared/declaration/communes.js';
import { useI18n } from '../shared/i18n.js';
import { AgencyChoice } from '../shared/ui/AgencyChoice.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, useErrorText } from '../shared/ui/feedback.js';
import { contactTexts as texts } from './contact-texts.js';
import { registerTexts } from './texts.js';
import { type Citizen, useCitizenSession } from './session.js';

/** The commune the citizen lives in, where their commune-level dossiers go by default: changed here. */
export function HomeCommune({ citizen }: { citizen: Citizen }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { setCitizen } = useCitizenSession();
  const communes = useCommuneAgencies();
  const [communeId, setCommuneId] = useState(citizen.communeId ?? '');
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(undefined);
    try {
      const answer = await dataOf(api.PUT('/api/citizen/me/commune', { body: { communeId: communeId || null } }));
      setCitizen(answer.citizen);
      setOutcome({ kind: 'success', text: t(texts.communeSaved) });
    } catch (caught) {
      setOutcome({ kind: 'error', text: errorText(asApiError(caught)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      {outcome && <Alert kind={outcome.kind}>{outcome.text}</Alert>}
      <Field label={t(registerTexts.commune)} hint={t(registerTexts.communeHint)}>
        <AgencyChoice name="communeId" agencies={communes} value={communeId} empty={t(texts.communeNone)} onChange={setCommuneId} />
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t(texts.saving) : t(texts.saveCommune)}
      </button>
    </form>
  );
}
