import type { DeadlineStatus } from '@motcua/core';
import { useI18n } from '../shared/i18n.js';
import { deadlineTexts } from './texts.js';

const DEADLINE_TONE: Record<DeadlineStatus, string> = {
  on_time: 'success',
  due_soon: 'warning',
  overdue: 'danger',
  finished_early: 'success',
  finished_on_time: 'success',
  finished_late: 'danger',
};

/** On time, due soon or overdue, in words as well as colour so that it does not rely on colour alone. */
export function DeadlineBadge({ status }: { status: DeadlineStatus | null }) {
  const { t } = useI18n();
  if (!status) return null;
  return <span className={`badge badge-${DEADLINE_TONE[status]}`}>{t(deadlineTexts[status])}</span>;
}
