import { normaliseDossierCode, normaliseVerificationCode, vietnamDate } from '@motcua/core';
import { type ApiRead, readUrl } from './api.js';
import {
  AGENCIES,
  BOOKING_CENTRES,
  FIELDS,
  POPULAR_PROCEDURES,
  PRIORITY_GROUPS,
  STATISTICS,
  agencyProceduresRead,
  procedureRead,
  procedureSearchRead,
  publishedFeedbackItemRead,
  publishedFeedbackRead,
  publishedQuestionRead,
  publishedQuestionsRead,
  queueTicketRead,
  readProcedureSearch,
  readPublishedSearch,
  readResultsBoard,
  readScorecardPeriod,
  resultsRead,
  scorecardRead,
  trackingRead,
  verificationRead,
} from './page-reads.js';

/**
 * Every page address of the web application, in one table that both sides read: the web's App.tsx makes
 * its routes from it, and the server, which sends index.html for every page, names in that HTML
 * the page's code (`modulepreload`) and the API data the page reads first (`preload`), so that the
 * browser fetches them together with the main script instead of one after the other. Free of
 * React and the DOM for that reason.
 */

/** Pages loaded on demand, and their modules as Vite's build manifest names them. */
export const LAZY_PAGE_MODULES = {
  ProcedureSearchPage: 'src/portal/ProcedureSearchPage.tsx',
  ProcedurePage: 'src/portal/ProcedurePage.tsx',
  TrackingPage: 'src/portal/TrackingPage.tsx',
  ResultsBoardPage: 'src/portal/ResultsBoardPage.tsx',
  ScorecardPage: 'src/portal/ScorecardPage.tsx',
  VerifyPage: 'src/portal/VerifyPage.tsx',
  SignInPage: 'src/citizen/SignInPage.tsx',
  RegisterPage: 'src/citizen/RegisterPage.tsx',
  ForgotPasswordPage: 'src/citizen/ForgotPasswordPage.tsx',
  ChangePasswordPage: 'src/citizen/ChangePasswordPage.tsx',
  AccountPage: 'src/citizen/AccountPage.tsx',
  SubmissionPage: 'src/citizen/SubmissionPage.tsx',
  MyDossiersPage: 'src/citizen/MyDossiersPage.tsx',
  MyDossierPage: 'src/citizen/MyDossierPage.tsx',
  BookingPage: 'src/portal/BookingPage.tsx',
  BookingDetailsPage: 'src/portal/BookingDetailsPage.tsx',
  OfficeApp: 'src/office/OfficeApp.tsx',
  AdminApp: 'src/admin/AdminApp.tsx',
  DeviceApp: 'src/centre/DeviceApp.tsx',
  RateTicketPage: 'src/portal/RateTicketPage.tsx',
  QueueTicketPage: 'src/portal/QueueTicketPage.tsx',
  LandLookupPage: 'src/portal/LandLookupPage.tsx',
  QuestionsPage: 'src/portal/enquiries/QuestionsPage.tsx',
  PublishedQuestionPage: 'src/portal/enquiries/QuestionsPage.tsx',
  ConfirmQuestionPage: 'src/portal/enquiries/QuestionsPage.tsx',
  TrackQuestionPage: 'src/portal/enquiries/QuestionsPage.tsx',
  AskQuestionPage: 'src/portal/enquiries/AskQuestionPage.tsx',
  FeedbackPage: 'src/portal/enquiries/FeedbackPage.tsx',
  PublishedFeedbackPage: 'src/portal/enquiries/FeedbackPage.tsx',
  ConfirmFeedbackPage: 'src/portal/enquiries/FeedbackPage.tsx',
  SupplyInformationPage: 'src/portal/enquiries/FeedbackPage.tsx',
  TrackFeedbackPage: 'src/portal/enquiries/FeedbackPage.tsx',
  SendFeedbackPage: 'src/portal/enquiries/SendFeedbackPage.tsx',
} as const;

export type LazyPageName = keyof typeof LAZY_PAGE_MODULES;

/** The home and not-found pages come with the main script. */
export type PageName = LazyPageName | 'HomePage' | 'NotFoundPage';

export interface PageRoute {
  /** As react-router reads it: `:name` is a parameter, `*` the rest of the address; '' is the index. */
  path: string;
  page: PageName;
  /**
   * The public API reads (GET, same-origin credentials) the page makes as soon as it shows,
   * exactly as it asks for them (page-reads.ts); null for a read the address rules out.
   */
  reads?: (params: Readonly<Record<string, string>>, search: URLSearchParams) => Array<ApiRead | null>;
}

/** The public portal with the citizen's own pages, inside the portal's frame. */
export const PORTAL_ROUTES: readonly PageRoute[] = [
  { path: '', page: 'HomePage', reads: () => [STATISTICS, POPULAR_PROCEDURES, FIELDS, AGENCIES] },
  { path: 'thu-tuc', page: 'ProcedureSearchPage', reads: (_, search) => [procedureSearchRead(readProcedureSearch(search)), FIELDS, AGENCIES] },
  { path: 'thu-tuc/:code', page: 'ProcedurePage', reads: ({ code }) => [procedureRead(code ?? ''), AGENCIES] },
  { path: 'tra-cuu', page: 'TrackingPage' },
  { path: 'tra-cuu/:code', page: 'TrackingPage', reads: ({ code }) => [trackingRead(normaliseDossierCode(code ?? ''))] },
  {
    path: 'cong-khai',
    page: 'ResultsBoardPage',
    reads: (_, search) => {
      const board = readResultsBoard(search);
      return [resultsRead(board), AGENCIES, agencyProceduresRead(board.agencyId)];
    },
  },
  { path: 'chi-so-phuc-vu', page: 'ScorecardPage', reads: (_, search) => [scorecardRead(readScorecardPeriod(search, vietnamDate(new Date())))] },
  { path: 'verify', page: 'VerifyPage' },
  { path: 'verify/:code', page: 'VerifyPage', reads: ({ code }) => [verificationRead(normaliseVerificationCode(code ?? ''))] },
  { path: 'dang-nhap', page: 'SignInPage' },
  { path: 'dang-ky', page: 'RegisterPage', reads: () => [AGENCIES] },
  { path: 'quen-mat-khau', page: 'ForgotPasswordPage' },
  { path: 'doi-mat-khau', page: 'ChangePasswordPage' },
  { path: 'tai-khoan', page: 'AccountPage' },
  { path: 'nop-ho-so/:procedureCode', page: 'SubmissionPage' },
  { path: 'ho-so-cua-toi', page: 'MyDossiersPage' },
  { path: 'ho-so-cua-toi/:code', page: 'MyDossierPage' },
  { path: 'danh-gia/:token', page: 'RateTicketPage' },
  { path: 'dat-lich', page: 'BookingPage', reads: () => [BOOKING_CENTRES, PRIORITY_GROUPS] },
  { path: 'hang-cho/:token', page: 'QueueTicketPage', reads: ({ token }) => [queueTicketRead(token ?? '')] },
  { path: 'dat-lich/tra-cuu', page: 'BookingDetailsPage' },
  { path: 'dat-lich/:code', page: 'BookingDetailsPage' },
  { path: 'tra-cuu-dat-dai', page: 'LandLookupPage' },
  { path: 'hoi-dap', page: 'QuestionsPage', reads: (_, search) => [publishedQuestionsRead(readPublishedSearch(search))] },
  { path: 'hoi-dap/dat-cau-hoi', page: 'AskQuestionPage' },
  { path: 'hoi-dap/theo-doi', page: 'TrackQuestionPage' },
  { path: 'hoi-dap/xac-nhan/:token', page: 'ConfirmQuestionPage' },
  { path: 'hoi-dap/:code', page: 'PublishedQuestionPage', reads: ({ code }) => [publishedQuestionRead(code ?? '')] },
  { path: 'phan-anh-kien-nghi', page: 'FeedbackPage', reads: (_, search) => [publishedFeedbackRead(readPublishedSearch(search))] },
  { path: 'phan-anh-kien-nghi/gui', page: 'SendFeedbackPage' },
  { path: 'phan-anh-kien-nghi/theo-doi', page: 'TrackFeedbackPage' },
  { path: 'phan-anh-kien-nghi/xac-nhan/:token', page: 'ConfirmFeedbackPage' },
  { path: 'phan-anh-kien-nghi/bo-sung/:token', page: 'SupplyInformationPage' },
  { path: 'phan-anh-kien-nghi/:code', page: 'PublishedFeedbackPage', reads: ({ code }) => [publishedFeedbackItemRead(code ?? '')] },
  { path: '*', page: 'NotFoundPage' },
];

/** The officers' back office, the administration and the centres' devices (kiosk, board, tablet), each with routes of its own below and no portal frame. */
export const BACK_OFFICE_ROUTES: readonly PageRoute[] = [
  { path: 'can-bo/*', page: 'OfficeApp' },
  { path: 'quan-tri/*', page: 'AdminApp' },
  { path: 'thiet-bi/*', page: 'DeviceApp' },
];

export interface PageMatch {
  route: PageRoute;
  params: Record<string, string>;
}

const parts = (path: string) => path.split('/').filter((part) => part !== '');

/** As react-router decodes an address's segments: one that is not valid percent-encoding stays as it is. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchRoute(route: PageRoute, segments: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const pattern = parts(route.path);
  for (const [index, part] of pattern.entries()) {
    if (part === '*') return params;
    const segment = segments[index];
    if (segment === undefined) return undefined;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part.toLowerCase() !== segment.toLowerCase()) return undefined;
  }
  return segments.length === pattern.length ? params : undefined;
}

/** As react-router ranks routes: fixed segments before parameters, and a trailing `*` last. */
const specificity = (path: string) => parts(path).reduce((score, part) => score + (part === '*' ? -2 : part.startsWith(':') ? 3 : 10), 0);

/** The route react-router shows for a path (case-insensitive; doubled and trailing slashes ignored). */
export function matchPage(pathname: string): PageMatch | undefined {
  const segments = parts(pathname).map(decodeSegment);
  let best: PageMatch | undefined;
  for (const route of [...PORTAL_ROUTES, ...BACK_OFFICE_ROUTES]) {
    const params = matchRoute(route, segments);
    if (params && (!best || specificity(route.path) > specificity(best.route.path))) best = { route, params };
  }
  return best;
}

/** The reads a page address starts with. */
export function pageFirstReads(match: PageMatch, search: URLSearchParams): ApiRead[] {
  return (match.route.reads?.(match.params, search) ?? []).filter((read) => read !== null);
}

/** The addresses of the reads a page address starts with (their paths and query strings). */
export function pageReads(match: PageMatch, search: URLSearchParams): string[] {
  return pageFirstReads(match, search).map(readUrl);
}
