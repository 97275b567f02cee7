/**
 * Hostile request bodies (issue "Hardening", item 1): huge lists and strings, deep nesting, odd
 * Unicode in values and keys, impossible dates, numbers as strings, negative and fractional
 * counts, duplicates, unknown fields and wrong enum values at every level. "Every field" is read
 * off the request schemas (src/schemas/*.ts), so a field added later is covered too.
 *
 * Each answer is a 400 paramsValidation problem naming the field (docs/api.md "Errors"), or for a
 * batch case its own 400 inside a 200; never a 5xx, never internals, never the submitted value.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/http/json-guard.js';
import { testApp } from '../support/app.js';
import {
  BASE,
  BATCH_SCHEMA,
  batchOf,
  closedObjects,
  deepArray,
  deepObject,
  expectInvalid,
  expectInvalidCase,
  expectSafe,
  type Field,
  fields,
  isString,
  type Json,
  MARKER,
  minimal,
  PATHS,
  PROCEDURES,
  type Procedure,
  plant,
  pointerOf,
  post,
  type Reply,
  SCHEMAS,
  type SchemaNode,
  send,
} from './support.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

const BATCH = '/v1/assess/batch';
const BIG = `${MARKER}${'x'.repeat(100 * 1024)}`;

/** The fields of each procedure whose schema matches, with a check that there are some. */
function fieldsWhere(procedure: Procedure, predicate: (schema: SchemaNode) => boolean): Field[] {
  const found = fields(SCHEMAS[procedure]).filter((f) => predicate(f.schema));
  expect(found.length, `${procedure}: no field matches`).toBeGreaterThan(0);
  return found;
}

/** Plants `value` at the field of a minimal valid body and posts it, to the endpoint and in a batch. */
async function plantAndPost(
  procedure: Procedure,
  field: Field,
  value: unknown,
  codes: string | readonly string[],
  markers: readonly string[] = [MARKER],
): Promise<void> {
  const body = plant(SCHEMAS[procedure], BASE[procedure], field.segments, value);
  // An exam result of a language part needs a level (a planted item's component is reading).
  const result = (body.integration as { examResults?: Json[] } | undefined)?.examResults?.[0];
  if (result && !('level' in result)) result.level = 'A2';
  expectInvalid(await post(app, PATHS[procedure], body), [[field.pointer, codes]], markers);
  expectInvalidCase(await post(app, BATCH, batchOf(procedure, body)), 0, [[field.pointer, codes]], markers);
}

/**
 * Runs every check of a loop and fails once at the end with the list of what went wrong, so that
 * one bad field does not hide the others.
 */
async function everyOne(checks: ReadonlyArray<readonly [string, () => Promise<void>]>): Promise<void> {
  const failures: string[] = [];
  for (const [label, check] of checks) {
    try {
      await check();
    } catch (error) {
      failures.push(`${label}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  expect(failures).toEqual([]);
}

describe('the schema walk (what "every field" means)', () => {
  it('finds the fields of the request schemas (openapi/openapi.json), at every depth', () => {
    const residence = fields(SCHEMAS.residence).map((f) => f.pointer);
    const naturalisation = fields(SCHEMAS.naturalisation).map((f) => f.pointer);
    expect(residence).toEqual(
      expect.arrayContaining([
        '/requestedPermit',
        '/applicant/familyMembers/0/relationship',
        '/applicant/residencePeriods/0/to',
        '/applicant/dutchNationalityLoss/lossReason',
        '/integration/diplomas/0/levels/speaking',
        '/circumstances/medicalAdvice/issuedOn',
      ]),
    );
    expect(naturalisation).toEqual(
      expect.arrayContaining([
        '/placeOfResidence',
        '/integration/examResults/0/level',
        '/integration/onaExemption',
      ]),
    );
  });

  it('plants a value without making anything else invalid', async () => {
    for (const procedure of PROCEDURES) {
      for (const field of fieldsWhere(procedure, (s) => s.format === 'date')) {
        const body = plant(SCHEMAS[procedure], BASE[procedure], field.segments, '2026-11-28');
        // An exam result of a language part needs a level (a planted item's component is reading).
        const result = (body.integration as { examResults?: Json[] } | undefined)?.examResults?.[0];
        if (result) result.level = 'A2';
        const res = await post(app, PATHS[procedure], body);
        expectSafe(res);
        // A loss of Dutch nationality is only allowed for a former Dutch national.
        if (!field.pointer.startsWith('/applicant/dutchNationalityLoss'))
          expect(res.status, `${procedure} ${field.pointer}: ${res.text.slice(0, 300)}`).toBe(200);
      }
    }
  });
});

describe('huge lists', () => {
  const periods = (n: number) => Array.from({ length: n }, () => ({ from: '2000-01-01' }));

  for (const procedure of PROCEDURES) {
    it(`${procedure}: 10,000 residence periods are a 400 maxItems on /applicant/residencePeriods (answered, not timed)`, async () => {
      const body = { ...BASE[procedure], applicant: { residencePeriods: periods(10_000) } };
      expectInvalid(await post(app, PATHS[procedure], body), [['/applicant/residencePeriods', 'maxItems']]);
      expectInvalidCase(await post(app, BATCH, batchOf(procedure, body)), 0, [
        ['/applicant/residencePeriods', 'maxItems'],
      ]);
    });

    it(`${procedure}: 1,000 residence periods (the maximum) are assessed`, async () => {
      const body = { ...BASE[procedure], applicant: { residencePeriods: periods(1_000) } };
      const res = await post(app, PATHS[procedure], body);
      expectSafe(res);
      expect(res.status).toBe(200);
    });

    it(`${procedure}: every list one over its maxItems is a 400 maxItems naming the list`, async () => {
      await everyOne(
        fieldsWhere(procedure, (s) => s.maxItems !== undefined).map((field) => [
          field.pointer,
          () => {
            const items = Array.from({ length: (field.schema.maxItems ?? 0) + 1 }, (_, i) =>
              minimal(field.schema.items ?? {}, i),
            );
            return plantAndPost(procedure, field, items, 'maxItems');
          },
        ]),
      );
    });
  }

  it('a batch of 1,001 or 10,000 cases is a 400 maxItems on /cases', async () => {
    for (const n of [1_001, 10_000]) {
      const cases = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, procedure: 'residence', input: {} }));
      expectInvalid(await post(app, BATCH, { cases }), [['/cases', 'maxItems']]);
    }
    expectInvalid(await post(app, BATCH, { cases: [] }), [['/cases', 'minItems']]);
  });

  it('20,000 unknown fields are one 400 naming the first 100 of them, not a larger answer than the request', async () => {
    const body: Json = { ...BASE.residence };
    for (let i = 0; i < 20_000; i++) body[`k${i}`] = 0;
    const res = await post(app, PATHS.residence, body);
    const params = expectInvalid(res, [
      ['/k0', 'unknownParam'],
      ['/k99', 'unknownParam'],
    ]);
    expect(params.size).toBe(100);
    expect(res.text.length).toBeLessThan(JSON.stringify(body).length);
  });
});

describe('100 KB strings in every string field', () => {
  const CODES = ['maxLength', 'pattern', 'date', 'enum'] as const;

  for (const procedure of PROCEDURES) {
    it(`${procedure}: each is a 400 (maxLength, pattern, date or enum), never a 5xx`, async () => {
      await everyOne(
        fieldsWhere(procedure, isString).map((field) => [
          field.pointer,
          () => plantAndPost(procedure, field, BIG, CODES),
        ]),
      );
    });
  }

  it('batch: the case id and procedure', async () => {
    expectInvalid(await post(app, BATCH, { cases: [{ id: BIG, procedure: 'residence', input: {} }] }), [
      ['/cases/0/id', ['maxLength', 'pattern']],
    ]);
    expectInvalid(await post(app, BATCH, { cases: [{ id: 'a', procedure: BIG, input: {} }] }), [
      ['/cases/0/procedure', 'enum'],
    ]);
  });

  it('a 100 KB key is a 400 unknownParam, never a 5xx', async () => {
    const res = await post(app, PATHS.residence, {
      ...BASE.residence,
      [`k${'x'.repeat(100 * 1024)}`]: MARKER,
    });
    // The name is cut to 200 characters: a hostile key is not sent back whole.
    expectInvalid(res, [[`/k${'x'.repeat(198)}…`, 'unknownParam']]);
    expect(res.text.length).toBeLessThan(2000);
  });
});

describe('deep nesting (5,000 levels): refused at the 33rd level, before the body is parsed', () => {
  const LEVELS = 5_000;
  const OBJ = deepObject(LEVELS, `"${MARKER}"`);
  const ARR = deepArray(LEVELS, `"${MARKER}"`);
  const R = '"requestedPermit":"permanent-regular"';

  /** One 400 maxDepth naming the pointer where the limit was passed, inside `prefix`. */
  function expectTooDeep(res: Reply, prefix: string): void {
    const params = expectInvalid(res, []);
    expect([...params.values()]).toEqual(['maxDepth']);
    const [name] = [...params.keys()] as [string];
    expect(name.startsWith(prefix), `${name} starts with ${prefix}`).toBe(true);
    expect(name.split('/').length - 1, name).toBe(MAX_DEPTH);
  }

  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['objects in an unknown root field', `{${R},"x":${OBJ}}`, '/x/a'],
    ['arrays in an unknown root field', `{${R},"x":${ARR}}`, '/x/0'],
    ['objects as applicant', `{${R},"applicant":${OBJ}}`, '/applicant/a'],
    [
      'arrays as a nationality',
      `{${R},"applicant":{"nationalities":[${ARR}]}}`,
      '/applicant/nationalities/0/0',
    ],
    [
      'objects as a residence period',
      `{${R},"applicant":{"residencePeriods":[${OBJ}]}}`,
      '/applicant/residencePeriods/0/a',
    ],
    ['objects as requestedPermit', `{"requestedPermit":${OBJ}}`, '/requestedPermit/a'],
  ];

  for (const [what, text, prefix] of cases) {
    it(`residence: ${what} is a 400 maxDepth naming a pointer under ${prefix}`, async () => {
      expectTooDeep(await send(app, 'POST', PATHS.residence, { payload: text }), prefix);
    });
  }

  it('naturalisation: deep nesting in an unknown field and as integration', async () => {
    expectTooDeep(await send(app, 'POST', PATHS.naturalisation, { payload: `{"x":${OBJ}}` }), '/x/a');
    expectTooDeep(
      await send(app, 'POST', PATHS.naturalisation, { payload: `{"integration":${ARR}}` }),
      '/integration/0',
    );
  });

  it('batch: deep nesting as the list, as a case, as an input and inside an input refuses the whole batch', async () => {
    expectTooDeep(await send(app, 'POST', BATCH, { payload: `{"cases":${ARR}}` }), '/cases/0/0');
    expectTooDeep(await send(app, 'POST', BATCH, { payload: `{"cases":[${OBJ}]}` }), '/cases/0/a');
    const input = (json: string) => `{"cases":[{"id":"a","procedure":"residence","input":${json}}]}`;
    expectTooDeep(await send(app, 'POST', BATCH, { payload: input(OBJ) }), '/cases/0/input/a');
    expectTooDeep(
      await send(app, 'POST', BATCH, { payload: input(`{${R},"applicant":${ARR}}`) }),
      '/cases/0/input/applicant/0',
    );
  });

  it(`nesting up to ${MAX_DEPTH} levels is read and judged by the schema as before`, async () => {
    const nested = deepObject(MAX_DEPTH - 1, '1');
    expectInvalid(await send(app, 'POST', PATHS.residence, { payload: `{${R},"x":${nested}}` }), [
      ['/x', 'unknownParam'],
    ]);
  });
});

describe('null bytes and odd Unicode', () => {
  const VALUES = [
    '\u0000',
    `${MARKER}\u0000`,
    `\u0000${MARKER}`,
    `\ud800${MARKER}`,
    `${MARKER}\udfff`,
    `\u202e${MARKER}`,
    `\u200f${MARKER}\u200e`,
    `${MARKER}😀`,
    '😀',
    '\u200b',
    '\ufeff',
    'N\u0000',
    '\ufeff2026-01-01',
    '2026-01-01\u0000',
    '２０２６-０１-０１',
    '٢٠٢٦-٠١-٠١',
    'e\u0301',
  ];
  const CODES = ['maxLength', 'pattern', 'date', 'enum'] as const;

  for (const procedure of PROCEDURES) {
    it(`${procedure}: in every string field they are a 400 naming the field`, async () => {
      await everyOne(
        fieldsWhere(procedure, isString).flatMap((field) =>
          VALUES.map((value) => [
            `${field.pointer} = ${JSON.stringify(value)}`,
            () => plantAndPost(procedure, field, value, CODES),
          ]),
        ),
      );
    });
  }

  const KEYS = [
    '\u0000',
    `k\u0000`,
    '\ud800',
    '\udc00k',
    '\u202ek',
    '\u200f',
    '😀',
    'a/b',
    'm~n',
    '~1',
    '',
    ' ',
    'requestedPermit\u0000',
    'applicant ',
  ];

  for (const procedure of PROCEDURES) {
    it(`${procedure}: as keys in every object they are a 400 unknownParam naming the key (RFC 6901)`, async () => {
      for (const object of closedObjects(SCHEMAS[procedure])) {
        for (const key of KEYS) {
          const at = object.segments.length
            ? plant(SCHEMAS[procedure], BASE[procedure], object.segments, {
                ...(minimal(object.schema) as Json),
                [key]: MARKER,
              })
            : { ...BASE[procedure], [key]: MARKER };
          const pointer = pointerOf([...object.segments, key]);
          expectInvalid(await post(app, PATHS[procedure], at), [[pointer, 'unknownParam']]);
        }
      }
    });
  }

  it('batch: as keys of the envelope, of a case and of an input', async () => {
    for (const key of KEYS) {
      expectInvalid(await post(app, BATCH, { ...batchOf('residence', BASE.residence), [key]: MARKER }), [
        [pointerOf([key]), 'unknownParam'],
      ]);
      const withCaseKey = {
        cases: [{ id: 'a', procedure: 'residence', input: BASE.residence, [key]: MARKER }],
      };
      expectInvalid(await post(app, BATCH, withCaseKey), [[pointerOf(['cases', 0, key]), 'unknownParam']]);
      expectInvalidCase(
        await post(app, BATCH, batchOf('residence', { ...BASE.residence, [key]: MARKER })),
        0,
        [[pointerOf([key]), 'unknownParam']],
      );
    }
  });
});

describe('dates', () => {
  const BAD = [
    '0000-00-00',
    '2026-02-30',
    '+002026-01-01',
    '2026-1-5',
    '2026-13-01',
    '',
    '2026-00-10',
    '2026-12-32',
    '2025-02-29',
    '1900-02-29',
    '-2026-01-01',
    '2026-11-28T00:00:00Z',
    '2026/11/28',
    '28-11-2026',
    '20261128',
    ' 2026-11-28',
    '2026-11-28 ',
    `${MARKER}`,
  ];
  const BAD_BIRTH = [
    '0000',
    '0000-01',
    '2026-00',
    '1990-13',
    '+1990',
    '1990-1',
    '199',
    '-1990',
    '1990-',
    '1990-01-',
  ];

  for (const procedure of PROCEDURES) {
    it(`${procedure}: impossible dates in every date field are a 400 date (or maxLength)`, async () => {
      await everyOne(
        fieldsWhere(procedure, (s) => s.format === 'date' || s.format === 'birth-date').flatMap((field) =>
          [...BAD, ...(field.schema.format === 'birth-date' ? BAD_BIRTH : [])].map((value) => [
            `${field.pointer} = ${JSON.stringify(value)}`,
            () => plantAndPost(procedure, field, value, ['date', 'maxLength']),
          ]),
        ),
      );
    });

    it(`${procedure}: year 0000 is not a calendar date: a 400 date in every date field, never a 500`, async () => {
      // The engine's own date parser (src/calendar/date.ts) rejects year 0, as do the birth dates.
      await everyOne(
        fieldsWhere(procedure, (s) => s.format === 'date' || s.format === 'birth-date').flatMap((field) =>
          ['0000-01-01', '0000-02-29', '0000-12-31'].map((value) => [
            `${field.pointer} = ${JSON.stringify(value)}`,
            () => plantAndPost(procedure, field, value, 'date', []),
          ]),
        ),
      );
    });
  }

  it('the cross-field date rules name the field to correct', async () => {
    const res = await post(app, PATHS.residence, {
      requestedPermit: 'permanent-regular',
      applicationDate: '2021-12-31',
      decisionDate: '0001-01-01',
      applicant: { dateOfBirth: '9999', residencePeriods: [{ from: '2020-01-01', to: '2020-01-01' }] },
    });
    expectInvalid(res, [
      ['/applicationDate', 'outOfRange'],
      ['/decisionDate', 'outOfRange'],
      ['/applicant/dateOfBirth', 'dateOrder'],
      ['/applicant/residencePeriods/0/to', 'dateOrder'],
    ]);
  });

  it('extreme but real dates are assessed, not crashed on', async () => {
    for (const procedure of PROCEDURES) {
      const body = {
        ...BASE[procedure],
        applicationDate: '9999-12-30',
        decisionDate: '9999-12-31',
        applicant: {
          dateOfBirth: '0001-01-01',
          residencePeriods: [{ from: '0001-01-01', to: '9999-12-31' }, { from: '2024-02-29' }],
        },
      };
      const res = await post(app, PATHS[procedure], body);
      expectSafe(res);
      expect(res.status, res.text.slice(0, 300)).toBe(200);
    }
  });
});

describe('numbers', () => {
  it('residence: counts as strings, negative, fractional, huge or of another type are a 400', async () => {
    // Only the residence request has counts; naturalisation has none.
    expect(fields(SCHEMAS.naturalisation).filter((f) => f.schema.type === 'integer')).toEqual([]);
    const checks: [string, () => Promise<void>][] = [];
    {
      const counts = fieldsWhere('residence', (s) => s.type === 'integer');
      for (const field of counts) {
        const max = field.schema.maximum ?? 0;
        const cases: ReadonlyArray<readonly [unknown, string | readonly string[]]> = [
          ['5', 'integer'],
          ['0', 'integer'],
          [`${MARKER}`, 'integer'],
          [-1, 'minimum'],
          [-0.5, ['integer', 'minimum']],
          [2.5, 'integer'],
          [1e-9, 'integer'],
          [max + 1, 'maximum'],
          [Number.MAX_SAFE_INTEGER + 2, 'maximum'],
          [1e308, 'maximum'],
          [true, 'integer'],
          [[5], 'integer'],
          [{ value: 5 }, 'integer'],
        ];
        for (const [value, codes] of cases)
          checks.push([
            `${field.pointer} = ${JSON.stringify(value)}`,
            () => plantAndPost('residence', field, value, codes),
          ]);
      }
    }
    await everyOne(checks);
  });

  it('residence: numbers outside what JSON.parse keeps exactly are still a 400, never a 5xx', async () => {
    for (const literal of ['123456789012345678901234567890', '5e-324', '-0.0000001']) {
      const text = `{"requestedPermit":"permanent-regular","applicant":{"yearsLawfulResidenceBeforeAge19":${literal}}}`;
      expectInvalid(await send(app, 'POST', PATHS.residence, { payload: text }), [
        ['/applicant/yearsLawfulResidenceBeforeAge19', ['integer', 'minimum', 'maximum']],
      ]);
    }
  });

  it('residence: a number a double cannot hold as written (1e-400 would read as 0, 1e400 as Infinity) is a 400 numberRange', async () => {
    for (const literal of ['1e-400', '-1e-400', '0.1e-999', '1e400', '-1e400']) {
      const text = `{"requestedPermit":"permanent-regular","applicant":{"yearsLawfulResidenceBeforeAge19":${literal}}}`;
      const params = expectInvalid(await send(app, 'POST', PATHS.residence, { payload: text }), [
        ['/applicant/yearsLawfulResidenceBeforeAge19', 'numberRange'],
      ]);
      expect(params.size, literal).toBe(1);
    }
  });

  it('residence: 5.0 and -0 are whole numbers, so they are accepted', async () => {
    for (const literal of ['5.0', '-0', '0e0', '1E1']) {
      const text = `{"requestedPermit":"permanent-regular","applicant":{"yearsLawfulResidenceBeforeAge19":${literal}}}`;
      const res = await send(app, 'POST', PATHS.residence, { payload: text });
      expectSafe(res);
      expect(res.status, literal).toBe(200);
    }
  });

  for (const procedure of PROCEDURES) {
    it(`${procedure}: booleans as strings or numbers are a 400 boolean`, async () => {
      await everyOne(
        fieldsWhere(procedure, (s) => s.type === 'boolean').flatMap((field) =>
          ['true', 'false', 1, 0, MARKER, [], {}].map((value) => [
            `${field.pointer} = ${JSON.stringify(value)}`,
            () => plantAndPost(procedure, field, value, 'boolean'),
          ]),
        ),
      );
    });
  }
});

describe('duplicates', () => {
  it('the same nationality twice is a 400 duplicate naming the list, wherever nationalities are', async () => {
    for (const procedure of PROCEDURES) {
      for (const field of fieldsWhere(procedure, (s) => s.uniqueItems === true)) {
        await plantAndPost(procedure, field, ['TR', 'TR'], 'duplicate');
        await plantAndPost(procedure, field, ['MA', 'TR', 'NL', 'TR'], 'duplicate');
      }
    }
    const res = await post(app, PATHS.residence, {
      ...BASE.residence,
      applicant: { nationalities: ['TR', 'tr'] },
    });
    expectInvalid(res, [['/applicant/nationalities/1', 'enum']]);
  });

  it('duplicate residence periods and diplomas are facts, not errors', async () => {
    const res = await post(app, PATHS.residence, {
      ...BASE.residence,
      applicant: { residencePeriods: [{ from: '2020-01-01' }, { from: '2020-01-01' }] },
      integration: { diplomas: [{ type: 'other' }, { type: 'other' }] },
    });
    expectSafe(res);
    expect(res.status).toBe(200);
  });

  it('a case id used twice in a batch is a 400 duplicate on the repeat', async () => {
    const cases = ['a', 'b', 'a', 'a'].map((id) => ({ id, procedure: 'residence', input: BASE.residence }));
    expectInvalid(await post(app, BATCH, { cases }), [
      ['/cases/2/id', 'duplicate'],
      ['/cases/3/id', 'duplicate'],
    ]);
  });

  it('a key given twice in one object is a 400 duplicateKey naming it (an ambiguous body is not guessed at), and neither value is echoed', async () => {
    for (const text of [
      `{"requestedPermit":"${MARKER}","requestedPermit":"permanent-regular"}`,
      `{"requestedPermit":"permanent-regular","applicant":{"dateOfBirth":"2010-04-17","dateOfBirth":"${MARKER}"}}`,
    ]) {
      const params = expectInvalid(await send(app, 'POST', PATHS.residence, { payload: text }), []);
      expect([...params]).toEqual([
        [text.includes('dateOfBirth') ? '/applicant/dateOfBirth' : '/requestedPermit', 'duplicateKey'],
      ]);
    }
    const batch = `{"cases":[{"id":"a","procedure":"residence","input":{}}],"cases":[]}`;
    expect([...expectInvalid(await send(app, 'POST', BATCH, { payload: batch }), []).entries()]).toEqual([
      ['/cases', 'duplicateKey'],
    ]);
    // The same key in two different objects is no duplicate.
    const apart = `{"requestedPermit":"permanent-regular","applicationDate":"2026-11-28","applicant":{"applicationDate":1}}`;
    expectInvalid(await send(app, 'POST', PATHS.residence, { payload: apart }), [
      ['/applicant/applicationDate', 'unknownParam'],
    ]);
  });
});

describe('unknown fields at every level', () => {
  for (const procedure of PROCEDURES) {
    it(`${procedure}: a field outside the contract is a 400 unknownParam in every object, list items included`, async () => {
      const objects = closedObjects(SCHEMAS[procedure]);
      expect(objects.map((o) => o.pointer)).toEqual(
        expect.arrayContaining([
          '',
          '/applicant',
          '/integration',
          '/circumstances',
          '/applicant/residencePeriods/0',
        ]),
      );
      for (const object of objects) {
        const value = { ...(minimal(object.schema) as Json), favouriteColour: MARKER };
        const body = object.segments.length
          ? plant(SCHEMAS[procedure], BASE[procedure], object.segments, value)
          : { ...BASE[procedure], favouriteColour: MARKER };
        const pointer = `${object.pointer}/favouriteColour`;
        expectInvalid(await post(app, PATHS[procedure], body), [[pointer, 'unknownParam']]);
        expectInvalidCase(await post(app, BATCH, batchOf(procedure, body)), 0, [[pointer, 'unknownParam']]);
      }
    });
  }

  it('batch: in the envelope and in a case', async () => {
    const closed = closedObjects(BATCH_SCHEMA).map((o) => o.pointer);
    expect(closed).toEqual(['', '/cases/0']);
    expectInvalid(
      await post(app, BATCH, { ...batchOf('residence', BASE.residence), favouriteColour: MARKER }),
      [['/favouriteColour', 'unknownParam']],
    );
    expectInvalid(
      await post(app, BATCH, {
        cases: [{ id: 'a', procedure: 'residence', input: {}, favouriteColour: MARKER }],
      }),
      [['/cases/0/favouriteColour', 'unknownParam']],
    );
  });

  it('every unknown field is named at once', async () => {
    const res = await post(app, PATHS.residence, {
      ...BASE.residence,
      x1: MARKER,
      applicant: { x2: MARKER, residencePeriods: [{ from: '2020-01-01', x3: MARKER }] },
      integration: { x4: MARKER, diplomas: [{ type: 'other', levels: { x5: MARKER } }] },
      circumstances: { x6: MARKER, medicalAdvice: { x7: MARKER } },
    });
    const params = expectInvalid(res, [
      ['/x1', 'unknownParam'],
      ['/applicant/x2', 'unknownParam'],
      ['/applicant/residencePeriods/0/x3', 'unknownParam'],
      ['/integration/x4', 'unknownParam'],
      ['/integration/diplomas/0/levels/x5', 'unknownParam'],
      ['/circumstances/x6', 'unknownParam'],
      ['/circumstances/medicalAdvice/x7', 'unknownParam'],
    ]);
    expect(params.size).toBe(7);
  });
});

describe('every enum field with a wrong value', () => {
  /** Wrong values close to a right one: another case, padding, a null byte, _ for -, another type. */
  const wrong = (values: readonly unknown[]) => {
    const first = String(values.find((v) => v !== null));
    const near = [
      first.toUpperCase(),
      first.toLowerCase(),
      ` ${first}`,
      `${first}\u0000`,
      first.replace(/-/g, '_'),
    ];
    return [MARKER, ...new Set(near.filter((v) => !values.includes(v))), 0, true];
  };

  for (const procedure of PROCEDURES) {
    it(`${procedure}: each is a 400 enum naming the field`, async () => {
      const enums = fieldsWhere(procedure, (s) => Array.isArray(s.enum));
      expect(enums.length).toBeGreaterThanOrEqual(13);
      await everyOne(
        enums.flatMap((field) =>
          wrong(field.schema.enum ?? []).map((value) => [
            `${field.pointer} = ${JSON.stringify(value)}`,
            () =>
              plantAndPost(procedure, field, value, typeof value === 'string' ? 'enum' : ['enum', 'string']),
          ]),
        ),
      );
    });
  }

  it('batch: the procedure of a case', async () => {
    for (const value of wrong(['residence'])) {
      expectInvalid(await post(app, BATCH, { cases: [{ id: 'a', procedure: value, input: {} }] }), [
        ['/cases/0/procedure', 'enum'],
      ]);
    }
  });
});
