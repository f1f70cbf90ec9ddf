import type { ReactNode } from 'react';
import type { DeadlineStatus } from '@motcua/core';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { type Column, DataTable } from '../shared/ui/DataTable.js';
import { Alert } from '../shared/ui/feedback.js';
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

/** One fact of a record in a definition list; a dash when it has no value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || '—'}</dd>
    </>
  );
}

/** A deadline and how it stands against it, as a list's due column shows it. */
export function DueCell({ dueAt, status }: { dueAt: string | null; status: DeadlineStatus | null }) {
  const { language } = useI18n();
  return (
    <td className="nowrap">
      {formatDateTime(dueAt, language)}
      <span className="block">
        <DeadlineBadge status={status} />
      </span>
    </td>
  );
}

/** A card of a record's page holding one table, headed by its title (which names the table too), or saying `empty` when it has no rows. */
export function TableCard<T>({ id, title, empty, items, columns, row }: { id: string; title: string; empty: string; items: readonly T[]; columns: readonly Column[]; row(item: T, index: number): ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <DataTable items={items} compact caption={title} empty={<p className="muted">{empty}</p>} columns={columns} row={row} />
    </section>
  );
}

/** What a list says in its place when it has nothing to list. */
export function NothingListed({ text }: { text: string }) {
  return (
    <Alert kind="info">
      <p>{text}</p>
    </Alert>
  );
}
