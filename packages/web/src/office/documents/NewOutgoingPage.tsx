import { Link, useNavigate } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { useTitle } from '../../shared/use-title.js';
import { DocumentAgencyPicker, useDocumentAgency } from './agency.js';
import { DraftForm } from './DraftForm.js';
import { OUTGOING_PATH, outgoingPath, outgoingTexts as texts } from './outgoing-texts.js';

/** A specialist starts an outgoing document: its first version, which they then submit from its page. */
export function NewOutgoingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useTitle(t(texts.newDraft));
  const { officer } = useOfficerSession();
  const agency = useDocumentAgency();
  const agencyId = agency.chosen?.id ?? officer?.documentAgencyIds[0] ?? '';
  return (
    <div className="page narrow">
      <p>
        <Link to={OUTGOING_PATH}>{t(texts.registerTitle)}</Link>
      </p>
      <h1>{t(texts.newDraft)}</h1>
      <DocumentAgencyPicker />
      <DraftForm
        key={agencyId}
        agency={{ id: agencyId, code: agency.chosen?.code }}
        save={async (fields) => {
          // A first version has no previous body to keep: the form asks for one.
          const document = await dataOf(api.POST('/api/v1/documents/outgoing', { body: { ...agency.query, ...fields, body: fields.body! } }));
          await navigate(outgoingPath(document.id), { state: { message: t(texts.drafted, { version: document.version }) } });
        }}
      />
    </div>
  );
}
