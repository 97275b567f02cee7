import { envSchema } from 'env-schema';

/** Configuration from the environment, validated at start-up; documented in the README. */
export interface Config {
  readonly HOST: string;
  readonly PORT: number;
  readonly LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly BODY_LIMIT: number;
  readonly BATCH_BODY_LIMIT: number;
  readonly CLOSE_GRACE_MS: number;
  readonly DRAIN_DELAY_MS: number;
  readonly REQUEST_TIMEOUT_MS: number;
  readonly KEEP_ALIVE_TIMEOUT_MS: number;
  readonly CONNECTION_TIMEOUT_MS: number;
  readonly MAX_EVENT_LOOP_DELAY_MS: number;
  readonly RATE_LIMIT_MAX: number;
  readonly RATE_LIMIT_WINDOW_MS: number;
  readonly API_KEY_SHA256: string;
}

export const CONFIG_SCHEMA = {
  type: 'object',
  properties: {
    HOST: { type: 'string', minLength: 1, default: '0.0.0.0', description: 'Interface to listen on.' },
    PORT: { type: 'integer', minimum: 1, maximum: 65535, default: 8080, description: 'TCP port.' },
    LOG_LEVEL: {
      type: 'string',
      enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      default: 'info',
      description: 'pino log level (no request bodies or personal data are logged at any level).',
    },
    BODY_LIMIT: {
      type: 'integer',
      minimum: 1024,
      maximum: 10485760,
      default: 262144,
      description: 'Largest request body of a single assessment, in bytes (larger: 413).',
    },
    BATCH_BODY_LIMIT: {
      type: 'integer',
      minimum: 1024,
      maximum: 104857600,
      default: 16777216,
      description: 'Largest body of a batch (POST /v1/assess/batch), in bytes (larger: 413).',
    },
    CLOSE_GRACE_MS: {
      type: 'integer',
      minimum: 0,
      maximum: 120000,
      default: 10000,
      description: 'On SIGTERM/SIGINT: how long in-flight requests may take before the process exits anyway.',
    },
    DRAIN_DELAY_MS: {
      type: 'integer',
      minimum: 0,
      maximum: 60000,
      default: 1000,
      description:
        'On SIGTERM/SIGINT: how long to keep serving requests already sent (health answers 503) before closing; part of CLOSE_GRACE_MS.',
    },
    REQUEST_TIMEOUT_MS: {
      type: 'integer',
      minimum: 1000,
      maximum: 600000,
      default: 30000,
      description: 'Time to receive a whole request.',
    },
    KEEP_ALIVE_TIMEOUT_MS: {
      type: 'integer',
      minimum: 1000,
      maximum: 600000,
      default: 65000,
      description: "Idle keep-alive time; keep it above the load balancer's idle timeout.",
    },
    CONNECTION_TIMEOUT_MS: {
      type: 'integer',
      minimum: 1000,
      maximum: 600000,
      default: 60000,
      description: 'Time a socket may be inactive before it is closed.',
    },
    MAX_EVENT_LOOP_DELAY_MS: {
      type: 'integer',
      minimum: 0,
      maximum: 60000,
      default: 1000,
      description: 'Event-loop delay above which requests get 503 with Retry-After (0: never).',
    },
    RATE_LIMIT_MAX: {
      type: 'integer',
      minimum: 0,
      maximum: 1000000,
      default: 0,
      description:
        'Requests per client IP per window (0: no rate limit); /v1/health and /v1/openapi.json are exempt.',
    },
    RATE_LIMIT_WINDOW_MS: {
      type: 'integer',
      minimum: 1000,
      maximum: 3600000,
      default: 60000,
      description: 'The rate-limit window.',
    },
    API_KEY_SHA256: {
      type: 'string',
      pattern: '^([0-9a-f]{64}(,[0-9a-f]{64})*)?$',
      default: '',
      description:
        'Comma-separated SHA-256 hashes (hex) of the accepted API keys; empty: no authentication. Keys are sent as "Authorization: Bearer <key>" or "X-API-Key".',
    },
  },
} as const;

export class ConfigError extends Error {}

/** Reads and checks the environment; a bad value throws a one-line message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return envSchema<Config>({ schema: CONFIG_SCHEMA, data: env, dotenv: false });
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
