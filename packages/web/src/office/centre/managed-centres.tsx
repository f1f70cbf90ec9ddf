import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { apiRead } from '@motcua/contract';
import { useI18n } from '../../shared/i18n.js';
import type { Officer } from '../../shared/officer-session.js';
import { useApi } from '../../shared/use-api.js';
import { ratingTexts } from '../../ratings/texts.js';
import { centreTexts as texts } from './texts.js';

export const CENTRES_PATH = '/can-bo/trung-tam';
export const centreLivePath = (agencyCode: string) => `${CENTRES_PATH}/${encodeURIComponent(agencyCode)}`;
export const centreFiguresPath = (agencyCode: string) => `${centreLivePath(agencyCode)}/so-lieu`;
export const centreRatingsPath = (agencyCode: string) => `${centreLivePath(agencyCode)}/danh-gia`;

/** The roles manage-centre lets in (the server decides, per centre and its ancestors): only they ask which centres they manage. */
const MANAGING_ROLES = new Set(['agency_leader', 'unit_head', 'admin']);

/** The centres the officer manages (GET /api/v1/centres, those with mayManage); empty for an officer without a managing role. */
export function useManagedCentres(officer: Officer | null | undefined) {
  const mayManageSome = Boolean(officer?.grants.some((grant) => MANAGING_ROLES.has(grant.role)));
  const centres = useApi(mayManageSome ? apiRead('/api/v1/centres') : null);
  return { ...centres, managed: (centres.data ?? []).filter((centre) => centre.mayManage) };
}

/** The heading of a centre's managers' pages, with the way between its live state and its figures. */
export function CentreHeader({ agencyCode, title, name, children }: { agencyCode: string; title: string; name: string | undefined; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="centre-header">
      <p className="muted">
        <Link to={CENTRES_PATH}>{t(texts.centresTitle)}</Link>
      </p>
      <h1>
        {title}
        {name && <span className="centre-name">{name}</span>}
      </h1>
      <nav aria-label={t(texts.sectionNav)}>
        <ul className="segmented">
          <li>
            <NavLink to={centreLivePath(agencyCode)} end>
              {t(texts.liveLink)}
            </NavLink>
          </li>
          <li>
            <NavLink to={centreFiguresPath(agencyCode)}>{t(texts.figuresLink)}</NavLink>
          </li>
          <li>
            <NavLink to={centreRatingsPath(agencyCode)}>{t(ratingTexts.managersTitle)}</NavLink>
          </li>
        </ul>
      </nav>
      {children}
    </header>
  );
}
