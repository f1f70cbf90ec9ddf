import type { PublishedProcedure } from '@motcua/contract';
import type { Loaded } from '../../shared/use-api.js';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useProcessingTime } from '../dossier/DossierFacts.js';
import { receptionTexts as texts } from '../texts.js';
import { ProcedurePicker } from './ProcedurePicker.js';

/**
 * The first part of a form that starts a dossier (counter reception, assisted submission): the
 * procedure found by name or code, then shown with its field, agency and time limit, changeable.
 */
export function ProcedureSection({ id, title, code, procedure, onChoose }: {
  id: string;
  title: string;
  code: string | undefined;
  procedure: Loaded<PublishedProcedure>;
  onChoose(code: string | undefined): void;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {code ? <ChosenProcedure procedure={procedure.data} onChange={() => onChoose(undefined)} /> : <ProcedurePicker onChoose={onChoose} />}
      {procedure.error && <ErrorMessage error={procedure.error} onRetry={procedure.reload} />}
      {code && procedure.loading && <Loading />}
    </section>
  );
}

function ChosenProcedure({ procedure, onChange }: { procedure: PublishedProcedure | undefined; onChange(): void }) {
  const { t } = useI18n();
  const processingTime = useProcessingTime();
  return (
    <div className="row chosen-procedure">
      {procedure && (
        <p>
          <strong>{procedure.name}</strong> <span className="muted">({procedure.code})</span>
          <span className="muted small block">
            {t(texts.procedureFacts, { field: procedure.fieldName, agency: procedure.competentAgencyName, days: processingTime(procedure.processingDays) })}
          </span>
        </p>
      )}
      <button type="button" className="button button-secondary" onClick={onChange}>
        {t(texts.change)}
      </button>
    </div>
  );
}
