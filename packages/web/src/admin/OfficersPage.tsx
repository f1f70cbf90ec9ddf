import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ROLE_LABELS } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { api } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { ActionStatus, Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { Pagination } from '../shared/ui/Pagination.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { type Agency, administeredAgencyIds, useAgencies } from './agencies.js';
import { AgencySelect } from './AgencySelect.js';
import { ConfirmButton } from './ConfirmButton.js';
import { type GrantDraft, GrantsEditor, grantsForApi, grantsProblem } from './GrantsEditor.js';
import { NewOfficerForm } from './NewOfficerForm.js';
import { OfficerSecurityActions, OfficerSecurityBadges } from './OfficerSecurity.js';
import { adminPaths } from './paths.js';
import { withKeys } from './RepeatableList.js';
import { commonTexts, officerTexts as texts } from './texts.js';
import { useFieldErrors, useSubmission } from './use-submit.js';

type OfficerAccount = ResponseOf<'/api/v1/officers'>['items'][number];

/** "Chuyên viên xử lý — Sở Tư pháp / Phòng Bổ trợ tư pháp" for each grant. */
function GrantList({ grants, byId }: { grants: OfficerAccount['grants']; byId: Map<string, Agency> }) {
  const { t } = useI18n();
  return (
    <ul className="admin-plain-list">
      {grants.map((grant) => {
        const agency = byId.get(grant.agencyId);
        const unit = agency?.units.find((candidate) => candidate.id === grant.unitId);
        return (
          <li key={`${grant.role}-${grant.agencyId}-${grant.unitId ?? ''}`}>
            <strong>{t(ROLE_LABELS[grant.role])}</strong> — {agency?.shortName ?? grant.agencyId}
            {unit && ` / ${unit.name}`}
          </li>
        );
      })}
    </ul>
  );
}

/** Replaces every grant of one officer; the server ends that officer's sessions. */
function GrantsPanel({ officer, agencies, administered, agencyId, onSaved, onCancel }: {
  officer: OfficerAccount;
  agencies: Agency[];
  administered: Set<string>;
  agencyId: string;
  onSaved(message: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const session = useOfficerSession();
  const [grants, setGrants] = useState<GrantDraft[]>(() => withKeys(officer.grants.map((grant) => ({ ...grant, unitId: grant.unitId ?? '' }))));
  const [problem, setProblem] = useState<ReturnType<typeof grantsProblem>>();
  const submission = useSubmission();
  const errorAt = useFieldErrors(problem ? { grants: problem } : {}, submission.error);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isSelf = session.officer?.id === officer.id;

  useEffect(() => headingRef.current?.focus(), [officer.id]);

  const save = () => {
    const found = grantsProblem(grants, 0);
    setProblem(found);
    if (found) return;
    void submission.run(async () => {
      await api.PUT('/api/v1/officers/{id}/grants', { params: { path: { id: officer.id } }, body: { grants: grantsForApi(grants) } });
      // One's own sessions ended too: start again from the sign-in form.
      if (isSelf) window.location.assign(adminPaths.home);
      else onSaved(t(texts.grantsSaved, { name: officer.fullName }));
      return undefined;
    });
  };

  return (
    <section className="card" aria-labelledby="grants-title">
      <h2 id="grants-title" ref={headingRef} tabIndex={-1}>
        {t(texts.editGrantsOf, { name: officer.fullName })}
      </h2>
      <Alert kind="warning">
        <p>{t(texts.sessionWarning)}</p>
        {isSelf && <p>{t(texts.selfWarning)}</p>}
      </Alert>
      {submission.error && <ErrorMessage error={submission.error} />}
      <GrantsEditor grants={grants} onChange={setGrants} agencies={agencies} administered={administered} defaultAgencyId={agencyId} error={errorAt('grants')} />
      <div className="row">
        <button type="button" className="button" disabled={submission.busy} onClick={save}>
          {submission.busy ? t(commonTexts.saving) : t(commonTexts.save)}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t(commonTexts.cancel)}
        </button>
      </div>
    </section>
  );
}

/** Disables an officer after asking (their sessions end at once), or enables them again. */
function ActiveToggle({ officer, onDone }: { officer: OfficerAccount; onDone(message: string): void }) {
  const { t } = useI18n();
  const session = useOfficerSession();
  const submission = useSubmission();
  const set = (active: boolean) =>
    void submission.run(async () => {
      await api.PUT('/api/v1/officers/{id}/active', { params: { path: { id: officer.id } }, body: { active } });
      onDone(t(active ? texts.enabled : texts.disabled, { name: officer.fullName }));
      return undefined;
    });
  // No one locks themselves out: the server refuses it too.
  if (session.officer?.id === officer.id) return null;
  return (
    <>
      {officer.active ? (
        <ConfirmButton label={t(texts.disable)} question={t(texts.disableQuestion, { name: officer.fullName })} busy={submission.busy} onConfirm={() => set(false)} />
      ) : (
        <button type="button" className="button button-secondary" disabled={submission.busy} onClick={() => set(true)}>
          {t(texts.enable)}
          <span className="visually-hidden"> — {officer.fullName}</span>
        </button>
      )}
      {submission.error && <ErrorMessage error={submission.error} />}
    </>
  );
}

function OfficerTable({ officers, byId, onEdit, onChanged }: {
  officers: OfficerAccount[];
  byId: Map<string, Agency>;
  onEdit(officer: OfficerAccount): void;
  onChanged(message: string): void;
}) {
  const { t } = useI18n();
  return (
    <DataTable
      items={officers}
      wrapClassName="admin-table-wrap"
      columns={[t(texts.fullName), t(texts.username), t(texts.roles), t(texts.status), t(commonTexts.actions)]}
      empty={<p>{t(texts.none)}</p>}
      row={(officer) => (
        <tr key={officer.id}>
          <th scope="row">
            {officer.fullName}
            {officer.title && <span className="muted admin-cell-note">{officer.title}</span>}
            {officer.email && <span className="muted admin-cell-note">{officer.email}</span>}
          </th>
          <td>
            <code>{officer.username}</code>
          </td>
          <td>
            <GrantList grants={officer.grants} byId={byId} />
          </td>
          <td>
            <span className={`badge ${officer.active ? 'badge-success' : 'badge-neutral'}`}>{officer.active ? t(texts.active) : t(texts.inactive)}</span>
            <OfficerSecurityBadges officer={officer} />
          </td>
          <td>
            <div className="admin-row-actions">
              <button type="button" className="button button-secondary" onClick={() => onEdit(officer)}>
                {t(texts.editGrants)}
                <span className="visually-hidden"> — {officer.fullName}</span>
              </button>
              <ActiveToggle officer={officer} onDone={onChanged} />
              <OfficerSecurityActions officer={officer} onDone={onChanged} />
            </div>
          </td>
        </tr>
      )}
    />
  );
}

const PAGE_SIZE = 20;

/**
 * The officers of every agency the administrator administers, or of one, found by part of a name,
 * username or e-mail (the address keeps the search, the agency and the page).
 */
export function OfficersPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  const { officer: me } = useOfficerSession();
  const { data: agencies, error: agenciesError, reload: reloadAgencies } = useAgencies();
  const [params, setParams] = useSearchParams();
  const administered = administeredAgencyIds(agencies ?? [], me);
  const agencyId = params.get('coQuan') ?? '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const [typed, setTyped] = useState(q);
  const officers = useApi(apiRead('/api/v1/officers', { query: { ...(agencyId ? { agencyId } : {}), ...(q ? { q } : {}), page, pageSize: PAGE_SIZE } }));
  const [editing, setEditing] = useState<OfficerAccount | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();

  if (agenciesError) return <div className="page"><ErrorMessage error={agenciesError} onRetry={reloadAgencies} /></div>;
  if (!agencies) return <Loading />;
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const agency = byId.get(agencyId);
  // New officers start in the chosen agency, or where the administrator holds the role.
  const newOfficerAgencyId = agency?.id ?? me?.grants.find((grant) => grant.role === 'admin')?.agencyId ?? '';

  const show = (next: { agencyId?: string; q?: string; page?: number }) => {
    setEditing(null);
    setCreating(false);
    setNotice(undefined);
    const chosen = { agencyId, q, page: 1, ...next };
    setParams({ ...(chosen.agencyId ? { coQuan: chosen.agencyId } : {}), ...(chosen.q ? { q: chosen.q } : {}), ...(chosen.page > 1 ? { trang: String(chosen.page) } : {}) });
  };
  const done = (message: string) => {
    setEditing(null);
    setCreating(false);
    setNotice(message);
    officers.reload();
  };

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <form
        role="search"
        className="admin-filter-box"
        onSubmit={(event) => {
          event.preventDefault();
          show({ q: typed.trim() });
        }}
      >
        <Field label={t(texts.search)} hint={t(texts.searchHint)}>
          <input type="search" value={typed} maxLength={200} onChange={(event) => setTyped(event.target.value)} />
        </Field>
        <Field label={t(texts.agency)} hint={t(texts.agencyHint)}>
          <AgencySelect agencies={agencies} value={agencyId} onValue={(id) => show({ agencyId: id })} include={(candidate) => administered.has(candidate.id)} emptyLabel={t(texts.allAgencies)} />
        </Field>
        <button type="submit" className="button">
          {t(texts.searchButton)}
        </button>
      </form>
      <ActionStatus message={notice} />
      <div className="row admin-space-between">
        <h2>{agency ? t(texts.listTitle, { agency: agency.name }) : t(texts.listAll)}</h2>
        <button
          type="button"
          className="button"
          aria-expanded={creating}
          onClick={() => {
            setEditing(null);
            setCreating((open) => !open);
          }}
        >
          + {t(texts.create)}
        </button>
      </div>
      {creating && <NewOfficerForm agencies={agencies} administered={administered} agencyId={newOfficerAgencyId} onCreated={done} />}
      {officers.loading && !officers.data && <Loading />}
      {officers.error && <ErrorMessage error={officers.error} onRetry={officers.reload} />}
      {officers.data && (
        <>
          <p className="muted" aria-live="polite">
            {t(texts.found, { total: officers.data.total })}
          </p>
          <OfficerTable
            officers={officers.data.items}
            byId={byId}
            onChanged={done}
            onEdit={(officer) => {
              setCreating(false);
              setNotice(undefined);
              setEditing(officer);
            }}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={officers.data.total} onPage={(next) => show({ page: next })} />
        </>
      )}
      {editing && (
        <GrantsPanel
          key={editing.id}
          officer={editing}
          agencies={agencies}
          administered={administered}
          agencyId={agency?.id ?? editing.grants[0]?.agencyId ?? newOfficerAgencyId}
          onSaved={done}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}
