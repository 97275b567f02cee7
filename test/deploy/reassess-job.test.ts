import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/**
 * The Indexed Job of deploy/kubernetes/reassess against what the image and the runner really
 * are: the runner's built path (package.json bin), the image of the Deployment, one part per index.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = `${ROOT}deploy/kubernetes/`;

function parse(file: string): Record<string, unknown>[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).flatMap((doc) => {
    if (Array.isArray(doc)) throw new Error(`${file}: not a YAML stream`);
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) throw new Error(`${file}: ${problem.message}`);
    return [doc.toJS() as Record<string, unknown>];
  });
}

interface Container {
  name: string;
  image: string;
  command: string[];
  args: string[];
  securityContext?: { runAsNonRoot?: boolean; readOnlyRootFilesystem?: boolean };
  resources?: { limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface JobSpec {
  completionMode: string;
  completions: number;
  parallelism: number;
  podFailurePolicy?: { rules: { action: string; onExitCodes?: { values: number[] } }[] };
  template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string }[] } };
}

const kustomization = parse(`${DIR}reassess/kustomization.yaml`)[0] as { resources: string[] };
const jobs = kustomization.resources.flatMap((file) => parse(`${DIR}reassess/${file}`));
const job = jobs.find((m) => m.kind === 'Job') as { apiVersion: string; spec: JobSpec };
const container = job?.spec.template.spec.containers[0] as Container;
const script = container?.args.join(' ') ?? '';
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { bin: Record<string, string> };
const deployment = parse(`${DIR}deployment.yaml`)[0] as {
  spec: { template: { spec: { containers: { image: string }[] } } };
};

describe('the re-assessment Job (deploy/kubernetes/reassess)', () => {
  it('is an Indexed Job of batch/v1, listed by its own kustomization and not by the service’s', () => {
    expect(job.apiVersion).toBe('batch/v1');
    expect(job.spec.completionMode).toBe('Indexed');
    expect(job.spec.completions).toBeGreaterThan(1);
    expect(job.spec.parallelism).toBeLessThanOrEqual(job.spec.completions);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    const service = parse(`${DIR}kustomization.yaml`)[0] as { resources: string[] };
    expect(service.resources.some((r) => r.includes('reassess'))).toBe(false);
  });

  it('runs the built command-line runner of the package, in the image the Deployment runs', () => {
    expect(container.image).toBe(deployment.spec.template.spec.containers[0]?.image);
    expect(Object.values(pkg.bin)).toContain('dist/src/cli/main.js');
    expect(script).toContain('node dist/src/cli/main.js assess');
  });

  it('reads and writes the part of its own index on the mounted volume', () => {
    expect(script).toMatch(/< \/data\/cases\/part-\$\{JOB_COMPLETION_INDEX\}\.ndjson/);
    expect(script).toMatch(/> \/data\/verdicts\/part-\$\{JOB_COMPLETION_INDEX\}\.ndjson/);
    expect(container.volumeMounts).toEqual([{ name: 'data', mountPath: '/data' }]);
    expect(job.spec.template.spec.volumes.map((v) => v.name)).toEqual(['data']);
  });

  it('takes exit 1 (some invalid lines, each answered) as done, and fails the Job on exit 2 (usage)', () => {
    expect(script).toContain('[ "$status" -le 1 ] || exit "$status"');
    const failJob = job.spec.podFailurePolicy?.rules.find((r) => r.action === 'FailJob');
    expect(failJob?.onExitCodes?.values).toEqual([2]);
  });

  it('runs as non-root on a read-only root with a memory limit', () => {
    expect(container.securityContext?.runAsNonRoot).toBe(true);
    expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
    expect(container.resources?.limits?.memory).toBeTruthy();
  });
});
