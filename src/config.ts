import { envSchema } from 'env-schema';
import { type Static, Type } from 'typebox';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number within [minimum, maximum], with its default and meaning. */
const int = (minimum: number, maximum: number, defaultValue: number, description: string) =>
  Type.Integer({ minimum, maximum, default: defaultValue, description });

/**
 * The configuration: every environment variable the service reads, with its range, default and
 * meaning, written once. The `Config` type, the start-up check, the app's defaults (DEFAULTS), the
 * README table and the deployment files (their tests read this schema) all follow from it.
 */
export const CONFIG_SCHEMA = Type.Object({
  HOST: Type.String({
    minLength: 1,
    default: '127.0.0.1',
    description: 'Interface to listen on; the container sets 0.0.0.0.',
  }),
  PORT: int(1, 65535, 8080, 'TCP port.'),
  LOG_LEVEL: Type.Enum([...LOG_LEVELS], {
    default: 'info',
    description: 'pino log level (no request bodies or personal data are logged at any level).',
  }),
  BODY_LIMIT: int(
    1024,
    10485760,
    262144,
    'Largest request body of a single assessment, in bytes (larger: 413).',
  ),
  BATCH_BODY_LIMIT: int(
    1024,
    104857600,
    16777216,
    'Largest body of a batch (POST /v1/assess/batch), in bytes (larger: 413).',
  ),
  CLOSE_GRACE_MS: int(
    0,
    120000,
    10000,
    'On SIGTERM/SIGINT: how long in-flight requests may take before the process exits anyway.',
  ),
  DRAIN_DELAY_MS: int(
    0,
    60000,
    1000,
    'On SIGTERM/SIGINT: how long to keep serving requests already sent (health answers 503) before closing; part of CLOSE_GRACE_MS.',
  ),
  REQUEST_TIMEOUT_MS: int(
    1000,
    600000,
    30000,
    'Time to receive a whole request, body included (a body still arriving then: 408, connection closed).',
  ),
  HEADERS_TIMEOUT_MS: int(
    1000,
    600000,
    10000,
    'Time to receive the request line and headers (slowloris); at most REQUEST_TIMEOUT_MS.',
  ),
  KEEP_ALIVE_TIMEOUT_MS: int(
    1000,
    600000,
    65000,
    "Idle keep-alive time; keep it above the load balancer's idle timeout.",
  ),
  CONNECTION_TIMEOUT_MS: int(
    1000,
    600000,
    60000,
    'Time a socket may be inactive before it is closed, also while a response waits for a client that stopped reading.',
  ),
  MAX_CONNECTIONS: int(
    1,
    1000000,
    1024,
    'Open connections at most; more are closed at once (keep it below the file-descriptor limit).',
  ),
  BATCH_CONCURRENCY: int(
    1,
    1000,
    4,
    'Batch (heavy) requests at once; more get 503 with Retry-After before their body is read.',
  ),
  MAX_EVENT_LOOP_DELAY_MS: int(
    0,
    60000,
    1000,
    'Longest event-loop delay (in the last half second) above which requests get 503 with Retry-After (0: never); health is exempt.',
  ),
  RATE_LIMIT_MAX: int(
    0,
    1000000,
    0,
    'Requests per client IP per window (0: no rate limit), those refused for a wrong key included; only /v1/health is exempt.',
  ),
  RATE_LIMIT_WINDOW_MS: int(1000, 3600000, 60000, 'The rate-limit window.'),
  TRUST_PROXY: Type.String({
    pattern: '^([0-9]{1,2}|[0-9A-Za-z.:/]+(,[0-9A-Za-z.:/]+)*)?$',
    default: '',
    description:
      'Empty: the client is the socket address. Else the proxies whose X-Forwarded-For is believed: a hop count (1) or comma-separated addresses/CIDRs (10.0.0.0/8, loopback); the rate limit then keys on the client behind them.',
  }),
  API_KEY_SHA256: Type.String({
    pattern: '^([0-9a-f]{64}(,[0-9a-f]{64})*)?$',
    default: '',
    description:
      'Comma-separated SHA-256 hashes (hex) of the accepted API keys; empty: no authentication. Keys are sent as "Authorization: Bearer <key>" or "X-API-Key".',
  }),
});

export type Config = Readonly<Static<typeof CONFIG_SCHEMA>>;

export class ConfigError extends Error {}

/** Reads and checks the environment; a bad value throws a one-line message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    // env: false: read exactly the given variables (env-schema would merge process.env in too).
    return envSchema<Config>({ schema: CONFIG_SCHEMA, data: env, env: false, dotenv: false });
  } catch (error) {
    const errors = (
      error as { errors?: { instancePath?: string; message?: string; params?: Record<string, unknown> }[] }
    ).errors;
    const first = errors?.[0];
    const name =
      first?.instancePath?.replace(/^\//, '') || String(first?.params?.missingProperty ?? 'environment');
    const rule = (CONFIG_SCHEMA.properties as Record<string, { description?: string }>)[name];
    throw new ConfigError(
      `invalid configuration: ${name} ${first?.message ?? 'is not valid'}${rule?.description ? ` (${rule.description})` : ''}`,
    );
  }
}

/** TRUST_PROXY as Fastify's trustProxy takes it: off, a hop count, or addresses and CIDRs. */
export function trustProxyOf(value: string): boolean | string | ((address: string, hop: number) => boolean) {
  if (value === '') return false;
  if (!/^\d+$/.test(value)) return value;
  const hops = Number(value);
  return (_address, hop) => hop < hops;
}

/** Every default, as the schema gives it: what the service runs with when the environment is empty. */
export const DEFAULTS: Config = Object.freeze(loadConfig({}));
