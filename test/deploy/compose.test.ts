import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDocument, type Tags, type YAMLMap, type YAMLSeq } from 'yaml';
import { CONFIG_SCHEMA, loadConfig } from '../../src/config.js';

/**
 * docker-compose.yml alone (one service on 127.0.0.1:8080) and with docker-compose.scale.yml
 * (replicas behind nginx, deploy/nginx/nginx.conf), merged as Docker Compose merges them.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVICE = 'eligibility';
const HEALTH_PATH = '/v1/health';

// Compose's merge tags: !reset removes what the earlier file set, !override replaces it.
const RESET = Symbol('!reset');
class Override {
  constructor(readonly value: unknown) {}
}
const COMPOSE_TAGS: Tags = [
  { tag: '!reset', collection: 'seq', resolve: () => RESET },
  { tag: '!reset', collection: 'map', resolve: () => RESET },
  { tag: '!reset', resolve: () => RESET },
  {
    tag: '!override',
    collection: 'seq',
    resolve: (seq: YAMLMap.Parsed | YAMLSeq.Parsed) => new Override(seq.toJSON()),
  },
  {
    tag: '!override',
    collection: 'map',
    resolve: (map: YAMLMap.Parsed | YAMLSeq.Parsed) => new Override(map.toJSON()),
  },
];

type Json = Record<string, unknown>;
interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number> | string[];
  ports?: (string | { target: number; published?: string | number; host_ip?: string })[];
  expose?: (string | number)[];
  volumes?: string[];
  healthcheck?: { test: string | string[] };
  depends_on?: Record<string, { condition?: string }> | string[];
  stop_grace_period?: string;
  read_only?: boolean;
  user?: string;
}
interface Compose {
  services: Record<string, ComposeService>;
}

function readCompose(file: string): Json {
  const doc = parseDocument(readFileSync(`${ROOT}${file}`, 'utf8'), { customTags: COMPOSE_TAGS });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new Error(`${file}: ${problem.message}`);
  return doc.toJS() as Json;
}

const isMap = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Override);

/** Compose's merge: maps merge, sequences append, !reset removes, !override replaces, else replace. */
function merge(base: unknown, over: unknown): unknown {
  if (over instanceof Override) return over.value;
  if (Array.isArray(base) && Array.isArray(over)) return [...base, ...over];
  if (isMap(base) && isMap(over)) {
    const out: Json = { ...base };
    for (const [key, value] of Object.entries(over)) {
      if (value === RESET) delete out[key];
      else out[key] = key in base ? merge(base[key], value) : value instanceof Override ? value.value : value;
    }
    return out;
  }
  return over;
}

const base = readCompose('docker-compose.yml') as unknown as Compose;
const scaled = merge(base, readCompose('docker-compose.scale.yml')) as Compose;
const nginx = readFileSync(`${ROOT}deploy/nginx/nginx.conf`, 'utf8').replace(/#.*$/gm, '');

const SCHEMA = CONFIG_SCHEMA.properties as Record<string, { default?: unknown }>;

function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  return Array.isArray(env)
    ? Object.fromEntries(env.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]))
    : Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
}

/** The value the service runs with: compose's environment when set, else the schema default. */
function effective(service: ComposeService, name: string): number {
  return Number(environment(service)[name] ?? SCHEMA[name]?.default);
}

function healthcheckUrl(service: ComposeService): URL {
  const test = service.healthcheck?.test;
  const command = Array.isArray(test) ? test.join(' ') : (test ?? '');
  const url = /https?:\/\/[^\s'"`]+/.exec(command)?.[0];
  if (!url) throw new Error(`no URL in the healthcheck: ${command}`);
  return new URL(url);
}

/** "127.0.0.1:8080:80" or { target } → the container port. */
function targetPorts(service: ComposeService): number[] {
  return (service.ports ?? []).map((p) =>
    typeof p === 'string' ? Number(p.split(':').at(-1)?.split('/')[0]) : p.target,
  );
}

function seconds(duration: string | undefined): number {
  const match = /^(\d+)(ms|s|m)$/.exec(duration ?? '');
  if (!match) throw new Error(`not a duration: ${duration}`);
  return Number(match[1]) * ({ ms: 0.001, s: 1, m: 60 }[match[2] as 'ms' | 's' | 'm'] ?? Number.NaN);
}

/** nginx sizes: "16m", "512k", "1g" or bytes. */
function bytes(size: string | undefined): number {
  const match = /^(\d+)([kmg]?)$/i.exec(size ?? '');
  if (!match) throw new Error(`not an nginx size: ${size}`);
  return Number(match[1]) * 1024 ** ' kmg'.indexOf((match[2] || ' ').toLowerCase());
}

function directive(text: string, name: string): string[] {
  return [...text.matchAll(new RegExp(`(?:^|[;{}\\s])${name}\\s+([^;]+);`, 'g'))].map((m) =>
    (m[1] as string).trim(),
  );
}

describe('docker-compose.yml on its own', () => {
  const service = base.services[SERVICE] as ComposeService;

  beforeEach(() => {
    for (const name of Object.keys(SCHEMA)) vi.stubEnv(name, undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('runs one eligibility service, published on 127.0.0.1 at its PORT', () => {
    const port = effective(service, 'PORT');
    expect(service.ports).toEqual([`127.0.0.1:${port}:${port}`]);
  });

  it('sets only variables the server reads, with values it accepts', () => {
    const env = environment(service);
    for (const name of Object.keys(env)) expect(Object.keys(SCHEMA)).toContain(name);
    const config = loadConfig({ ...env }) as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(env)) expect(String(config[name]), name).toBe(value);
  });

  it('healthchecks /v1/health on PORT, and waits longer than CLOSE_GRACE_MS on stop', () => {
    const url = healthcheckUrl(service);
    expect(url.pathname).toBe(HEALTH_PATH);
    expect(Number(url.port)).toBe(effective(service, 'PORT'));
    expect(seconds(service.stop_grace_period) * 1000).toBeGreaterThan(effective(service, 'CLOSE_GRACE_MS'));
  });
});

describe('docker-compose.yml with docker-compose.scale.yml', () => {
  const service = scaled.services[SERVICE] as ComposeService;
  const lb = Object.values(scaled.services).find((s) => s.image?.startsWith('nginx:'));
  const upstreams = [...nginx.matchAll(/upstream\s+(\S+)\s*\{([^}]*)\}/g)];

  it('keeps the eligibility service as it is, but publishes no port per replica and believes X-Forwarded-For from the compose network (nginx)', () => {
    const {
      ports: _basePorts,
      environment: baseEnvironment,
      ...baseRest
    } = base.services[SERVICE] as ComposeService;
    const {
      ports,
      expose: _expose,
      deploy: _deploy,
      environment,
      ...rest
    } = service as ComposeService & { deploy?: unknown };
    expect(ports ?? []).toEqual([]);
    expect(rest).toEqual(baseRest);
    expect(environment).toEqual({ ...(baseEnvironment as object), TRUST_PROXY: 'uniquelocal' });
    expect(loadConfig(environment as Record<string, string>).TRUST_PROXY).toBe('uniquelocal');
  });

  it('adds an nginx:1.27-alpine load balancer with deploy/nginx/nginx.conf, published where the service was', () => {
    expect(lb).toBeDefined();
    expect(lb?.image).toBe('nginx:1.27-alpine');
    expect(lb?.volumes).toContain('./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(lb?.ports).toHaveLength(1);
    const listen = directive(nginx, 'listen').map((l) => Number(/(\d+)/.exec(l)?.[1]));
    expect(listen).toEqual(targetPorts(lb as ComposeService));
    expect(lb?.ports?.[0]).toMatch(/^127\.0\.0\.1:/);
    const dependsOn = lb?.depends_on as Record<string, { condition?: string }>;
    expect(dependsOn[SERVICE]?.condition).toBe('service_healthy');
  });

  it('proxies to the eligibility service by its compose DNS name, on its PORT', () => {
    expect(upstreams).toHaveLength(1);
    const [, name, body] = upstreams[0] as RegExpMatchArray;
    const servers = directive(body as string, 'server').map((s) => s.split(/\s+/)[0]);
    expect(servers).toEqual([`${SERVICE}:${effective(service, 'PORT')}`]);
    expect(directive(nginx, 'proxy_pass')).toEqual([`http://${name}`]);
    // Docker's embedded DNS, re-read while running, so --scale changes reach nginx.
    expect(directive(nginx, 'resolver')[0]).toMatch(/^127\.0\.0\.11\b/);
    expect(directive(body as string, 'server')[0]).toMatch(/\bresolve\b/);
  });

  it('lets the largest body through and closes idle connections before the service does', () => {
    expect(bytes(directive(nginx, 'client_max_body_size')[0])).toBeGreaterThanOrEqual(
      effective(service, 'BATCH_BODY_LIMIT'),
    );
    const [, , body] = upstreams[0] as RegExpMatchArray;
    const idle = seconds(directive(body as string, 'keepalive_timeout')[0] ?? '60s');
    expect(idle * 1000).toBeLessThan(effective(service, 'KEEP_ALIVE_TIMEOUT_MS'));
  });

  it('healthchecks /v1/health on the replicas and through the load balancer', () => {
    const url = healthcheckUrl(service);
    expect(url.pathname).toBe(HEALTH_PATH);
    expect(Number(url.port)).toBe(effective(service, 'PORT'));
    const lbUrl = healthcheckUrl(lb as ComposeService);
    expect(lbUrl.pathname).toBe(HEALTH_PATH);
    expect(targetPorts(lb as ComposeService)).toContain(Number(lbUrl.port));
  });

  it('runs the load balancer read-only, unprivileged, without root', () => {
    expect(lb?.read_only).toBe(true);
    expect(lb?.user).toMatch(/^[1-9]\d*(:\d+)?$/);
  });
});
