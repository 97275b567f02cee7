import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { WALL_CLOCK } from './calendar/date.js';
import { ConfigError, loadConfig, trustProxyOf } from './config.js';
import { trackConnections } from './http/connections.js';
import { loggerOptions } from './logger.js';

async function main() {
  const config = loadConfig();
  const app = await buildApp({
    clock: WALL_CLOCK,
    logger: loggerOptions(config.LOG_LEVEL),
    bodyLimit: config.BODY_LIMIT,
    batchBodyLimit: config.BATCH_BODY_LIMIT,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
    keepAliveTimeoutMs: config.KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeoutMs: config.CONNECTION_TIMEOUT_MS,
    maxConnections: config.MAX_CONNECTIONS,
    batchConcurrency: config.BATCH_CONCURRENCY,
    trustProxy: trustProxyOf(config.TRUST_PROXY),
    protection: {
      maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS,
      rateLimitMax: config.RATE_LIMIT_MAX,
      rateLimitWindowMs: config.RATE_LIMIT_WINDOW_MS,
      apiKeyHashes: config.API_KEY_SHA256 ? config.API_KEY_SHA256.split(',') : [],
    },
  });
  const connections = trackConnections(app.server);
  // On SIGTERM/SIGINT: drain (health 503, new connections 503), then close; in-flight requests
  // finish. What has not finished when the grace period ends is reset (TCP RST), never closed
  // cleanly: a client must not take a cut-off 200 for a whole one.
  const onTimeout = () => {
    const reset = connections.resetAll();
    app.log.error({ reset }, 'grace period over: open connections reset');
  };
  closeWithGrace({ delay: config.CLOSE_GRACE_MS, onTimeout }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    // Requests already sent are parsed and served while draining; then the server closes.
    app.drain();
    await new Promise((resolve) => setTimeout(resolve, config.DRAIN_DELAY_MS));
    await app.close();
  });
  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : `start-up failed: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
