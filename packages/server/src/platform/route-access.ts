import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { AccountSetUp } from './authentication.js';
import { AppError } from './errors.js';
import { RULES, type RouteAccess, type RuleName, isRuleName } from './rule-book.js';

export type { RouteAccess } from './rule-book.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The rule of the rule book (platform/rule-book.ts) the route is under: every route of /api/ names one. */
    rule?: RuleName;
  }
}

/** Until an officer has done what their account needs, only the routes of their own account answer them; the web app turns these codes into the page that does it. */
const ACCOUNT_SET_UP_REFUSALS: Record<AccountSetUp, () => AppError> = {
  password_change: () =>
    new AppError(403, 'password_change_required', 'Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.', 'Change your password before you go on.'),
  two_factor_set_up: () =>
    new AppError(
      403,
      'two_factor_setup_required',
      'Vai trò của bạn yêu cầu xác thực hai lớp: hãy bật xác thực hai lớp trước khi tiếp tục làm việc.',
      'Your roles require two-factor sign-in: turn it on before you go on.',
    ),
};

/** The API's own documentation, served by the OpenAPI plugins. */
const isDocumentation = (url: string) => url === '/api/openapi.json' || url === '/api/docs' || url.startsWith('/api/docs/');

/** The rule a route of /api/ declares; a route that names none, or one not in the rule book, is refused when it is added. */
export function ruleOf(route: Pick<RouteOptions, 'url' | 'method' | 'config'>): RuleName {
  const rule: unknown = route.config?.rule;
  if (!isRuleName(rule)) throw new Error(`${String(route.method)} ${route.url} must declare its rule of the rule book (config.rule), not ${String(rule)}`);
  return rule;
}

export function accessOf(route: Pick<RouteOptions, 'url' | 'method' | 'config'>): RouteAccess {
  return isDocumentation(route.url) ? 'public' : RULES[ruleOf(route)].who;
}

/**
 * Every API route is closed to whoever is not signed in as its rule wants, before its body is even
 * read, so that a route that forgets to ask cannot leak: what the signed-in person may do there is
 * the rest of the rule, checked by the route with authorize().
 */
export function installRouteAccess(app: FastifyInstance, signedIn: Record<Exclude<RouteAccess, 'public'>, (request: FastifyRequest) => unknown>): void {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/')) accessOf(route);
  });
  app.addHook('preValidation', async (request) => {
    const rule = request.routeOptions.config.rule;
    const access = rule && RULES[rule].who;
    if (access && access !== 'public') signedIn[access](request);
    if (access === 'officer' && rule !== 'own-officer-account' && request.officerAccountSetUp) throw ACCOUNT_SET_UP_REFUSALS[request.officerAccountSetUp]();
  });
}
