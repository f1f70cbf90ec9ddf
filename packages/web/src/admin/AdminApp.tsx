import { Suspense, lazy } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.js';
import { useI18n } from '../shared/i18n.js';
import { Frame } from '../shared/layout/Frame.js';
import { AccountSetUpPage, OFFICER_ACCOUNT_PATH } from '../shared/accounts/OfficerAccount.js';
import { accountTexts } from '../shared/accounts/texts.js';
import { OfficerSessionProvider, useOfficerSession } from '../shared/officer-session.js';
import { Loading } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { AgenciesPage } from './AgenciesPage.js';
import { adminPaths } from './paths.js';
import { SignInForm } from './SignInForm.js';
import { adminTexts as texts } from './texts.js';
import { centreTexts } from './centres/texts.js';

// The procedure editor is the largest part of the administration; it loads when first opened.
const ProcedureEditorPage = lazy(async () => ({ default: (await import('./ProcedureEditor.js')).ProcedureEditorPage }));
const ProcedurePreviewPage = lazy(async () => ({ default: (await import('./ProcedurePreview.js')).ProcedurePreviewPage }));
const AgencyPage = lazy(async () => ({ default: (await import('./AgencyPage.js')).AgencyPage }));
const NewAgencyPage = lazy(async () => ({ default: (await import('./NewAgencyPage.js')).NewAgencyPage }));
const OfficersPage = lazy(async () => ({ default: (await import('./OfficersPage.js')).OfficersPage }));
const ProceduresPage = lazy(async () => ({ default: (await import('./ProceduresPage.js')).ProceduresPage }));
const HolidaysPage = lazy(async () => ({ default: (await import('./HolidaysPage.js')).HolidaysPage }));
const CentresPage = lazy(async () => ({ default: (await import('./centres/CentresPage.js')).CentresPage }));
const CentrePage = lazy(async () => ({ default: (await import('./centres/CentrePage.js')).CentrePage }));
const PriorityGroupsPage = lazy(async () => ({ default: (await import('./centres/PriorityGroupsPage.js')).PriorityGroupsPage }));

function SessionTools() {
  const { t } = useI18n();
  const { officer, signOut } = useOfficerSession();
  if (!officer) return null;
  return (
    <>
      <span className="header-user">{officer.fullName}</span>
      <Link className="header-link" to={OFFICER_ACCOUNT_PATH}>
        {t(accountTexts.account)}
      </Link>
      <button type="button" className="header-link" onClick={() => void signOut()}>
        {t(texts.signOut)}
      </button>
    </>
  );
}

function Forbidden({ name }: { name: string }) {
  const { t } = useI18n();
  useTitle(t(texts.forbiddenTitle));
  return (
    <div className="page narrow">
      <h1>{t(texts.forbiddenTitle)}</h1>
      <p role="alert">{t(texts.forbiddenBody, { name })}</p>
      <p>
        <Link to="/can-bo">{t(texts.toOffice)}</Link>
      </p>
    </div>
  );
}

function AdminRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<Navigate to="co-quan" replace />} />
        <Route path="co-quan" element={<AgenciesPage />} />
        <Route path="co-quan/moi" element={<NewAgencyPage />} />
        <Route path="co-quan/:id" element={<AgencyPage />} />
        <Route path="can-bo" element={<OfficersPage />} />
        <Route path="thu-tuc" element={<ProceduresPage />} />
        <Route path="thu-tuc/moi" element={<ProcedureEditorPage />} />
        <Route path="thu-tuc/:code" element={<ProcedureEditorPage />} />
        <Route path="thu-tuc/:code/xem-truoc" element={<ProcedurePreviewPage />} />
        <Route path="ngay-nghi" element={<HolidaysPage />} />
        <Route path="trung-tam" element={<CentresPage />} />
        <Route path="trung-tam/:agencyCode" element={<CentrePage />} />
        <Route path="nhom-uu-tien" element={<PriorityGroupsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

/** Who may see what: nobody signed in → sign-in form; signed in without the admin role → 403. */
function AdminGate() {
  const { officer } = useOfficerSession();
  if (officer === undefined) return <Loading />;
  if (officer === null) return <SignInForm />;
  if (officer.accountSetUp) return <AccountSetUpPage />;
  if (officer.administeredAgencyIds.length === 0) return <Forbidden name={officer.fullName} />;
  return <AdminRoutes />;
}

function AdminFrame() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const nav =
    officer?.administeredAgencyIds.length
      ? [
          { to: adminPaths.agencies, label: t(texts.navAgencies) },
          { to: adminPaths.officers, label: t(texts.navOfficers) },
          { to: adminPaths.procedures, label: t(texts.navProcedures) },
          { to: adminPaths.holidays, label: t(texts.navHolidays) },
          { to: adminPaths.centres, label: t(centreTexts.navCentres) },
        ]
      : [];
  return (
    <Frame
      title={t(texts.title)}
      subtitle={t(texts.subtitle)}
      home={adminPaths.home}
      nav={nav}
      navLabel={t(texts.navLabel)}
      tools={<SessionTools />}
      footer={
        <div className="footer-inner">
          <p>
            {t(texts.footerText)} · <Link to="/can-bo">{t(texts.officeLink)}</Link> · <Link to="/">{t(texts.portalLink)}</Link>
          </p>
        </div>
      }
    >
      <AdminGate />
    </Frame>
  );
}

/** The administration under /quan-tri: agencies, officers, procedures and the working calendar. */
export function AdminApp() {
  return (
    <OfficerSessionProvider>
      <AdminFrame />
    </OfficerSessionProvider>
  );
}
