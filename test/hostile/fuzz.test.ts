/**
 * Property-based fuzzing of the assess endpoints (issue "Hardening", item 2). Whatever the body,
 * the answer is either a 200 that validates against the OpenAPI document (and, for a batch,
 * holds no failed case) or a 4xx application/problem+json that validates against the Problem
 * schema; never a 5xx, never internals, never an echoed value.
 *
 * Seeded (20261128), so a failure is reproducible; the counterexample fast-check prints is the
 * body to send.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay, toDay } from '../../src/calendar/date.js';
import { testApp } from '../support/app.js';
import { loadCases } from '../support/cases.js';
import { checkResponse } from '../support/openapi.js';
import {
  BASE,
  type Json,
  MARKER,
  PATHS,
  PROCEDURES,
  type Procedure,
  paramsOf,
  type Reply,
  resolved,
  SCHEMAS,
  type SchemaNode,
  type Segment,
  send,
} from './support.js';

fc.configureGlobal({ seed: 20261128, numRuns: 300 });

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

const BATCH = '/v1/assess/batch';

/** Stack frames and source paths: what a response must never show. */
const INTERNALS = /(?:\n|\\n)\s*at\s|\/src\/|node_modules|file:\/\/|\.[cm]?[jt]s:\d+|FST_ERR_/;

/**
 * The property: a 200 whose body validates against the OpenAPI document (a batch: no case failed),
 * or a 4xx problem+json that validates against the Problem schema; a 400 names at least one field.
 */
function verdictOrProblem(res: Reply, path: string): number {
  const where = `${path} → ${res.status}: ${res.text.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  expect(INTERNALS.test(res.text), where).toBe(false);
  for (const marker of [MARKER, FUZZ_MARKER])
    expect(res.text.includes(marker), `${where}: echoes a submitted value`).toBe(false);
  expect(checkResponse('POST', path, res.status, res.headers, res.body), where).toEqual([]);
  const type = String(res.headers['content-type']);
  if (res.status === 200) {
    expect(type, where).toMatch(/^application\/json/);
    if (path === BATCH) {
      for (const result of (res.body as { results: Json[] }).results) {
        expect([200, 400], `${where}: a batch case failed`).toContain(result.status);
        if (result.status === 400) expect(paramsOf(result.problem).size, where).toBeGreaterThan(0);
      }
    }
    return 200;
  }
  expect(res.status, where).toBeGreaterThanOrEqual(400);
  expect(type, where).toMatch(/^application\/problem\+json/);
  expect((res.body as Json).status, where).toBe(res.status);
  if (res.status === 400) expect(paramsOf(res.body).size, where).toBeGreaterThan(0);
  return res.status;
}

const postRaw = (path: string, payload: string, lang = 'en') =>
  send(app, 'POST', path, { payload, headers: { 'accept-language': lang } });
const postJson = (path: string, body: unknown, lang = 'en') =>
  send(app, 'POST', path, { payload: JSON.stringify(body) ?? 'null', headers: { 'accept-language': lang } });

const lang = fc.constantFrom('en', 'nl');

/**
 * A guard against a hang, not a speed target: the 1,500 near-valid requests of one property took
 * 22–24 s on the 2-core machine on a slow day and 30 s under faketime (`npm run test:clock`), which
 * the former limit of 30 s cut.
 */
const TIMEOUT = 120_000;

/**
 * The marker planted by mutations: unlike MARKER it is not a valid batch id (it has spaces), so
 * no field of any request may legitimately echo it.
 */
const FUZZ_MARKER = 'HOSTILE MARKER 123 ✗';

// ---------------------------------------------------------------------------------------------
// (a) Arbitrary JSON values, and arbitrary text sent as JSON.
// ---------------------------------------------------------------------------------------------

const anyJson = fc.jsonValue({ stringUnit: 'binary', maxDepth: 5 });

/** Text that is JSON, nearly JSON (a character inserted or removed), or not JSON at all. */
const anyText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.string({ unit: 'binary', maxLength: 3 }), fc.boolean())
    .map(([text, at, insert, remove]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return remove ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + insert + text.slice(i);
    }),
);

describe('(a) arbitrary JSON bodies', () => {
  for (const procedure of PROCEDURES) {
    it(
      `POST ${PATHS[procedure]}: any JSON value is a verdict or a problem`,
      async () => {
        await fc.assert(
          fc.asyncProperty(anyJson, async (body) => {
            verdictOrProblem(await postJson(PATHS[procedure], body), PATHS[procedure]);
          }),
          { numRuns: 300 },
        );
      },
      TIMEOUT,
    );
  }

  it(
    'POST /v1/assess/batch: any JSON value, and any JSON value as a case input',
    async () => {
      const body = fc.oneof(
        anyJson,
        fc.record({
          cases: fc.array(
            fc.record({ procedure: fc.constantFrom<Procedure>(...PROCEDURES), input: anyJson }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (value) => {
          // Unique, valid ids for generated cases, so that the inputs are what is being tested.
          const cases = (value as { cases?: Json[] } | null)?.cases;
          const sent =
            value !== null && typeof value === 'object' && !Array.isArray(value) && Array.isArray(cases)
              ? { cases: cases.map((c, i) => ({ id: `case-${i}`, ...c })) }
              : value;
          verdictOrProblem(await postJson(BATCH, sent), BATCH);
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT,
  );

  it(
    'any text sent as application/json to the three assess endpoints',
    async () => {
      const path = fc.constantFrom(PATHS.residence, PATHS.naturalisation, BATCH);
      await fc.assert(
        fc.asyncProperty(path, anyText, async (to, text) => {
          verdictOrProblem(await postRaw(to, text), to);
        }),
        { numRuns: 400 },
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// (a') Bodies shaped like the request schema: the right field names with values that are often
// valid and sometimes anything, so that fuzzing reaches the cross-field rules and the engine.
// ---------------------------------------------------------------------------------------------

const FIRST_DAY = toDay(1900, 1, 1);
const LAST_DAY = toDay(2040, 12, 31);
const LAW_DATES = ['2022-01-01', '2025-01-01', '2026-06-11', '2026-06-12', '2026-11-28', '2027-01-01'];

const anyDate = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(formatDay) },
  { weight: 4, arbitrary: fc.constantFrom(...LAW_DATES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31', '2024-02-29', '2026-02-29', ''),
  },
);
const referenceDate = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: toDay(2022, 1, 1), max: toDay(2031, 12, 31) }).map(formatDay) },
  { weight: 4, arbitrary: fc.constantFrom(...LAW_DATES) },
  { weight: 1, arbitrary: fc.integer({ min: toDay(2021, 6, 1), max: toDay(2021, 12, 31) }).map(formatDay) },
);
const pastDate = fc.integer({ min: FIRST_DAY, max: toDay(2026, 6, 1) }).map(formatDay);
const birthDate = fc.oneof(
  { weight: 6, arbitrary: pastDate },
  { weight: 1, arbitrary: anyDate },
  { weight: 1, arbitrary: pastDate.map((d) => d.slice(0, 7)) },
  { weight: 1, arbitrary: pastDate.map((d) => d.slice(0, 4)) },
);
const country = fc.constantFrom('NL', 'TR', 'MA', 'BE', 'LU', 'DE', 'CH', 'NO', 'IS', 'LI', 'US', 'SR', 'GB');

function leaf(schema: SchemaNode, name: Segment): fc.Arbitrary<unknown> {
  // Countries from the short list the rules care about, not uniformly from all 250 codes.
  if (schema['x-list'] === 'country') return country;
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = [schema.type ?? []].flat().find((t) => t !== 'null');
  if (type === 'string' && schema.format === 'birth-date') return birthDate;
  if (type === 'string' && schema.format === 'date')
    return name === 'applicationDate' || name === 'decisionDate' ? referenceDate : anyDate;
  if (type === 'integer')
    return fc.oneof(
      { weight: 10, arbitrary: fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 20 }) },
      { weight: 1, arbitrary: fc.constantFrom(-1, (schema.maximum ?? 20) + 1) },
    );
  if (type === 'boolean') return fc.boolean();
  return anyJson;
}

/** Values for a schema node: mostly of its shape, now and then null or any JSON value. */
function shaped(schema: SchemaNode, name: Segment = ''): fc.Arbitrary<unknown> {
  const type = [schema.type ?? []].flat().find((t) => t !== 'null');
  let arbitrary: fc.Arbitrary<unknown>;
  if (type === 'object' && schema.properties) {
    const model = Object.fromEntries(
      Object.entries(schema.properties).map(([key, child]) => [key, shaped(resolved(child), key)]),
    );
    arbitrary = fc.record(model, { requiredKeys: [...(schema.required ?? [])] });
  } else if (type === 'array' && schema.items) {
    arbitrary = schema.uniqueItems
      ? fc.uniqueArray(shaped(schema.items, 0), { maxLength: 4, selector: (v) => JSON.stringify(v) })
      : fc.array(shaped(schema.items, 0), { maxLength: 4 });
  } else {
    arbitrary = leaf(schema, name);
  }
  return fc.oneof(
    { weight: 150, arbitrary },
    { weight: schema.nullable ? 8 : 0, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: anyJson },
  );
}

const LEVELLED = new Set(['reading', 'listening', 'writing', 'speaking']);
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const ordered = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a > b;

/**
 * Mends the cross-field rules of docs/api.md "Errors" (date order, humanitarianGround only with its
 * permit, dutchNationalityLoss only for a former Dutch national, levels only for language parts)
 * so that most shaped bodies get past validation into the engine.
 */
function repair(body: unknown): unknown {
  if (!isRecord(body)) return body;
  const out = structuredClone(body);
  if (ordered(out.applicationDate, out.decisionDate))
    [out.applicationDate, out.decisionDate] = [out.decisionDate, out.applicationDate];
  if (out.applicationDate == null) delete out.decisionDate;
  if (out.requestedPermit !== 'non-temporary-humanitarian') delete out.humanitarianGround;
  const applicant = out.applicant;
  if (isRecord(applicant)) {
    if (applicant.dutchNationalityLoss != null) applicant.formerDutchNational = true;
    if (Array.isArray(applicant.residencePeriods))
      for (const period of applicant.residencePeriods)
        if (isRecord(period) && (period.to === period.from || ordered(period.from, period.to)))
          [period.from, period.to] = [
            period.to ?? period.from,
            period.from === period.to ? null : period.from,
          ];
  }
  const integration = out.integration;
  if (isRecord(integration) && Array.isArray(integration.examResults))
    for (const result of integration.examResults)
      if (isRecord(result) && typeof result.component === 'string') {
        if (LEVELLED.has(result.component)) result.level ??= 'A2';
        else delete result.level;
      }
  return out;
}

describe("(a') bodies shaped like the request schema", () => {
  for (const procedure of PROCEDURES) {
    it(
      `POST ${PATHS[procedure]}: near-valid requests are verdicts or problems`,
      async () => {
        const schema = SCHEMAS[procedure];
        let verdicts = 0;
        await fc.assert(
          fc.asyncProperty(shaped(schema), fc.nat(3), lang, async (body, mend, language) => {
            const sent = mend > 0 ? repair(body) : body;
            const res = await postJson(PATHS[procedure], sent, language);
            if (verdictOrProblem(res, PATHS[procedure]) === 200) verdicts++;
          }),
          { numRuns: 1500 },
        );
        // Not vacuous: a good share of the bodies reach the engine.
        expect(verdicts).toBeGreaterThan(1500 / 5);
      },
      TIMEOUT,
    );
  }
});

// ---------------------------------------------------------------------------------------------
// (b) Mutations of the valid worked cases: drop a field, retype it, or replace it by any value,
// at any depth, one to three times.
// ---------------------------------------------------------------------------------------------

const CASES: Readonly<Record<Procedure, readonly Json[]>> = {
  residence: loadCases('residence').map((c) => c.request),
  naturalisation: loadCases('naturalisation').map((c) => c.request),
};

/** Every path below the root of a JSON value. */
function pathsOf(value: unknown, prefix: readonly Segment[] = []): Segment[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [Segment, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Json);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

const TYPES = ['string', 'number', 'boolean', 'null', 'array', 'object'] as const;
type JsonType = (typeof TYPES)[number];

/** The value as another JSON type: "5" ↔ 5, true ↔ "true", x → [x], x → {"value": x}, … */
function retype(value: unknown, to: JsonType): unknown {
  switch (to) {
    case 'string':
      return typeof value === 'string' ? `${value}${value}` : (JSON.stringify(value) ?? 'null');
    case 'number': {
      const n = typeof value === 'string' ? Number(value) : Number(Boolean(value));
      return Number.isFinite(n) ? (typeof value === 'number' ? -value - 0.5 : n) : String(value).length;
    }
    case 'boolean':
      return typeof value === 'boolean' ? !value : Boolean(value);
    case 'null':
      return null;
    case 'array':
      return Array.isArray(value) ? [...value, ...value] : [value];
    case 'object':
      return { value };
  }
}

type Mutation =
  | { readonly op: 'drop'; readonly pick: number }
  | { readonly op: 'retype'; readonly pick: number; readonly to: JsonType }
  | { readonly op: 'replace'; readonly pick: number; readonly value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), pick: fc.nat(), to: fc.constantFrom(...TYPES) }),
  fc.record({
    op: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.oneof({ weight: 4, arbitrary: anyJson }, { weight: 1, arbitrary: fc.constant(FUZZ_MARKER) }),
  }),
);

function mutate(request: Json, mutations: readonly Mutation[]): Json {
  const doc = structuredClone(request);
  for (const m of mutations) {
    const paths = pathsOf(doc);
    if (paths.length === 0) break;
    const path = paths[m.pick % paths.length] as Segment[];
    let parent: unknown = doc;
    for (const segment of path.slice(0, -1)) parent = (parent as Record<Segment, unknown>)[segment];
    const key = path[path.length - 1] as Segment;
    const container = parent as Record<Segment, unknown>;
    if (m.op === 'drop') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key];
    } else if (m.op === 'retype') {
      container[key] = retype(container[key], m.to);
    } else {
      container[key] = m.value;
    }
  }
  return doc;
}

describe('(b) mutations of the worked cases', () => {
  for (const procedure of PROCEDURES) {
    it(
      `POST ${PATHS[procedure]}: a mutated case is a verdict or a problem, the same as in a batch`,
      async () => {
        const cases = CASES[procedure];
        expect(cases.length).toBeGreaterThan(0);
        let verdicts = 0;
        const arbitrary = fc.tuple(
          fc.constantFrom(...cases),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          lang,
        );
        await fc.assert(
          fc.asyncProperty(arbitrary, async ([request, mutations, language]) => {
            const input = mutate(request, mutations);
            const single = await postJson(PATHS[procedure], input, language);
            if (verdictOrProblem(single, PATHS[procedure]) === 200) verdicts++;
            // The batch validates and assesses a case the same way (docs/api.md "Batch").
            const batch = await postJson(BATCH, { cases: [{ id: 'm', procedure, input }] }, language);
            verdictOrProblem(batch, BATCH);
            if (batch.status !== 200) {
              // Only a body the JSON parser refuses (a __proto__ key) fails the whole batch.
              expect([single.status, batch.status]).toEqual([400, 400]);
              expect([...paramsOf(batch.body)]).toEqual([...paramsOf(single.body)]);
              return;
            }
            const result = (batch.body as { results: Json[] }).results[0] as Json;
            expect(result.status).toBe(single.status);
            if (single.status === 200)
              expect((result.verdict as Json).outcome).toBe((single.body as Json).outcome);
            else expect([...paramsOf(result.problem)]).toEqual([...paramsOf(single.body)]);
          }),
          { numRuns: 800 },
        );
        expect(verdicts).toBeGreaterThan(800 / 5);
      },
      TIMEOUT,
    );
  }

  it(
    'POST /v1/assess/batch: mutated cases of both procedures, and mutated envelopes',
    async () => {
      const item = fc.tuple(
        fc.constantFrom<Procedure>(...PROCEDURES),
        fc.nat(),
        fc.array(mutation, { minLength: 0, maxLength: 2 }),
      );
      const arbitrary = fc.tuple(
        fc.array(item, { minLength: 1, maxLength: 5 }),
        fc.array(mutation, { minLength: 0, maxLength: 1 }),
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, async ([items, envelopeMutations]) => {
          const cases = items.map(([procedure, pick, mutations], i) => {
            const all = CASES[procedure];
            return { id: `case-${i}`, procedure, input: mutate(all[pick % all.length] as Json, mutations) };
          });
          // An envelope mutation may touch an id, a procedure, an input or the list itself.
          const body = mutate({ cases }, envelopeMutations);
          verdictOrProblem(await postJson(BATCH, body), BATCH);
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT,
  );

  it(
    'the smallest valid bodies stay valid (the property is not vacuous)',
    async () => {
      for (const procedure of PROCEDURES) {
        const res = await postJson(PATHS[procedure], BASE[procedure]);
        expect(res.status).toBe(200);
        verdictOrProblem(res, PATHS[procedure]);
      }
    },
    TIMEOUT,
  );
});
