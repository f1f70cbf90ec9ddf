import { DOCUMENT_TYPES, INCOMING_STATE_LABELS, URGENCIES, type Urgency } from '@motcua/core';
import type { IncomingDocumentSummary } from './api.js';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { DueCell, OfficeList } from '../ui.js';
import { documentPath, documentTexts as texts } from './texts.js';

/** Incoming documents as the register lists them: arrival number, number and symbol, sender, subject, and how they stand against their deadline. */
export function DocumentTable({ items, caption }: { items: readonly IncomingDocumentSummary[]; caption: string }) {
  const { t, language } = useI18n();
  return (
    <OfficeList
      items={items}
      caption={caption}
      empty={t(texts.empty)}
      columns={[t(texts.arrivalNumber), t(texts.arrivedAt), t(texts.numberSymbol), t(texts.sender), t(texts.subject), t(texts.type), t(texts.urgency), t(texts.state), t(texts.deadline)]}
      row={(item) => (
        <tr key={item.id}>
          <th scope="row">
            <Link to={documentPath(item.id)}>{`${item.registerNumber}/${item.registerYear}`}</Link>
          </th>
          <td className="nowrap">{formatDate(item.arrivedAt, language)}</td>
          <td>
            {item.numberSymbol || '—'}
            {item.date && <span className="muted small block">{formatDate(item.date, language)}</span>}
          </td>
          <td>{item.sender}</td>
          <td>
            <Link to={documentPath(item.id)}>{item.subject}</Link>
          </td>
          <td>{t(DOCUMENT_TYPES[item.type])}</td>
          <UrgencyCell urgency={item.urgency} />
          <td>{t(INCOMING_STATE_LABELS[item.state])}</td>
          <DueCell dueAt={item.dueAt} status={item.deadlineStatus} />
        </tr>
      )}
    />
  );
}

/** A register's urgency column: a dash for an ordinary document, a badge for an urgent one, so that it stands out. */
export function UrgencyCell({ urgency }: { urgency: Urgency }) {
  const { t } = useI18n();
  return <td>{urgency === 'normal' ? '—' : <span className="badge badge-warning">{t(URGENCIES[urgency])}</span>}</td>;
}
