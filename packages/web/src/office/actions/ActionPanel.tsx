import { useState } from 'react';
import type { DossierAction } from '@motcua/core';
import { useI18n } from '../../shared/i18n.js';
import { actionButtonTexts, actionTexts as texts } from '../texts.js';
import type { OfficeDossier } from '@motcua/contract';
import { type ActionOutcome, ActionForm } from './ActionForm.js';
import { ENDING_ACTIONS, arrangeActions, primaryActionsFor } from './action-inputs.js';

/**
 * Exactly the actions the server lists for this officer and this dossier now, the ways forward
 * first and those that end the request last; each opens its form in place, under the buttons.
 */
export function ActionPanel({ dossier, onStart, onDone, onConflict }: { dossier: OfficeDossier; onStart(): void; onDone(outcome: ActionOutcome): void; onConflict(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<DossierAction>();
  const actions = dossier.availableActions;
  const primary = primaryActionsFor(dossier.delivery.method);
  const { forward, ending } = arrangeActions(actions, primary);
  const step = dossier.currentStepIndex === null ? undefined : dossier.steps.find((candidate) => candidate.index === dossier.currentStepIndex);
  const button = (action: DossierAction) => (
    <button
      key={action}
      type="button"
      aria-expanded={open === action}
      aria-controls={open === action ? 'action-form' : undefined}
      className={`button ${primary.has(action) ? '' : ENDING_ACTIONS.has(action) ? 'button-secondary button-ending' : 'button-secondary'}`}
      onClick={() => setOpen(open === action ? undefined : action)}
    >
      {t(actionButtonTexts[action])}
    </button>
  );
  return (
    <section className="card action-panel no-print" aria-labelledby="dossier-actions">
      <h2 id="dossier-actions">{t(texts.heading)}</h2>
      {forward.length > 0 ? (
        <div className="row action-buttons">{[...forward, ...ending].map(button)}</div>
      ) : (
        <>
          <p className="muted">{step ? t(texts.nothingAtStep, { step: step.name, agency: step.agency.name }) : t(texts.none)}</p>
          {ending.length > 0 && (
            <details className="action-ending" open={open !== undefined}>
              <summary>{t(texts.endingOnly)}</summary>
              <div className="row action-buttons">{ending.map(button)}</div>
            </details>
          )}
        </>
      )}
      {open && actions.includes(open) && (
        <div id="action-form">
          <ActionForm
            key={`${open}-${dossier.version}`}
            dossier={dossier}
            action={open}
            onStart={onStart}
            onCancel={() => setOpen(undefined)}
            onConflict={() => {
              setOpen(undefined);
              onConflict();
            }}
            onDone={(outcome) => {
              setOpen(undefined);
              onDone(outcome);
            }}
          />
        </div>
      )}
    </section>
  );
}
