import type { FormEvent, ReactNode } from 'react';
import type { DeadlineStatus } from '@motcua/core';
import { Link } from 'react-router';
import { formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { type Column, DataTable } from '../shared/ui/DataTable.js';
import { Alert } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
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

interface ListProps<T> {
  items: readonly T[];
  columns: readonly Column[];
  row(item: T, index: number): ReactNode;
}

/** A card of a record's page holding one table, headed by its title (which names the table too), or saying `empty` when it has no rows. */
export function TableCard<T>({ id, title, empty, ...list }: ListProps<T> & { id: string; title: string; empty: string }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <DataTable {...list} compact caption={title} empty={<p className="muted">{empty}</p>} />
    </section>
  );
}

/** A list of the back office (a queue, a register, the year's records): compact, named by its caption for screen readers, and saying `empty` when it has no rows. */
export function OfficeList<T>({ caption, empty, ...list }: ListProps<T> & { caption: string; empty?: string }) {
  return <DataTable {...list} compact caption={caption} empty={empty === undefined ? null : <NothingListed text={empty} />} />;
}

/** The page of one record: a link back to the list it is in, and the record named in its heading. */
export function RecordPage({ back, title, children }: { back: { to: string; label: string }; title: ReactNode; children: ReactNode }) {
  return (
    <div className="page office-page">
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** A search of a list on the server: the words looked for, any further filters (`children`), and the button that runs it. */
export function SearchForm({
  label,
  hint,
  text,
  onText,
  onSearch,
  button,
  children,
}: {
  label: string;
  hint: string;
  text: string;
  onText(text: string): void;
  onSearch(): void;
  button: string;
  children?: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch();
  };
  return (
    <form className="queue-filters" role="search" onSubmit={submit}>
      <div className="queue-search">
        <Field label={label} hint={hint}>
          <input type="search" name="q" maxLength={200} value={text} onChange={(event) => onText(event.target.value)} />
        </Field>
      </div>
      {children}
      <div className="row queue-filter-buttons">
        <button type="submit" className="button">
          {button}
        </button>
      </div>
    </form>
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
