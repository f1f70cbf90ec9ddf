import { type DossierState, STATE_LABELS } from '@motcua/core';
import { useI18n } from '../i18n.js';

const TONE: Record<DossierState, string> = {
  submitted: 'neutral',
  supplement_before_reception: 'warning',
  refused: 'danger',
  processing: 'info',
  supplement_requested: 'warning',
  awaiting_fee: 'warning',
  suspended: 'warning',
  withdrawn: 'neutral',
  stopped: 'danger',
  result_ready: 'success',
  returned: 'success',
};

export function StateBadge({ state }: { state: DossierState }) {
  const { t } = useI18n();
  return <span className={`badge badge-${TONE[state]}`}>{t(STATE_LABELS[state])}</span>;
}
