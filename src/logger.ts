import type { FastifyServerOptions } from 'fastify';

/**
 * Logging that never carries personal data: requests are logged by method, route and id only
 * (never bodies, query values or headers other than those), and credentials are redacted.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.body', 'body'],
      censor: '[redacted]',
    },
    serializers: {
      // The route's template (/v1/rules/:ruleId), never the path as sent: a path that matches no
      // route, or a parameter, could hold anything (a name, a BSN).
      req: (req: { method?: string; id?: string; is404?: boolean; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.is404 ? '(no route)' : req.routeOptions?.url,
        requestId: req.id,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
