import { type ComponentType, Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { CitizenSessionProvider } from '../citizen/session.js';
import { HomePage } from '../portal/HomePage.js';
import { PortalLayout } from '../portal/PortalLayout.js';
import { Loading } from '../shared/ui/feedback.js';
import { NotFoundPage } from './NotFoundPage.js';

/** Pages other than the home page load on demand, so that the first visit downloads little. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ProcedureSearchPage = page(() => import('../portal/ProcedureSearchPage.js'), 'ProcedureSearchPage');
const ProcedurePage = page(() => import('../portal/ProcedurePage.js'), 'ProcedurePage');
const TrackingPage = page(() => import('../portal/TrackingPage.js'), 'TrackingPage');
const ResultsBoardPage = page(() => import('../portal/ResultsBoardPage.js'), 'ResultsBoardPage');
const VerifyPage = page(() => import('../portal/VerifyPage.js'), 'VerifyPage');
const SignInPage = page(() => import('../citizen/SignInPage.js'), 'SignInPage');
const RegisterPage = page(() => import('../citizen/RegisterPage.js'), 'RegisterPage');
const SubmissionPage = page(() => import('../citizen/SubmissionPage.js'), 'SubmissionPage');
const MyDossiersPage = page(() => import('../citizen/MyDossiersPage.js'), 'MyDossiersPage');
const MyDossierPage = page(() => import('../citizen/MyDossierPage.js'), 'MyDossierPage');
const OfficeApp = page(() => import('../office/OfficeApp.js'), 'OfficeApp');
const AdminApp = page(() => import('../admin/AdminApp.js'), 'AdminApp');

/**
 * The three parts of MotCua under one address: the public portal (with the citizen's own pages),
 * the officers' back office under /can-bo and the administration under /quan-tri.
 */
export function App() {
  return (
    <CitizenSessionProvider>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route element={<PortalLayout />}>
            <Route index element={<HomePage />} />
            <Route path="thu-tuc" element={<ProcedureSearchPage />} />
            <Route path="thu-tuc/:code" element={<ProcedurePage />} />
            <Route path="tra-cuu" element={<TrackingPage />} />
            <Route path="tra-cuu/:code" element={<TrackingPage />} />
            <Route path="cong-khai" element={<ResultsBoardPage />} />
            <Route path="verify" element={<VerifyPage />} />
            <Route path="verify/:code" element={<VerifyPage />} />
            <Route path="dang-nhap" element={<SignInPage />} />
            <Route path="dang-ky" element={<RegisterPage />} />
            <Route path="nop-ho-so/:procedureCode" element={<SubmissionPage />} />
            <Route path="ho-so-cua-toi" element={<MyDossiersPage />} />
            <Route path="ho-so-cua-toi/:code" element={<MyDossierPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="can-bo/*" element={<OfficeApp />} />
          <Route path="quan-tri/*" element={<AdminApp />} />
        </Routes>
      </Suspense>
    </CitizenSessionProvider>
  );
}
