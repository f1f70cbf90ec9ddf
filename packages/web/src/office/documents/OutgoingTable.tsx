import { DOCUMENT_TYPES, OUTGOING_STATE_LABELS } from '@motcua/core';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { OfficeList } from '../ui.js';
import { UrgencyCell } from './DocumentTable.js';
import type { OutgoingSummary } from './outgoing-api.js';
import { outgoingPath, outgoingTexts } from './outgoing-texts.js';
import { documentTexts as texts } from './texts.js';

/** Outgoing documents as the register lists them: number and symbol once released, subject, who drafts and who signs, and where each stands. */
export function OutgoingTable({ items, caption }: { items: readonly OutgoingSummary[]; caption: string }) {
  const { t, language } = useI18n();
  return (
    <OfficeList
      items={items}
      caption={caption}
      empty={t(texts.empty)}
      columns={[t(outgoingTexts.number), t(outgoingTexts.issuedOn), t(texts.subject), t(texts.type), t(outgoingTexts.author), t(outgoingTexts.signer), t(texts.urgency), t(texts.state)]}
      row={(item) => (
        <tr key={item.id}>
          <th scope="row" className="nowrap">{item.numberSymbol ? <Link to={outgoingPath(item.id)}>{item.numberSymbol}</Link> : '—'}</th>
          <td className="nowrap">{formatDate(item.date, language)}</td>
          <td>
            <Link to={outgoingPath(item.id)}>{item.subject}</Link>
          </td>
          <td>{t(DOCUMENT_TYPES[item.type])}</td>
          <td>{item.author.fullName}</td>
          <td>{item.signer.fullName}</td>
          <UrgencyCell urgency={item.urgency} />
          <td>
            {t(OUTGOING_STATE_LABELS[item.state])}
            {item.signaturePending && <span className="badge badge-warning block">{t(outgoingTexts.signatureWaiting)}</span>}
          </td>
        </tr>
      )}
    />
  );
}
