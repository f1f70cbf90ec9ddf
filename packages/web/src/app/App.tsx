import { type ComponentType, Suspense, use, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { CitizenSessionProvider } from '../citizen/session.js';
import { HomePage } from '../portal/HomePage.js';
import { PortalLayout } from '../portal/PortalLayout.js';
import { Loading } from '../shared/ui/feedback.js';
import { forgetFirstReads, primeReads } from '../shared/use-api.js';
import { NotFoundPage } from './NotFoundPage.js';
import { BACK_OFFICE_ROUTES, type LazyPageName, PORTAL_ROUTES, type PageName, type PageRoute, matchPage, pageFirstReads } from '@motcua/contract';

/** `load` starts loading the page's code, once. */
type LazyPage = ComponentType & { load(): Promise<unknown> };

/**
 * Pages other than the home page load on demand, so that the first visit downloads little. Unlike
 * React.lazy, a page whose code has arrived renders at once: the first page is loaded before the
 * first render (see `loadFirstPage`), so no loading indicator flashes, which React would keep on
 * screen for at least 300 ms.
 */
function lazyPages(loaders: { [K in LazyPageName]: () => Promise<Record<K, ComponentType>> }): Record<LazyPageName, LazyPage> {
  const pages = {} as Record<LazyPageName, LazyPage>;
  for (const name of Object.keys(loaders) as LazyPageName[]) {
    let component: ComponentType | undefined;
    let loading: Promise<ComponentType> | undefined;
    const loader = loaders[name] as () => Promise<Record<LazyPageName, ComponentType>>;
    const load = () => (loading ??= loader().then((module) => (component = module[name])));
    const Page = () => {
      const Component = component ?? use(load());
      return <Component />;
    };
    pages[name] = Object.assign(Page, { load });
  }
  return pages;
}

const LAZY_PAGES = lazyPages({
  ProcedureSearchPage: () => import('../portal/ProcedureSearchPage.js'),
  ProcedurePage: () => import('../portal/ProcedurePage.js'),
  TrackingPage: () => import('../portal/TrackingPage.js'),
  ResultsBoardPage: () => import('../portal/ResultsBoardPage.js'),
  ScorecardPage: () => import('../portal/ScorecardPage.js'),
  VerifyPage: () => import('../portal/VerifyPage.js'),
  SignInPage: () => import('../citizen/SignInPage.js'),
  RegisterPage: () => import('../citizen/RegisterPage.js'),
  ForgotPasswordPage: () => import('../citizen/ForgotPasswordPage.js'),
  ChangePasswordPage: () => import('../citizen/ChangePasswordPage.js'),
  AccountPage: () => import('../citizen/AccountPage.js'),
  SubmissionPage: () => import('../citizen/SubmissionPage.js'),
  MyDossiersPage: () => import('../citizen/MyDossiersPage.js'),
  MyDossierPage: () => import('../citizen/MyDossierPage.js'),
  BookingPage: () => import('../portal/BookingPage.js'),
  BookingDetailsPage: () => import('../portal/BookingDetailsPage.js'),
  OfficeApp: () => import('../office/OfficeApp.js'),
  AdminApp: () => import('../admin/AdminApp.js'),
  DeviceApp: () => import('../centre/DeviceApp.js'),
  RateTicketPage: () => import('../portal/RateTicketPage.js'),
  QueueTicketPage: () => import('../portal/QueueTicketPage.js'),
  LandLookupPage: () => import('../portal/LandLookupPage.js'),
  QuestionsPage: () => import('../portal/enquiries/QuestionsPage.js'),
  PublishedQuestionPage: () => import('../portal/enquiries/QuestionsPage.js'),
  ConfirmQuestionPage: () => import('../portal/enquiries/QuestionsPage.js'),
  TrackQuestionPage: () => import('../portal/enquiries/QuestionsPage.js'),
  AskQuestionPage: () => import('../portal/enquiries/AskQuestionPage.js'),
  FeedbackPage: () => import('../portal/enquiries/FeedbackPage.js'),
  PublishedFeedbackPage: () => import('../portal/enquiries/FeedbackPage.js'),
  ConfirmFeedbackPage: () => import('../portal/enquiries/FeedbackPage.js'),
  SupplyInformationPage: () => import('../portal/enquiries/FeedbackPage.js'),
  TrackFeedbackPage: () => import('../portal/enquiries/FeedbackPage.js'),
  SendFeedbackPage: () => import('../portal/enquiries/SendFeedbackPage.js'),
});

const PAGES: Record<PageName, ComponentType> = { HomePage, NotFoundPage, ...LAZY_PAGES };

/** How long the first page waits for its data once its code is there. */
const FIRST_READS_WAIT_MS = 1000;

/**
 * Loads the code of the page at `location`, if it comes on demand, and the data it starts with:
 * the server has already asked for both in the page's HTML.
 */
export async function loadFirstPage({ pathname, search }: { pathname: string; search: string }): Promise<void> {
  const match = matchPage(pathname);
  if (!match) return;
  const name = match.route.page;
  const reads = primeReads(pageFirstReads(match, new URLSearchParams(search)));
  if (name in LAZY_PAGES) await LAZY_PAGES[name as LazyPageName].load();
  // A slow answer does not hold back the whole page: its part shows it is loading, then the answer.
  await Promise.race([reads, new Promise((resolve) => setTimeout(resolve, FIRST_READS_WAIT_MS))]);
}

function routeElement({ path, page }: PageRoute) {
  const Page = PAGES[page];
  return path === '' ? <Route key={path} index element={<Page />} /> : <Route key={path} path={path} element={<Page />} />;
}

/**
 * The three parts of MotCua under one address: the public portal (with the citizen's own pages),
 * the officers' back office under /can-bo and the administration under /quan-tri.
 */
export function App() {
  // After the first page's first render, which took the reads made for it (loadFirstPage).
  useEffect(forgetFirstReads, []);
  return (
    <CitizenSessionProvider>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route element={<PortalLayout />}>{PORTAL_ROUTES.map(routeElement)}</Route>
          {BACK_OFFICE_ROUTES.map(routeElement)}
        </Routes>
      </Suspense>
    </CitizenSessionProvider>
  );
}
