import { type ReactNode, useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { assistedTexts } from './assisted/texts.js';
import { useI18n } from '../shared/i18n.js';
import { Frame, type NavItem } from '../shared/layout/Frame.js';
import { OFFICER_ACCOUNT_PATH } from '../shared/accounts/OfficerAccount.js';
import { accountTexts } from '../shared/accounts/texts.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { NOTIFICATIONS_PATH, queuePath, useOfficerQueues, useQueueCounts } from './queues.js';
import { officeTexts as texts } from './texts.js';
import { CENTRES_PATH, useManagedCentres } from './centre/managed-centres.js';
import { centreTexts } from './centre/texts.js';
import { counterTexts } from './counter/texts.js';
import { DASHBOARD_PATH } from './statistics/scope.js';
import { statisticsTexts } from './statistics/texts.js';
import { RECONCILIATION_PATH, reconciliationTexts } from './payments/texts.js';
import { DOCUMENTS_PATH, MY_DOCUMENTS_PATH, documentTexts } from './documents/texts.js';
import { OUTGOING_PATH, outgoingTexts } from './documents/outgoing-texts.js';
import { WORK_RECORDS_PATH, workRecordTexts } from './work-records/texts.js';
import { answersEnquiries } from './enquiries/officers.js';
import { OFFICE_FEEDBACK_PATH, OFFICE_QUESTIONS_PATH, enquiryOfficeTexts } from './enquiries/texts.js';

function OfficerTools() {
  const { t } = useI18n();
  const { officer, signOut } = useOfficerSession();
  const navigate = useNavigate();
  if (!officer) return null;
  return (
    <>
      <span className="header-user" title={t(texts.signedInAs)}>
        {officer.fullName}
      </span>
      <Link className="header-link" to={OFFICER_ACCOUNT_PATH}>
        {t(accountTexts.account)}
      </Link>
      <button
        type="button"
        className="header-link"
        onClick={() => {
          void signOut().then(() => navigate('/can-bo'));
        }}
      >
        {t(texts.signOut)}
      </button>
    </>
  );
}

/** The frame of the back office: its queues with their counts, counter reception for receiving officers, and the notices to applicants they follow up. */
/** Where a helper (or a receiving officer) submits for a citizen present. */
export const ASSISTED_PATH = '/can-bo/ho-tro-nop-ho-so';

export function OfficeLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const queues = useOfficerQueues();
  const { managed } = useManagedCentres(officer);
  const { counts, failedNotices, reloadCounts } = useQueueCounts();
  const { pathname } = useLocation();
  // Counts go stale as soon as anyone acts; every page change is a cheap moment to refresh them.
  useEffect(() => reloadCounts(), [pathname, reloadCounts]);
  const nav: NavItem[] = [
    ...(officer?.receptionDeskIds.length ? [{ to: '/can-bo/quay', label: t(counterTexts.title) }, { to: '/can-bo/tiep-nhan', label: t(texts.reception) }] : []),
    ...queues.map(({ queue, label }) => ({ to: queuePath(queue), label, count: counts?.[queue] })),
    ...(officer?.receptionDeskIds.length ? [{ to: RECONCILIATION_PATH, label: t(reconciliationTexts.nav) }] : []),
    ...(officer?.assistancePointIds.length ? [{ to: ASSISTED_PATH, label: t(assistedTexts.nav) }] : []),
    ...(officer?.followsUpNotices ? [{ to: NOTIFICATIONS_PATH, label: t(texts.notifications), count: failedNotices }] : []),
    ...(managed.length ? [{ to: CENTRES_PATH, label: t(centreTexts.navCentre) }] : []),
    ...(officer?.statisticsAgencyIds.length ? [{ to: DASHBOARD_PATH, label: t(statisticsTexts.nav) }] : []),
    ...(officer?.documentAgencyIds.length
      ? [
          { to: MY_DOCUMENTS_PATH, label: t(documentTexts.navMine) },
          { to: DOCUMENTS_PATH, label: t(documentTexts.nav) },
          { to: OUTGOING_PATH, label: t(outgoingTexts.nav) },
          { to: WORK_RECORDS_PATH, label: t(workRecordTexts.nav) },
        ]
      : []),
    ...(officer && answersEnquiries(officer)
      ? [
          { to: OFFICE_QUESTIONS_PATH, label: t(enquiryOfficeTexts.questionsNav) },
          { to: OFFICE_FEEDBACK_PATH, label: t(enquiryOfficeTexts.feedbackNav) },
        ]
      : []),
  ];
  return (
    <Frame
      title={t(texts.siteTitle)}
      subtitle={t(texts.siteSubtitle)}
      home="/can-bo"
      nav={nav}
      navLabel={t(texts.navLabel)}
      tools={<OfficerTools />}
      wide
      footer={
        <div className="footer-inner">
          <p>
            {t(texts.footerText)} · <Link to="/">{t(texts.portalLink)}</Link>
          </p>
        </div>
      }
    >
      {children}
    </Frame>
  );
}
