import { useEffect, useState } from 'react';
import { apiRead } from '@motcua/contract';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useProcessingTime } from '../dossier/DossierFacts.js';
import { receptionTexts as texts } from '../texts.js';

/** Finds the procedure as the officer types (the server forgives missing accents and typos). */
export function ProcedurePicker({ onChoose }: { onChoose(code: string): void }) {
  const { t } = useI18n();
  const processingTime = useProcessingTime();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // Wait for a pause in typing rather than asking the server at every key.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useApi(search ? apiRead('/api/public/procedures', { query: { q: search, page: 1, pageSize: 10 } }) : null);
  return (
    <div>
      <Field label={t(texts.procedureSearch)} hint={t(texts.procedureSearchHint)} required>
        <input type="search" autoFocus value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      {found.error && <ErrorMessage error={found.error} />}
      <div aria-live="polite">
        {/* The list answers the words typed last: the one before goes while they are looked up. */}
        {search && found.data && !found.loading && (found.data.items.length === 0 ? (
          <p className="muted">{t(texts.noProcedure)}</p>
        ) : (
          <ul className="procedure-results" aria-label={t(texts.procedureResults)}>
            {found.data.items.map((procedure) => (
              <li key={procedure.code}>
                <button type="button" className="procedure-choice" onClick={() => onChoose(procedure.code)}>
                  <span className="procedure-choice-name">
                    {procedure.name} <span className="muted">({procedure.code})</span>
                  </span>
                  <span className="muted small block">
                    {t(texts.procedureFacts, { field: procedure.fieldName, agency: procedure.competentAgencyName, days: processingTime(procedure.processingDays) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ))}
      </div>
    </div>
  );
}
