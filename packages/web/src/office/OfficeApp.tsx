import { Link, Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.js';
import { ReconciliationPage } from './payments/ReconciliationPage.js';
import { AccountSetUpPage, OfficerAccountPage } from '../shared/accounts/OfficerAccount.js';
import { OfficerSessionProvider, useOfficerSession } from '../shared/officer-session.js';
import { useI18n } from '../shared/i18n.js';
import { Alert, Loading } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { CounterPage } from './counter/CounterPage.js';
import { CentreFiguresPage } from './centre/CentreFiguresPage.js';
import { CentreRatingsPage } from './centre/CentreRatingsPage.js';
import { CentreLivePage } from './centre/CentreLivePage.js';
import { CentresPage } from './centre/CentresPage.js';
import { DossierPage } from './DossierPage.js';
import { NotificationsPage } from './NotificationsPage.js';
import { ASSISTED_PATH, OfficeLayout } from './OfficeLayout.js';
import { AssistedSubmissionPage } from './assisted/AssistedSubmissionPage.js';
import { QueuePage } from './QueuePage.js';
import { QueueCountsProvider, queuePath, useOfficerQueues } from './queues.js';
import { ReceiptPage } from './ReceiptPage.js';
import { ReceptionPage } from './ReceptionPage.js';
import { SignInPage } from './SignInPage.js';
import { FigureDossiersPage } from './statistics/FigureDossiersPage.js';
import { StatisticsPage } from './statistics/StatisticsPage.js';
import { officeTexts } from './texts.js';
import { IncomingDocumentPage } from './documents/IncomingDocumentPage.js';
import { MyDocumentsPage, OverdueByUnitPage } from './documents/MyDocumentsPage.js';
import { NewOutgoingPage } from './documents/NewOutgoingPage.js';
import { PaperOnlyOutgoingPage } from './documents/PaperOnlyOutgoingPage.js';
import { OutgoingDocumentPage } from './documents/OutgoingDocumentPage.js';
import { OutgoingRegisterPage } from './documents/OutgoingRegisterPage.js';
import { RegisterIncomingPage } from './documents/RegisterIncomingPage.js';
import { RegisterPage } from './documents/RegisterPage.js';
import { DocumentAgencyProvider } from './documents/agency.js';
import { MY_DOCUMENTS_PATH } from './documents/texts.js';
import { WorkRecordPage } from './work-records/WorkRecordPage.js';
import { WorkRecordsPage } from './work-records/WorkRecordsPage.js';
import { FeedbackCasePage, FeedbackListPage } from './enquiries/FeedbackPages.js';
import { QuestionCasePage, QuestionListPage } from './enquiries/QuestionPages.js';

/** The officers' back office under /can-bo: sign-in, work queues, counter reception and dossiers. */
export function OfficeApp() {
  return (
    <OfficerSessionProvider>
      <SignedInOffice />
    </OfficerSessionProvider>
  );
}

function SignedInOffice() {
  const { officer } = useOfficerSession();
  const queues = useOfficerQueues();
  // Whatever address was opened, nobody signed in sees the sign-in page; the address stays, so a
  // link to a dossier opens that dossier once the officer has signed in.
  if (!officer) return <OfficeLayout>{officer === undefined ? <Loading /> : <SignInPage />}</OfficeLayout>;
  // Whatever address was opened, the account's set-up comes first: the API answers nothing else.
  if (officer.accountSetUp) return <OfficeLayout><AccountSetUpPage /></OfficeLayout>;
  const firstQueue = queues[0];
  // A helper of an assisted-digital point has no queue: their work is submitting for citizens.
  const home = firstQueue ? (
    <Navigate to={queuePath(firstQueue.queue)} replace />
  ) : officer.assistancePointIds.length > 0 ? (
    <Navigate to={ASSISTED_PATH} replace />
  ) : officer.documentAgencyIds.length > 0 ? (
    <Navigate to={MY_DOCUMENTS_PATH} replace />
  ) : (
    <NoDossierRole />
  );
  return (
    <QueueCountsProvider>
      <OfficeLayout>
        <DocumentAgencyProvider>
          <Routes>
            <Route index element={home} />
            <Route path="dang-nhap" element={home} />
            <Route path="hang-doi/:queue" element={<QueuePage />} />
            <Route path="quay" element={<CounterPage />} />
            <Route path="tiep-nhan" element={<ReceptionPage />} />
            <Route path="ho-tro-nop-ho-so" element={<AssistedSubmissionPage />} />
            <Route path="ho-so/:code" element={<DossierPage />} />
            <Route path="ho-so/:code/giay-tiep-nhan" element={<ReceiptPage />} />
            <Route path="thong-bao" element={<NotificationsPage />} />
            <Route path="trung-tam" element={<CentresPage />} />
            <Route path="trung-tam/:agencyCode" element={<CentreLivePage />} />
            <Route path="trung-tam/:agencyCode/so-lieu" element={<CentreFiguresPage />} />
            <Route path="trung-tam/:agencyCode/danh-gia" element={<CentreRatingsPage />} />
            <Route path="thong-ke" element={<StatisticsPage />} />
            <Route path="thong-ke/ho-so" element={<FigureDossiersPage />} />
            <Route path="doi-soat-thanh-toan" element={<ReconciliationPage />} />
            <Route path="tai-khoan" element={<OfficerAccountPage />} />
            <Route path="van-ban" element={<RegisterPage />} />
            <Route path="van-ban/vao-so" element={<RegisterIncomingPage />} />
            <Route path="van-ban/cua-toi" element={<MyDocumentsPage />} />
            <Route path="van-ban/qua-han-theo-phong" element={<OverdueByUnitPage />} />
            <Route path="van-ban/:id" element={<IncomingDocumentPage />} />
            <Route path="van-ban-di" element={<OutgoingRegisterPage />} />
            <Route path="van-ban-di/soan-thao" element={<NewOutgoingPage />} />
            <Route path="van-ban-di/vao-so-ban-giay" element={<PaperOnlyOutgoingPage />} />
            <Route path="van-ban-di/:id" element={<OutgoingDocumentPage />} />
            <Route path="ho-so-cong-viec" element={<WorkRecordsPage />} />
            <Route path="ho-so-cong-viec/:id" element={<WorkRecordPage />} />
            <Route path="hoi-dap" element={<QuestionListPage />} />
            <Route path="hoi-dap/:id" element={<QuestionCasePage />} />
            <Route path="phan-anh-kien-nghi" element={<FeedbackListPage />} />
            <Route path="phan-anh-kien-nghi/:id" element={<FeedbackCasePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </DocumentAgencyProvider>
      </OfficeLayout>
    </QueueCountsProvider>
  );
}

/** An account with only administration roles has no queue to land on. */
function NoDossierRole() {
  const { t } = useI18n();
  useTitle(t(officeTexts.siteTitle));
  return (
    <div className="page narrow">
      <h1>{t(officeTexts.siteTitle)}</h1>
      <Alert kind="info">
        <p>{t(officeTexts.noDossierRole)}</p>
        <p>
          <Link to="/quan-tri">{t(officeTexts.adminLink)}</Link>
        </p>
      </Alert>
    </div>
  );
}
