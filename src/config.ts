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
  REQUEST_TIMEOUT_MS: int(1000, 600000, 30000, 'Time to receive a whole request.'),
  KEEP_ALIVE_TIMEOUT_MS: int(
    1000,
    600000,
    65000,
    "Idle keep-alive time; keep it above the load balancer's idle timeout.",
  ),
  CONNECTION_TIMEOUT_MS: int(1000, 600000, 60000, 'Time a socket may be inactive before it is closed.'),
  MAX_EVENT_LOOP_DELAY_MS: int(
    0,
    60000,
    1000,
    'Event-loop delay above which requests get 503 with Retry-After (0: never).',
  ),
  RATE_LIMIT_MAX: int(
    0,
    1000000,
    0,
    'Requests per client IP per window (0: no rate limit); /v1/health and /v1/openapi.json are exempt.',
  ),
  RATE_LIMIT_WINDOW_MS: int(1000, 3600000, 60000, 'The rate-limit window.'),
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

/** Every default, as the schema gives it: what the service runs with when the environment is empty. */
export const DEFAULTS: Config = Object.freeze(loadConfig({}));
