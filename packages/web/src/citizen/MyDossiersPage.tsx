import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiRead } from '@motcua/contract';
import { ApiError, api } from '../shared/api.js';
import { formatDate, formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { CursorPages } from '../shared/ui/CursorPages.js';
import { StateBadge } from '../shared/ui/StateBadge.js';
import { Alert, ErrorMessage, Loading, useErrorText } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { ConfirmDialog } from '../shared/ui/ConfirmDialog.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { DigitisedDocuments } from './DigitisedDocuments.js';
import { UnverifiedContactNotice } from './ContactVerification.js';
import type { DraftListItem } from './model.js';
import { ClaimDossier } from './ClaimDossier.js';
import { RequireCitizen } from './RequireCitizen.js';
import type { Citizen } from './session.js';
import { myDossiersTexts as texts } from './texts.js';
import { useCitizenApi } from './use-citizen-api.js';
import { MyBookings } from '../portal/MyBookings.js';

const PAGE_SIZE = 20;

/** `/ho-so-cua-toi`: the citizen's submitted dossiers, unfinished drafts and digitised documents. */
export function MyDossiersPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  return <RequireCitizen>{(citizen) => <MyDossiers citizen={citizen} />}</RequireCitizen>;
}

function MyDossiers({ citizen }: { citizen: Citizen }) {
  const { t } = useI18n();
  return (
    <div className="page">
      <div className="citizen-page-heading">
        <h1>{t(texts.title)}</h1>
        <Link className="button" to="/thu-tuc">
          {t(texts.newDossier)}
        </Link>
      </div>
      <p>{t(texts.greeting, { name: citizen.fullName })}</p>
      <UnverifiedContactNotice citizen={citizen} />
      <SubmittedList />
      <ClaimDossier />
      <MyBookings withBookingLink />
      <DraftList />
      <DigitisedDocuments />
    </div>
  );
}

/** A page starts where the one before ended (`tiep` in the address holds the cursor). */
function SubmittedList() {
  const { t, language } = useI18n();
  const [search, setSearch] = useSearchParams();
  const cursor = search.get('tiep') ?? '';
  const { data, error, loading, reload } = useCitizenApi(apiRead('/api/citizen/dossiers', { query: { cursor: cursor || undefined, limit: PAGE_SIZE } }));
  return (
    <section aria-labelledby="submitted-heading">
      <h2 id="submitted-heading">{t(texts.submittedHeading)}</h2>
      {loading && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && data.items.length === 0 && !cursor && (
        <p>
          {t(texts.noDossiers)} <Link to="/thu-tuc">{t(texts.findProcedure)}</Link>
        </p>
      )}
      {data && data.items.length > 0 && (
        <DataTable
          items={data.items}
          caption={t(texts.tableCaption)}
          columns={[t(texts.code), t(texts.procedure), t(texts.state), t(texts.submitted), t(texts.due)]}
          row={(dossier) => (
            <tr key={dossier.code}>
              <th scope="row">
                <Link className="citizen-code" to={`/ho-so-cua-toi/${encodeURIComponent(dossier.code)}`}>
                  {dossier.code}
                </Link>
              </th>
              <td>{dossier.procedureName}</td>
              <td>
                <StateBadge state={dossier.state} />
              </td>
              <td>{formatDateTime(dossier.submittedAt ?? dossier.receivedAt, language)}</td>
              <td>{formatDate(dossier.dueAt, language)}</td>
            </tr>
          )}
        />
      )}
      {data && <CursorPages label={t(texts.pages)} atStart={!cursor} nextCursor={data.nextCursor} onCursor={(next) => setSearch(next ? { tiep: next } : {})} />}
    </section>
  );
}

function DraftList() {
  const { t, language } = useI18n();
  const errorText = useErrorText();
  const { data, error, loading, reload } = useCitizenApi(apiRead('/api/citizen/drafts'));
  const [deleting, setDeleting] = useState<DraftListItem>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string }>();
  const messageRef = useRef<HTMLDivElement>(null);
  // Runs after the dialog has closed (a child's effects run first), which would otherwise give the
  // focus back to the button of a draft that no longer exists.
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    if (answered > 0) messageRef.current?.focus();
  }, [answered]);

  async function confirmDelete() {
    if (!deleting) return;
    setMessage(undefined);
    setBusy(true);
    try {
      await api.DELETE('/api/citizen/drafts/{id}', { params: { path: { id: deleting.id } } });
      setMessage({ kind: 'success', text: t(texts.deleted, { name: deleting.procedureName }) });
      reload();
    } catch (failure) {
      setMessage({ kind: 'error', text: failure instanceof ApiError ? errorText(failure) : String(failure) });
    } finally {
      setBusy(false);
      setDeleting(undefined);
      setAnswered((value) => value + 1);
    }
  }

  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t(texts.draftsHeading)}</h2>
      {/* The deleted draft's button is gone: the focus goes to the message instead of the page's top. */}
      <div ref={messageRef} tabIndex={-1}>
        {message && <Alert kind={message.kind}>{message.text}</Alert>}
      </div>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && (
        <DataTable
          items={data.items}
          caption={t(texts.draftsCaption)}
          columns={[t(texts.procedure), t(texts.savedAt), t(texts.actions)]}
          empty={<p>{t(texts.noDrafts)}</p>}
          row={(draft) => (
            <tr key={draft.id}>
              <th scope="row">{draft.procedureName}</th>
              <td>{formatDateTime(draft.updatedAt, language)}</td>
              <td>
                <div className="row">
                  <Link className="button citizen-button-small" to={`/nop-ho-so/${encodeURIComponent(draft.procedureCode)}?draft=${encodeURIComponent(draft.id)}`} aria-label={t(texts.resumeLabel, { name: draft.procedureName })}>
                    {t(texts.resume)}
                  </Link>
                  <button type="button" className="button button-secondary citizen-button-small" onClick={() => setDeleting(draft)} aria-label={t(texts.deleteLabel, { name: draft.procedureName })}>
                    {t(texts.delete)}
                  </button>
                </div>
              </td>
            </tr>
          )}
        />
      )}
      <ConfirmDialog open={Boolean(deleting)} title={t(texts.deleteTitle)} confirmLabel={t(texts.deleteConfirm)} busy={busy} onConfirm={() => void confirmDelete()} onCancel={() => setDeleting(undefined)}>
        <p>{deleting && t(texts.deleteBody, { name: deleting.procedureName })}</p>
      </ConfirmDialog>
    </section>
  );
}
