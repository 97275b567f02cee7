import type { FastifyServerOptions } from 'fastify';

/**
 * Logging that never carries personal data: requests are logged by method, path and id only
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
      req: (req: { method?: string; url?: string; id?: string }) => ({
        method: req.method,
        path: req.url ? req.url.split('?')[0] : undefined,
        requestId: req.id,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
