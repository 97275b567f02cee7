import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/catalogue/examples.js';
import { PROCEDURES } from '../../src/engine/rule.js';
import { outputOf, type Served, serve } from '../support/process.js';
import { API_KEY, KEYED_SERVER } from './live.js';

/**
 * Stoplight Prism as a validating proxy in front of the real server process: request and
 * response validation (its defaults) with --errors, pointed at the server and nothing more. Any
 * violation, of a request or a response, shows as an sl-violations header (and with --errors as a
 * Prism error instead of the answer).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = new URL('../../data/examples/', import.meta.url);

let server: Served;
let prism: ChildProcess;
let prismOrigin: string;

async function startPrism(upstream: string): Promise<void> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  prism = spawn(
    'node_modules/.bin/prism',
    ['proxy', 'openapi/openapi.json', upstream, '--errors', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = outputOf(prism);
  for (let i = 0; i < 600 && !output().all.includes('Prism is listening'); i++) {
    if (prism.exitCode !== null) throw new Error(`prism exited: ${output().all}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!output().all.includes('Prism is listening')) throw new Error(`prism did not start: ${output().all}`);
  prismOrigin = `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  server = await serve({ ...KEYED_SERVER, LOG_LEVEL: 'silent' });
  await startPrism(`${server.origin}/v1`);
}, 120000);

afterAll(async () => {
  prism?.kill('SIGTERM');
  await server?.stop();
});

interface Exchange {
  readonly what: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

const json = (value: unknown) => JSON.stringify(value);
const post = (what: string, path: string, body: unknown): Exchange => ({
  what,
  method: 'POST',
  path,
  body: json(body),
});

/** The request bodies of data/examples and every worked case, each to its endpoint. */
function assessments(): Exchange[] {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && !f.endsWith('.response.json'));
  const fromFiles = files.map((file) =>
    post(file, `/assess/${file.split('-')[0]}`, JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8'))),
  );
  const cases = PROCEDURES.flatMap((procedure) => loadExamples(procedure)).map((c) =>
    post(c.id, c.path.replace(/^\/v1/, ''), c.request),
  );
  return [...fromFiles, ...cases];
}

const residence = JSON.parse(readFileSync(new URL('residence-minor.json', EXAMPLES), 'utf8'));
const naturalisation = JSON.parse(readFileSync(new URL('naturalisation-abroad.json', EXAMPLES), 'utf8'));

/** Requests whose answer is a documented error, each valid as a request. */
const ERRORS: Exchange[] = [
  { what: '404 unknown rule', method: 'GET', path: '/rules/NO-SUCH-RULE' },
  { what: '406 HTML only', method: 'GET', path: '/rules', headers: { Accept: 'text/html' } },
  { what: '401 without a key', method: 'GET', path: '/rules', headers: { Authorization: '' } },
  post('400 from the cross-field rules', '/assess/residence', {
    ...residence,
    decisionDate: '2020-01-01',
  }),
];

function exchanges(): Exchange[] {
  return [
    { what: 'health', method: 'GET', path: '/health' },
    { what: 'the document', method: 'GET', path: '/openapi.json' },
    { what: 'rules', method: 'GET', path: '/rules' },
    { what: 'rules in force on a day', method: 'GET', path: '/rules?procedure=naturalisation&on=2026-11-28' },
    { what: 'one rule', method: 'GET', path: '/rules/RES-EX-MINOR' },
    { what: 'examples', method: 'GET', path: '/examples?procedure=residence' },
    post('nulls for every nullable enum', '/assess/residence', {
      ...residence,
      humanitarianGround: null,
      integration: {
        regime: null,
        diplomas: [{ type: 'other', educationLevel: null, levels: { reading: null } }],
      },
      applicant: { ...residence.applicant, familyMembers: [{ relationship: null, nationalities: ['TR'] }] },
    }),
    post('a batch of both procedures with case-system ids', '/assess/batch', {
      cases: [
        { id: 'zaak/2026/001', procedure: 'residence', input: residence },
        { id: 'zaak/2026/002', procedure: 'naturalisation', input: naturalisation },
      ],
    }),
    { ...post('Dutch', '/assess/naturalisation', naturalisation), headers: { 'Accept-Language': 'nl' } },
    ...ERRORS,
    ...assessments(),
  ];
}

async function send(origin: string, exchange: Exchange) {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${API_KEY}`,
    ...(exchange.body ? { 'Content-Type': 'application/json' } : {}),
    ...exchange.headers,
  };
  if (headers.Authorization === '') delete headers.Authorization;
  const res = await fetch(`${origin}${exchange.path}`, {
    method: exchange.method,
    headers,
    body: exchange.body,
  });
  return { status: res.status, violations: res.headers.get('sl-violations'), body: await res.text() };
}

describe('Prism proxy (request and response validation, --errors) in front of the live service', () => {
  it('finds no violation in any request or response, and forwards each answer unchanged', async () => {
    const all = exchanges();
    const problems: string[] = [];
    for (const exchange of all) {
      const through = await send(prismOrigin, exchange);
      const direct = await send(`${server.origin}/v1`, exchange);
      if (through.violations) problems.push(`${exchange.what}: ${through.violations}`);
      else if (through.status !== direct.status)
        problems.push(
          `${exchange.what}: ${through.status} through Prism, ${direct.status} direct: ${through.body}`,
        );
    }
    expect(problems).toEqual([]);
    expect(all.length).toBeGreaterThan(100);
  }, 600000);

  it('validates request bodies (nullable enums no longer make it skip them): an invalid body is refused', async () => {
    const res = await send(prismOrigin, post('invalid', '/assess/residence', { requestedPermit: 'x' }));
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body).validation[0]).toMatchObject({
      location: ['body', 'requestedPermit'],
      code: 'enum',
    });
  }, 60000);
});
