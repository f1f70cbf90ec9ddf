import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ROLE_LABELS } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { api } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { type Agency, administeredAgencyIds, useAgencies } from './agencies.js';
import { AgencySelect } from './AgencySelect.js';
import { type GrantDraft, GrantsEditor, grantsForApi, grantsProblem } from './GrantsEditor.js';
import { NewOfficerForm } from './NewOfficerForm.js';
import { adminPaths } from './paths.js';
import { withKeys } from './RepeatableList.js';
import { commonTexts, officerTexts as texts } from './texts.js';
import { useFieldErrors, useSubmission } from './use-submit.js';

type OfficerAccount = ResponseOf<'/api/v1/officers'>[number];

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

function OfficerTable({ officers, byId, onEdit }: { officers: OfficerAccount[]; byId: Map<string, Agency>; onEdit(officer: OfficerAccount): void }) {
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
          </th>
          <td>
            <code>{officer.username}</code>
          </td>
          <td>
            <GrantList grants={officer.grants} byId={byId} />
          </td>
          <td>
            <span className={`badge ${officer.active ? 'badge-success' : 'badge-neutral'}`}>{officer.active ? t(texts.active) : t(texts.inactive)}</span>
          </td>
          <td>
            <button type="button" className="button button-secondary" onClick={() => onEdit(officer)}>
              {t(texts.editGrants)}
              <span className="visually-hidden"> — {officer.fullName}</span>
            </button>
          </td>
        </tr>
      )}
    />
  );
}

export function OfficersPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  const { officer: me } = useOfficerSession();
  const { data: agencies, error: agenciesError, reload: reloadAgencies } = useAgencies();
  const [params, setParams] = useSearchParams();
  const administered = administeredAgencyIds(agencies ?? [], me);
  // Without a choice in the address, start with the agency where the administrator holds the role.
  const agencyId = params.get('coQuan') ?? me?.grants.find((grant) => grant.role === 'admin')?.agencyId ?? '';
  const officers = useApi(agencyId ? apiRead('/api/v1/officers', { query: { agencyId } }) : null);
  const [editing, setEditing] = useState<OfficerAccount | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();

  if (agenciesError) return <div className="page"><ErrorMessage error={agenciesError} onRetry={reloadAgencies} /></div>;
  if (!agencies) return <Loading />;
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const agency = byId.get(agencyId);

  const chooseAgency = (id: string) => {
    setEditing(null);
    setCreating(false);
    setNotice(undefined);
    setParams(id ? { coQuan: id } : {});
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
      <div className="admin-filter-box">
        <Field label={t(texts.agency)} hint={t(texts.agencyHint)}>
          <AgencySelect agencies={agencies} value={agencyId} onValue={chooseAgency} include={(candidate) => administered.has(candidate.id)} />
        </Field>
      </div>
      <div aria-live="polite">{notice && <Alert kind="success">{notice}</Alert>}</div>
      {!agency && <p>{t(texts.chooseAgency)}</p>}
      {agency && (
        <>
          <div className="row admin-space-between">
            <h2>{t(texts.listTitle, { agency: agency.name })}</h2>
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
          {creating && <NewOfficerForm agencies={agencies} administered={administered} agencyId={agency.id} onCreated={done} />}
          {officers.loading && <Loading />}
          {officers.error && <ErrorMessage error={officers.error} onRetry={officers.reload} />}
          {officers.data && (
            <OfficerTable
              officers={officers.data}
              byId={byId}
              onEdit={(officer) => {
                setCreating(false);
                setNotice(undefined);
                setEditing(officer);
              }}
            />
          )}
          {editing && (
            <GrantsPanel key={editing.id} officer={editing} agencies={agencies} administered={administered} agencyId={agency.id} onSaved={done} onCancel={() => setEditing(null)} />
          )}
        </>
      )}
    </div>
  );
}
