import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { useTitle } from '../shared/use-title.js';
import { AGENCY_KINDS, type Agency, type AgencyNode, agencyForest, flattenForest, useAgencies } from './agencies.js';
import { adminPaths } from './paths.js';
import { agencyKindLabels, agencyTexts as texts } from './texts.js';

/** Folds Vietnamese to plain letters so that "ham rong" finds "Hàm Rồng". */
function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** One agency: its name (the link to its page), code, kind, units and, if abolished, its successor. */
function AgencyEntry({ agency, byId }: { agency: Agency; byId: Map<string, Agency> }) {
  const { t, language } = useI18n();
  const successor = agency.successorId ? byId.get(agency.successorId) : undefined;
  return (
    <div className={`admin-agency-entry${agency.abolishedOn ? ' admin-agency-abolished' : ''}`}>
      <Link to={adminPaths.agency(agency.id)} className="admin-agency-name">
        {agency.name}
      </Link>{' '}
      <span className="muted admin-agency-code">{agency.code}</span> <span className="badge badge-neutral">{t(agencyKindLabels[agency.kind])}</span>{' '}
      <span className="muted">{t(texts.unitsCount, { count: agency.units.length })}</span>
      {agency.abolishedOn && (
        <p className="admin-agency-successor">
          <span className="badge badge-warning">{t(texts.abolished, { date: formatDate(agency.abolishedOn, language) })}</span>{' '}
          {successor && (
            <>
              {t(texts.successor)}{' '}
              <Link to={adminPaths.agency(successor.id)}>{successor.name}</Link>
            </>
          )}
        </p>
      )}
    </div>
  );
}

/** The children of an agency, grouped by kind (departments, communes …) in collapsible groups. */
function AgencyChildren({ nodes, byId }: { nodes: AgencyNode[]; byId: Map<string, Agency> }) {
  const { t } = useI18n();
  const groups = AGENCY_KINDS.map((kind) => ({ kind, nodes: nodes.filter((node) => node.agency.kind === kind) })).filter((group) => group.nodes.length > 0);
  return (
    <ul className="admin-agency-groups">
      {groups.map((group) => (
        <li key={group.kind}>
          <details open>
            <summary>
              {t(agencyKindLabels[group.kind])} ({group.nodes.length})
            </summary>
            <AgencyBranch nodes={group.nodes} byId={byId} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function AgencyBranch({ nodes, byId }: { nodes: AgencyNode[]; byId: Map<string, Agency> }) {
  return (
    <ul className="admin-agency-tree">
      {nodes.map((node) => (
        <li key={node.agency.id}>
          <AgencyEntry agency={node.agency} byId={byId} />
          {node.children.length > 0 && <AgencyChildren nodes={node.children} byId={byId} />}
        </li>
      ))}
    </ul>
  );
}

export function AgenciesPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  const { data: agencies, error, loading, reload } = useAgencies();
  const [filter, setFilter] = useState('');

  const key = searchKey(filter.trim());
  const byId = new Map((agencies ?? []).map((agency) => [agency.id, agency]));
  const forest = agencyForest(agencies ?? []);
  const matches = key ? flattenForest(forest).filter(({ agency }) => searchKey(`${agency.name} ${agency.shortName} ${agency.code}`).includes(key)) : [];

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.intro)}</p>
      <p>
        <Link className="button" to={adminPaths.newAgency}>
          + {t(texts.create)}
        </Link>
      </p>
      <div className="admin-filter-box">
        <Field label={t(texts.filter)}>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </Field>
      </div>
      {loading && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {agencies && key && (
        <div aria-live="polite">
          {matches.length === 0 ? (
            <p>{t(texts.noMatch, { query: filter.trim() })}</p>
          ) : (
            <ul className="admin-agency-tree admin-agency-matches">
              {matches.map(({ agency }) => (
                <li key={agency.id}>
                  <AgencyEntry agency={agency} byId={byId} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {agencies && !key && <AgencyBranch nodes={forest} byId={byId} />}
    </div>
  );
}
