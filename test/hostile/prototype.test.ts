/**
 * Prototype pollution (issue "Hardening", item 1): `__proto__`, `constructor` and `prototype`
 * keys at several levels of every request body, plain and escaped. Each is refused with a 400
 * problem (or, inside a batch input, the case's own 400), and afterwards Object.prototype is
 * exactly what it was: nothing is polluted, and the service still answers as before.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import {
  BASE,
  expectInvalid,
  expectSafe,
  type Json,
  MARKER,
  PATHS,
  paramsOf,
  type Reply,
  send,
} from './support.js';

let app: FastifyInstance;
const BATCH = '/v1/assess/batch';

type Snapshot = Map<string | symbol, PropertyDescriptor>;
const snapshot = (target: object): Snapshot =>
  new Map(Reflect.ownKeys(target).map((key) => [key, Reflect.getOwnPropertyDescriptor(target, key) ?? {}]));

/** The keys whose descriptor is not identically the same (value, accessors, attributes). */
function changed(before: Snapshot, after: Snapshot): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const fields = ['value', 'get', 'set', 'writable', 'enumerable', 'configurable'] as const;
  return [...keys]
    .filter((key) => {
      const a = before.get(key);
      const b = after.get(key);
      return !a || !b || fields.some((f) => !Object.is(a[f], b[f]));
    })
    .map(String);
}
let objectBefore: Snapshot;
let arrayBefore: Snapshot;
let functionBefore: Snapshot;
let baseline: Record<string, string>;

async function verdictTexts(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const procedure of ['residence', 'naturalisation'] as const) {
    const body = {
      ...BASE[procedure],
      applicant: {
        dateOfBirth: '1990-04-17',
        nationalities: ['MA'],
        residencePeriods: [{ from: '2015-01-01' }],
      },
    };
    const res = await send(app, 'POST', PATHS[procedure], { payload: body });
    expect(res.status).toBe(200);
    out[procedure] = res.text;
  }
  return out;
}

beforeAll(async () => {
  app = await testApp();
  objectBefore = snapshot(Object.prototype);
  arrayBefore = snapshot(Array.prototype);
  functionBefore = snapshot(Function.prototype);
  baseline = await verdictTexts();
});
afterAll(() => app.close());

/** The poisoned members, as JSON text to splice into an object. */
const POISONS: readonly string[] = [
  `"__proto__":{"polluted":"${MARKER}"}`,
  `"__proto__":{"toString":"${MARKER}","hasOwnProperty":null}`,
  '"__proto__":null',
  `"__proto__":["${MARKER}"]`,
  `"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":"${MARKER}"}`,
  `"__pro\\u0074o__":{"polluted":"${MARKER}"}`,
  `"constructor":{"prototype":{"polluted":"${MARKER}"}}`,
  `"constru\\u0063tor":{"prototype":{"polluted":"${MARKER}"}}`,
  `"constructor":{"name":"${MARKER}"}`,
  `"constructor":"${MARKER}"`,
  `"prototype":{"polluted":"${MARKER}"}`,
];

/** Where a poison goes: a body template with {P} for the member, and the pointer of its object. */
const PLACES: ReadonlyArray<readonly [string, string, string]> = [
  [PATHS.residence, '{"requestedPermit":"permanent-regular",{P}}', ''],
  [
    PATHS.residence,
    '{"requestedPermit":"permanent-regular","applicant":{"dateOfBirth":"1990",{P}}}',
    '/applicant',
  ],
  [
    PATHS.residence,
    '{"requestedPermit":"permanent-regular","applicant":{"residencePeriods":[{"from":"2015-01-01",{P}}]}}',
    '/applicant/residencePeriods/0',
  ],
  [
    PATHS.residence,
    '{"requestedPermit":"permanent-regular","integration":{"diplomas":[{"type":"other","levels":{{P}}}]}}',
    '/integration/diplomas/0/levels',
  ],
  [
    PATHS.residence,
    '{"requestedPermit":"permanent-regular","circumstances":{"medicalAdvice":{{P}}}}',
    '/circumstances/medicalAdvice',
  ],
  [PATHS.residence, '{"requestedPermit":"permanent-regular","x":{"y":[{"z":{{P}}}]}}', '/x'],
  [PATHS.naturalisation, '{{P}}', ''],
  [
    PATHS.naturalisation,
    '{"integration":{"examResults":[{"exam":"wi2013","component":"knm",{P}}]}}',
    '/integration/examResults/0',
  ],
  [
    BATCH,
    '{"cases":[{"id":"a","procedure":"residence","input":{"requestedPermit":"permanent-regular"}}],{P}}',
    '',
  ],
  [BATCH, '{"cases":[{"id":"a","procedure":"residence","input":{},{P}}]}', '/cases/0'],
  [
    BATCH,
    '{"cases":[{"id":"a","procedure":"residence","input":{"requestedPermit":"permanent-regular",{P}}}]}',
    'input:',
  ],
  [
    BATCH,
    '{"cases":[{"id":"a","procedure":"naturalisation","input":{"applicant":{{P}}}}]}',
    'input:/applicant',
  ],
];

/**
 * Refused: a 400 problem for the whole body (the JSON parser refuses `__proto__` and
 * `constructor.prototype`: "" json; the validator any other key: unknownParam), or for a batch
 * input the case's own 400.
 */
function expectRefused(res: Reply, path: string, at: string): void {
  if (path === BATCH && res.status === 200) {
    expectSafe(res);
    const results = (res.body as { results: Json[] }).results;
    expect(results.map((r) => r.status)).toEqual([400]);
    const params = paramsOf(results[0]?.problem);
    expect(
      [...params.keys()].some((name) => name.startsWith(at.replace(/^input:/, ''))),
      at,
    ).toBe(true);
    return;
  }
  const params = expectInvalid(res, []);
  const names = [...params.keys()];
  expect(
    names.includes('') ||
      names.some((name) => name.startsWith(at.replace(/^input:/, path === BATCH ? '/cases/0/input' : ''))),
    `${res.url} ${at}: ${names}`,
  ).toBe(true);
}

describe('__proto__, constructor and prototype keys', () => {
  for (const [path, template, at] of PLACES) {
    it(`POST ${path}: at ${at || 'the root'} they are refused`, async () => {
      for (const poison of POISONS) {
        const res = await send(app, 'POST', path, { payload: template.replace('{P}', poison) });
        expectRefused(res, path, at);
      }
    });
  }

  it('as keys of a query string they are 400 unknownParam', async () => {
    for (const query of [
      `__proto__[polluted]=${MARKER}`,
      `constructor[prototype][polluted]=${MARKER}`,
      `__proto__=${MARKER}`,
    ]) {
      const res = await send(app, 'GET', `/v1/rules?${query}`);
      expectInvalid(res, []);
    }
  });

  it('in a header they are ignored', async () => {
    const res = await send(app, 'POST', PATHS.residence, {
      payload: BASE.residence,
      headers: {
        ['__proto__']: MARKER,
        'x-request-id': '__proto__',
        'accept-language': '__proto__, constructor',
      },
    });
    expectSafe(res);
    expect(res.status).toBe(200);
  });
});

describe('after all of that', () => {
  it('nothing is polluted', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
    expect({}.constructor).toBe(Object);
    expect(changed(objectBefore, snapshot(Object.prototype))).toEqual([]);
    expect(changed(arrayBefore, snapshot(Array.prototype))).toEqual([]);
    expect(changed(functionBefore, snapshot(Function.prototype))).toEqual([]);
  });

  it('the service answers exactly as before', async () => {
    expect(await verdictTexts()).toEqual(baseline);
  });
});
