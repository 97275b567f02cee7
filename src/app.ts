import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { type Clock, todayInAmsterdam } from './calendar/date.js';
import { DEFAULTS, type trustProxyOf } from './config.js';
import { Admission, admission } from './http/admission.js';
import { compression } from './http/plugins/compression.js';
import { headers } from './http/plugins/headers.js';
import { jsonBody } from './http/plugins/json-body.js';
import { language } from './http/plugins/language.js';
import { openapi } from './http/plugins/openapi.js';
import { frameworkProblemOptions, problems } from './http/plugins/problems.js';
import { type ProtectionOptions, protection } from './http/plugins/protection.js';
import { validation } from './http/plugins/validation.js';
import { requestId } from './http/request-id.js';
import { assessRoutes } from './http/routes/assess.js';
import { batchRoutes } from './http/routes/batch.js';
import { bulkRoutes } from './http/routes/bulk.js';
import { catalogueRoutes } from './http/routes/catalogue.js';
import { docsRoutes } from './http/routes/docs.js';
import { type ServiceState, serviceRoutes } from './http/routes/service.js';
import { timelineRoutes } from './http/routes/timeline.js';
import { ruleSet } from './rules/index.js';

export interface AppOptions {
  readonly logger?: FastifyServerOptions['logger'];
  /** Largest body of a single assessment, in bytes. */
  readonly bodyLimit?: number;
  /** Largest body of a batch, in bytes. */
  readonly batchBodyLimit?: number;
  readonly requestTimeoutMs?: number;
  readonly headersTimeoutMs?: number;
  readonly keepAliveTimeoutMs?: number;
  readonly connectionTimeoutMs?: number;
  readonly maxConnections?: number;
  /** Batch (heavy) requests at once: see src/http/admission.ts. */
  readonly batchConcurrency?: number;
  /** Fastify's trustProxy: false, a hop count or addresses/CIDRs (TRUST_PROXY). */
  readonly trustProxy?: ReturnType<typeof trustProxyOf>;
  /** Overload (503), rate limit (429) and API keys (401); defaults: the configuration's (DEFAULTS), no keys. */
  readonly protection?: Partial<ProtectionOptions>;
  /** What "now" is: the server passes WALL_CLOCK; tests and generators pass a fixed one. */
  readonly clock: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Starts draining before close: see the service plugin. */
    drain: () => void;
    /** Today's date in the Netherlands by the app's clock: the default application date. */
    today: () => string;
  }
}

/**
 * The service as a plugin: cross-cutting plugins first, then the /v1 routes. Not encapsulated, so
 * the error and not-found handlers and the OpenAPI document belong to the whole server.
 */
export const service = fp(
  async (
    app: FastifyInstance,
    options: {
      batchBodyLimit: number;
      bodyTimeoutMs: number;
      admission: Admission;
      protection: ProtectionOptions;
      clock: Clock;
    },
  ) => {
    const state: ServiceState = { closing: false };
    app.decorate('today', () => todayInAmsterdam(options.clock()));
    // Draining: health answers 503 so that load balancers stop sending; requests still arriving are
    // served until the server closes, after which new connections are refused.
    app.decorate('drain', () => {
      state.closing = true;
    });
    app.addHook('preClose', async () => {
      state.closing = true;
    });
    await app.register(language);
    await app.register(headers);
    await app.register(compression);
    await app.register(problems);
    await app.register(protection, options.protection);
    await app.register(admission, { admission: options.admission });
    await app.register(jsonBody, { bodyTimeoutMs: options.bodyTimeoutMs });
    await app.register(validation);
    await app.register(openapi);
    await app.register(
      async (v1) => {
        await v1.register(serviceRoutes, { state });
        await v1.register(assessRoutes);
        await v1.register(timelineRoutes);
        await v1.register(batchRoutes, { bodyLimit: options.batchBodyLimit });
        // A bulk line may be as large as the body of one assessment.
        await v1.register(bulkRoutes, { lineLimit: app.initialConfig.bodyLimit ?? DEFAULTS.BODY_LIMIT });
        await v1.register(catalogueRoutes);
      },
      { prefix: '/v1' },
    );
    await app.register(docsRoutes);
    // The rule-set hash is part of every verdict: compute it before the first request.
    ruleSet();
  },
  { name: 'service' },
);

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeoutMs ?? DEFAULTS.REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULTS.BODY_LIMIT,
    requestTimeout,
    http: {
      headersTimeout: Math.min(options.headersTimeoutMs ?? DEFAULTS.HEADERS_TIMEOUT_MS, requestTimeout),
      // Node checks the header and request deadlines this often (its default, 30 s, let a
      // 5-second limit run to 35 s).
      connectionsCheckingInterval: 1000,
      // A request without Host is answered by the service (a problem with the ADR headers), not
      // by Node's bare 400.
      requireHostHeader: false,
    },
    trustProxy: options.trustProxy ?? false,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? DEFAULTS.KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeout: options.connectionTimeoutMs ?? DEFAULTS.CONNECTION_TIMEOUT_MS,
    genReqId: requestId,
    requestIdHeader: false,
    return503OnClosing: false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { ignoreTrailingSlash: false, caseSensitive: true },
    ...frameworkProblemOptions,
  });
  // JSON only: Fastify's default text/plain parser would let a text body reach validation.
  app.removeContentTypeParser('text/plain');
  // Responses are serialised by toJson (verdicts) and JSON.stringify (the rest): compiling a
  // schema serialiser per response and status would cost start-up time and measured no faster.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.server.maxConnections = options.maxConnections ?? DEFAULTS.MAX_CONNECTIONS;
  // "Expect: 100-continue": the request goes through the hooks first; the json-body plugin sends
  // "100 Continue" only when the body is wanted (not for a 401, 413, 415 or 503).
  app.server.on('checkContinue', (req, res) => app.server.emit('request', req, res));
  // An accept() that fails (EMFILE when file descriptors run out) is logged, never fatal.
  app.server.on('error', (err) => app.log.error({ err }, 'server error'));
  await app.register(service, {
    batchBodyLimit: options.batchBodyLimit ?? DEFAULTS.BATCH_BODY_LIMIT,
    bodyTimeoutMs: requestTimeout,
    admission: new Admission(options.batchConcurrency ?? DEFAULTS.BATCH_CONCURRENCY),
    clock: options.clock,
    protection: {
      maxEventLoopDelayMs: DEFAULTS.MAX_EVENT_LOOP_DELAY_MS,
      rateLimitMax: DEFAULTS.RATE_LIMIT_MAX,
      rateLimitWindowMs: DEFAULTS.RATE_LIMIT_WINDOW_MS,
      apiKeyHashes: [],
      ...options.protection,
    },
  });
  await app.ready();
  return app;
}
