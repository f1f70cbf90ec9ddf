import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { TableCard } from '../ui.js';
import type { IncomingDocument } from './api.js';
import { documentTexts as texts } from './texts.js';

export type HistoryEntry = IncomingDocument['history'][number];

/** A document's course, event by event: when, by whom, what (named by `eventLabel`) and the note left. */
export function DocumentHistory({ history, eventLabel }: { history: readonly HistoryEntry[]; eventLabel(entry: HistoryEntry): string }) {
  const { t, language } = useI18n();
  return (
    <TableCard
      id="document-history"
      title={t(texts.history)}
      empty=""
      items={history}
      columns={[t(texts.when), t(texts.who), t(texts.what)]}
      row={(event, index) => (
        <tr key={index}>
          <th scope="row" className="nowrap">
            {formatDateTime(event.occurredAt, language)}
          </th>
          <td>{event.actorName}</td>
          <td>
            {eventLabel(event)}
            {event.note && <span className="muted small block">{event.note}</span>}
          </td>
        </tr>
      )}
    />
  );
}
