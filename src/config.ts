import { envSchema } from 'env-schema';

/** Configuration from the environment, validated at start-up; documented in the README. */
export interface Config {
  readonly HOST: string;
  readonly PORT: number;
  readonly LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly BODY_LIMIT: number;
  readonly BATCH_BODY_LIMIT: number;
  readonly CLOSE_GRACE_MS: number;
  readonly REQUEST_TIMEOUT_MS: number;
  readonly KEEP_ALIVE_TIMEOUT_MS: number;
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
