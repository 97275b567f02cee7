import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CONFIG_SCHEMA, loadConfig } from '../../src/config.js';

/**
 * The Kubernetes manifests in deploy/kubernetes/ against what the server and the image really do:
 * the port it listens on, the variables it reads (CONFIG_SCHEMA, read here, never copied), its
 * health path, its shutdown delay, and the Dockerfile's EXPOSE and HEALTHCHECK.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const K8S = `${ROOT}deploy/kubernetes/`;
const HEALTH_PATH = '/v1/health';

type Labels = Record<string, string>;
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Labels };
  spec: Record<string, unknown>;
}
interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: string;
}
interface Probe {
  httpGet?: { path?: string; port: number | string };
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: unknown;
}
interface Container {
  name: string;
  image: string;
  ports?: ContainerPort[];
  env?: EnvVar[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  lifecycle?: { preStop?: { exec?: { command: string[] }; sleep?: { seconds: number } } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: SecurityContext;
  volumeMounts?: { name: string; mountPath: string }[];
}
interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { drop?: string[]; add?: string[] };
}
interface DeploymentSpec {
  replicas?: number;
  selector: { matchLabels: Labels };
  template: {
    metadata: { labels: Labels };
    spec: {
      terminationGracePeriodSeconds?: number;
      securityContext?: SecurityContext;
      containers: Container[];
      volumes?: { name: string; emptyDir?: Record<string, unknown> }[];
    };
  };
}
interface ServiceSpec {
  selector: Labels;
  ports: { name?: string; port: number; targetPort?: number | string }[];
}
interface HpaSpec {
  scaleTargetRef: { apiVersion: string; kind: string; name: string };
  minReplicas?: number;
  maxReplicas: number;
  metrics?: { type: string; resource?: { name: string; target: { type: string } } }[];
}
interface PdbSpec {
  minAvailable?: number | string;
  selector: { matchLabels: Labels };
}

function parseYaml(file: string): unknown[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  if (!Array.isArray(docs)) throw new Error(`${file}: not a YAML stream`);
  return docs.map((doc) => {
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) throw new Error(`${file}: ${problem.message}`);
    return doc.toJS() as unknown;
  });
}

const kustomization = parseYaml(`${K8S}kustomization.yaml`)[0] as { kind: string; resources: string[] };
const manifests: Manifest[] = kustomization.resources.flatMap((file) =>
  parseYaml(`${K8S}${file}`).filter((doc) => doc !== null),
) as Manifest[];

function only<T>(kind: string): { manifest: Manifest; spec: T } {
  const found = manifests.filter((m) => m.kind === kind);
  expect(found, kind).toHaveLength(1);
  const manifest = found[0] as Manifest;
  return { manifest, spec: manifest.spec as T };
}

const deployment = only<DeploymentSpec>('Deployment');
const pod = deployment.spec.template.spec;
const podLabels = deployment.spec.template.metadata.labels;
const container = pod.containers[0] as Container;
const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value])) as Record<
  string,
  string | undefined
>;

const SCHEMA = CONFIG_SCHEMA.properties as Record<string, { default?: unknown }>;

/** The value the server runs with: the Deployment's env when set, else the schema default. */
function effective(name: string): number {
  const value = env[name] ?? SCHEMA[name]?.default;
  if (value === undefined) throw new Error(`${name} has neither a value nor a default`);
  return Number(value);
}

/** A probe's or a Service's port: a number, or the name of one of the container's ports. */
function resolvePort(port: number | string | undefined): number | undefined {
  if (typeof port === 'number') return port;
  if (typeof port === 'string' && /^\d+$/.test(port)) return Number(port);
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

function containsLabels(labels: Labels, selector: Labels | undefined): boolean {
  return (
    selector !== undefined &&
    Object.keys(selector).length > 0 &&
    Object.entries(selector).every(([key, value]) => labels[key] === value)
  );
}

/** Kubernetes quantities: CPU in cores ("250m", "1"), memory in bytes ("192Mi", "1Gi"). */
function quantity(value: string | undefined): number {
  const match = /^(\d+(?:\.\d+)?)(m|Ki|Mi|Gi|k|M|G)?$/.exec(value ?? '');
  if (!match) throw new Error(`not a quantity: ${value}`);
  const factor: Record<string, number> = {
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
  };
  return Number(match[1]) * (match[2] ? (factor[match[2]] as number) : 1);
}

describe('the Kubernetes manifests', () => {
  it('parse, and the kustomization lists every manifest in the folder', () => {
    expect(kustomization.kind).toBe('Kustomization');
    const files = readdirSync(K8S).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
    for (const m of manifests) {
      expect(m.apiVersion, m.kind).toBeTruthy();
      expect(m.metadata.name, m.kind).toBeTruthy();
    }
    expect(manifests.map((m) => m.kind).sort()).toEqual(
      ['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service'].sort(),
    );
  });

  it('run one container, exposing one TCP port', () => {
    expect(pod.containers).toHaveLength(1);
    expect(container.ports).toHaveLength(1);
    expect(container.ports?.[0]?.protocol ?? 'TCP').toBe('TCP');
  });
});

describe('the Deployment and the server', () => {
  // loadConfig also reads process.env: keep the runner's environment out of these checks.
  beforeEach(() => {
    for (const name of Object.keys(SCHEMA)) vi.stubEnv(name, undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const containerPort = container.ports?.[0]?.containerPort;

  it('listens on the container port: PORT, or the server default when PORT is not set', () => {
    expect(containerPort).toBe(effective('PORT'));
    expect(loadConfig({ ...env }).PORT).toBe(containerPort);
  });

  it('sets only variables the server reads, as literal values', () => {
    const names = (container.env ?? []).map((e) => e.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size, 'no variable twice').toBe(names.length);
    for (const e of container.env ?? []) {
      expect(Object.keys(SCHEMA), `${e.name} is not in CONFIG_SCHEMA`).toContain(e.name);
      expect(typeof e.value, `${e.name} has a literal value`).toBe('string');
    }
  });

  it('gives values that the server accepts at start-up, unchanged', () => {
    const config = loadConfig({ ...env }) as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(env)) {
      expect(String(config[name]), name).toBe(value);
    }
    // The check is real: a bad value in the same map is refused.
    expect(() => loadConfig({ ...env, PORT: '0' })).toThrow(/PORT/);
  });

  it('probes GET /v1/health on the container port (readiness, liveness, and startup if any)', () => {
    expect(container.readinessProbe).toBeDefined();
    expect(container.livenessProbe).toBeDefined();
    const probes = [container.readinessProbe, container.livenessProbe, container.startupProbe].filter(
      (p): p is Probe => p !== undefined,
    );
    for (const probe of probes) {
      expect(probe.httpGet?.path).toBe(HEALTH_PATH);
      expect(resolvePort(probe.httpGet?.port)).toBe(containerPort);
    }
  });

  it('lets the graceful close finish before the kubelet kills the pod', () => {
    const grace = pod.terminationGracePeriodSeconds;
    expect(grace).toBeDefined();
    const preStop = container.lifecycle?.preStop;
    const sleepCommand = preStop?.exec?.command;
    const preStopMs =
      (preStop?.sleep?.seconds ??
        (sleepCommand?.[0] === 'sleep' ? Number(sleepCommand[1]) : sleepCommand ? Number.NaN : 0)) * 1000;
    expect(preStopMs, 'a preStop hook other than a plain sleep cannot be timed here').not.toBeNaN();
    expect((grace as number) * 1000).toBeGreaterThan(effective('CLOSE_GRACE_MS'));
    expect((grace as number) * 1000).toBeGreaterThan(preStopMs + effective('CLOSE_GRACE_MS'));
  });

  it('runs as a non-root user on a read-only root, with no privileges, and a writable /tmp', () => {
    const podContext = pod.securityContext ?? {};
    const context = container.securityContext ?? {};
    const runAsUser = context.runAsUser ?? podContext.runAsUser;
    expect(context.runAsNonRoot ?? podContext.runAsNonRoot).toBe(true);
    expect(runAsUser).toBe(1000);
    expect(context.readOnlyRootFilesystem).toBe(true);
    expect(context.allowPrivilegeEscalation).toBe(false);
    expect(context.capabilities?.drop).toContain('ALL');
    expect(context.capabilities?.add ?? []).toEqual([]);
    const tmp = container.volumeMounts?.find((m) => m.mountPath === '/tmp');
    expect(tmp).toBeDefined();
    expect(pod.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
  });

  it('requests and limits CPU and memory (250m to 1 CPU; memory above the ~150 MB the service needs)', () => {
    const { requests, limits } = container.resources ?? {};
    expect(quantity(requests?.cpu)).toBe(0.25);
    expect(quantity(limits?.cpu)).toBe(1);
    expect(quantity(requests?.memory)).toBeGreaterThanOrEqual(150 * 2 ** 20);
    expect(quantity(limits?.memory)).toBeGreaterThanOrEqual(quantity(requests?.memory));
  });

  it('selects its own pods', () => {
    expect(containsLabels(podLabels, deployment.spec.selector.matchLabels)).toBe(true);
  });
});

describe('the Service, the autoscaler and the disruption budget', () => {
  const containerPort = container.ports?.[0]?.containerPort;

  it('the Service sends port 80 to the container port of the Deployment’s pods', () => {
    const { spec } = only<ServiceSpec>('Service');
    expect(containsLabels(podLabels, spec.selector)).toBe(true);
    expect(spec.ports).toHaveLength(1);
    expect(spec.ports[0]?.port).toBe(80);
    expect(resolvePort(spec.ports[0]?.targetPort ?? spec.ports[0]?.port)).toBe(containerPort);
  });

  it('the HorizontalPodAutoscaler (autoscaling/v2) scales the Deployment on CPU', () => {
    const { manifest, spec } = only<HpaSpec>('HorizontalPodAutoscaler');
    expect(manifest.apiVersion).toBe('autoscaling/v2');
    expect(spec.scaleTargetRef).toEqual({
      apiVersion: deployment.manifest.apiVersion,
      kind: 'Deployment',
      name: deployment.manifest.metadata.name,
    });
    expect(spec.metrics?.some((m) => m.type === 'Resource' && m.resource?.name === 'cpu')).toBe(true);
    expect(spec.maxReplicas).toBeGreaterThanOrEqual(spec.minReplicas ?? 1);
  });

  it('the PodDisruptionBudget keeps one of the Deployment’s pods, and the autoscaler runs more than that', () => {
    const { spec } = only<PdbSpec>('PodDisruptionBudget');
    expect(spec.minAvailable).toBe(1);
    expect(containsLabels(podLabels, spec.selector.matchLabels)).toBe(true);
    // Otherwise a node drain could never evict the last pod.
    const { spec: hpa } = only<HpaSpec>('HorizontalPodAutoscaler');
    expect(hpa.minReplicas ?? 1).toBeGreaterThan(1);
    if (deployment.spec.replicas !== undefined) expect(deployment.spec.replicas).toBeGreaterThan(1);
  });
});

describe('the Dockerfile and the manifests', () => {
  const dockerfile = readFileSync(`${ROOT}Dockerfile`, 'utf8').replace(/\\\r?\n/g, ' ');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const containerPort = container.ports?.[0]?.containerPort;

  it('EXPOSEs the container port, and the image sets PORT to it (or leaves the default)', () => {
    const exposed = [...runtime.matchAll(/^EXPOSE\s+(.+)$/gm)].flatMap((m) =>
      (m[1] as string).trim().split(/\s+/),
    );
    expect(exposed.map((p) => Number(p.replace(/\/tcp$/i, '')))).toEqual([containerPort]);
    const envPort = /\bPORT=(\d+)/.exec([...runtime.matchAll(/^ENV\s+(.+)$/gm)].map((m) => m[1]).join(' '));
    expect(Number(envPort?.[1] ?? SCHEMA.PORT?.default)).toBe(containerPort);
  });

  it('HEALTHCHECKs the same path on the same port as the probes', () => {
    const healthcheck = /^HEALTHCHECK\s+.*$/m.exec(runtime)?.[0];
    expect(healthcheck).toBeDefined();
    const url = /http:\/\/(?:127\.0\.0\.1|localhost):(.*?)(\/v1\/[a-z/]*)/.exec(healthcheck as string);
    expect(url?.[2]).toBe(HEALTH_PATH);
    // Either a literal port, or process.env.PORT with a literal fallback.
    const port = /^(\d+)/.exec(url?.[1] ?? '') ?? /PORT\s*\|\|\s*(\d+)/.exec(url?.[1] ?? '');
    expect(Number(port?.[1])).toBe(containerPort);
  });

  it('names a user Kubernetes cannot check, so the Deployment gives its numeric uid', () => {
    const user = /^USER\s+(\S+)/m.exec(runtime)?.[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    if (!/^\d+/.test(user as string)) {
      expect(container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser).toBeTypeOf('number');
    }
  });
});
