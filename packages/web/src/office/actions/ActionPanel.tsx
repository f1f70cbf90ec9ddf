import { useState } from 'react';
import type { DossierAction } from '@motcua/core';
import { useI18n } from '../../shared/i18n.js';
import { actionButtonTexts, actionTexts as texts } from '../texts.js';
import type { OfficeDossier } from '@motcua/contract';
import { type ActionOutcome, ActionForm } from './ActionForm.js';
import { ENDING_ACTIONS, PRIMARY_ACTIONS } from './action-inputs.js';

/**
 * Exactly the actions the server lists for this officer and this dossier now; each opens its form
 * in place, under the buttons.
 */
export function ActionPanel({ dossier, onStart, onDone, onConflict }: { dossier: OfficeDossier; onStart(): void; onDone(outcome: ActionOutcome): void; onConflict(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<DossierAction>();
  const actions = dossier.availableActions;
  return (
    <section className="card action-panel no-print" aria-labelledby="dossier-actions">
      <h2 id="dossier-actions">{t(texts.heading)}</h2>
      {actions.length === 0 ? (
        <p className="muted">{t(texts.none)}</p>
      ) : (
        <div className="row action-buttons">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              aria-expanded={open === action}
              aria-controls={open === action ? 'action-form' : undefined}
              className={`button ${PRIMARY_ACTIONS.has(action) ? '' : ENDING_ACTIONS.has(action) ? 'button-secondary button-ending' : 'button-secondary'}`}
              onClick={() => setOpen(open === action ? undefined : action)}
            >
              {t(actionButtonTexts[action])}
            </button>
          ))}
        </div>
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
