import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { CITIZEN_API_PREFIX } from '@motcua/contract';

/** Who may call a route: anyone, a signed-in officer, or a signed-in citizen. */
export type RouteAccess = 'public' | 'officer' | 'citizen';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Needed only where the address does not say it: /api/public/ is public, /api/citizen/ is the citizens', the rest of /api/ the officers'. */
    access?: RouteAccess;
  }
}

export function accessOf(route: Pick<RouteOptions, 'url' | 'config'>): RouteAccess {
  if (route.config?.access) return route.config.access;
  // The API's own documentation.
  if (route.url === '/api/openapi.json' || route.url === '/api/docs' || route.url.startsWith('/api/docs/')) return 'public';
  if (route.url.startsWith('/api/public/')) return 'public';
  if (route.url.startsWith(CITIZEN_API_PREFIX)) return 'citizen';
  return 'officer';
}

/**
 * Every API route is closed to whoever is not signed in for it, before its body is even read, so
 * that a route that forgets to ask cannot leak: what the signed-in person may do there is still
 * each route's policy to decide.
 */
export function installRouteAccess(app: FastifyInstance, signedIn: Record<Exclude<RouteAccess, 'public'>, (request: FastifyRequest) => unknown>): void {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/')) route.config = { ...route.config, access: accessOf(route) };
  });
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (access && access !== 'public') signedIn[access](request);
  });
}
