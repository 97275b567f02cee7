/**
 * Hostile requests at the HTTP level (issue "Hardening", item 1): bodies that are not JSON or not
 * objects, wrong media types, bodies over the limit, unsupported Accept, wrong methods, unknown
 * and malformed paths, hostile query strings and headers, oversize headers. Each answer is the
 * problem docs/api.md "Errors" names, as application/problem+json; never a 5xx, never internals,
 * never the submitted value.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { OPENAPI } from '../support/openapi.js';
import {
  BASE,
  batchOf,
  expectInvalid,
  expectProblem,
  expectSafe,
  MARKER,
  PATHS,
  paramsOf,
  type Reply,
  send,
} from './support.js';

let app: FastifyInstance;
/** The same service with small body limits, for the 413s. */
let small: FastifyInstance;
const SMALL_BODY_LIMIT = 1024;
const SMALL_BATCH_LIMIT = 4096;

beforeAll(async () => {
  app = await testApp();
  small = await testApp({ bodyLimit: SMALL_BODY_LIMIT, batchBodyLimit: SMALL_BATCH_LIMIT });
});
afterAll(async () => {
  await app.close();
  await small.close();
});

const BATCH = '/v1/assess/batch';
const ASSESS: ReadonlyArray<readonly [string, unknown]> = [
  [PATHS.residence, BASE.residence],
  [PATHS.naturalisation, BASE.naturalisation],
  [BATCH, batchOf('residence', BASE.residence)],
  [`${PATHS.residence}/timeline`, BASE.residence],
  [`${PATHS.naturalisation}/timeline`, BASE.naturalisation],
];

/** Every documented operation, with a concrete path and (for POST) a valid body. */
const OPERATIONS: ReadonlyArray<{ method: string; template: string; path: string; body?: unknown }> =
  Object.entries(OPENAPI.paths as Record<string, Record<string, unknown>>).flatMap(([template, ops]) =>
    Object.keys(ops).map((method) => {
      const path = `/v1${template.replace('{ruleId}', 'RES-EX-MINOR')}`;
      const body = ASSESS.find(([p]) => p === path)?.[1];
      return { method: method.toUpperCase(), template, path, ...(body ? { body } : {}) };
    }),
  );

describe('the documented operations (the baseline the hostile variants deviate from)', () => {
  it('are all reachable and answer 200', async () => {
    expect(OPERATIONS.length).toBe(11);
    for (const op of OPERATIONS) {
      const res = await send(app, op.method, op.path, op.body ? { payload: op.body } : {});
      expect(res.status, `${op.method} ${op.path}`).toBe(200);
      expectSafe(res, []);
    }
  });
});

describe('bodies that are not JSON', () => {
  const INVALID = [
    '{',
    '{"requestedPermit":',
    '{"requestedPermit":"permanent-regular",}',
    "{'requestedPermit':'permanent-regular'}",
    '{"requestedPermit":"permanent-regular"} trailing',
    '{"a":NaN}',
    '{"a":Infinity}',
    '{"a":01}',
    '{"a":"\\x41"}',
    '{"a":"tab\there"}',
    `{"${MARKER}"}`,
    `{"requestedPermit":"${MARKER}`,
    '\u0000',
    'undefined',
    '<xml/>',
  ];
  for (const [path, body] of ASSESS) {
    it(`POST ${path}: invalid JSON is a 400 naming the body ("" json)`, async () => {
      for (const text of INVALID) {
        const res = await send(app, 'POST', path, { payload: text });
        const params = expectInvalid(res, [['', 'json']]);
        expect([...params], JSON.stringify(text)).toEqual([['', 'json']]);
      }
    });

    it(`POST ${path}: JSON that is not an object is a 400 naming the body ("" object)`, async () => {
      for (const text of ['[]', '[{}]', '5', '-1', '0', '"text"', `"${MARKER}"`, 'true', 'false', 'null']) {
        const res = await send(app, 'POST', path, { payload: text });
        expectInvalid(res, [['', 'object']]);
      }
    });

    it(`POST ${path}: a leading byte order mark is ignored`, async () => {
      const res = await send(app, 'POST', path, { payload: `\uFEFF${JSON.stringify(body)}` });
      expectSafe(res);
      expect(res.status).toBe(200);
    });

    it(`POST ${path}: an empty body is a 400 naming the body`, async () => {
      for (const text of ['', ' ', '\n\t ']) {
        const res = await send(app, 'POST', path, { payload: text });
        expectInvalid(res, [['', ['required', 'json']]]);
      }
    });
  }
});

describe('media types (415)', () => {
  const WRONG = [
    'text/plain',
    'text/json',
    'text/html',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    'application/problem+json',
    'application/vnd.api+json',
    'application/jsonx',
    'application/json-patch+json',
    `application/${MARKER}`,
    ';;;',
    '',
  ];
  for (const [path, body] of ASSESS) {
    it(`POST ${path}: a wrong Content-Type is a 415`, async () => {
      for (const type of WRONG) {
        const res = await send(app, 'POST', path, {
          payload: JSON.stringify(body),
          headers: { 'content-type': type },
        });
        expectProblem(res, 415, 'unsupportedMediaType');
      }
    });

    it(`POST ${path}: a missing Content-Type is a 415`, async () => {
      const res = await send(app, 'POST', path, { payload: JSON.stringify(body), noContentType: true });
      expectProblem(res, 415, 'unsupportedMediaType');
    });

    it(`POST ${path}: application/json in any spelling is accepted`, async () => {
      for (const type of [
        'application/json; charset=utf-8',
        'APPLICATION/JSON',
        'application/json;charset=UTF-8',
      ]) {
        const res = await send(app, 'POST', path, {
          payload: JSON.stringify(body),
          headers: { 'content-type': type },
        });
        expectSafe(res);
        expect(res.status, type).toBe(200);
      }
    });
  }
});

describe('bodies over the limit (413)', () => {
  const padded = (size: number) => ({ ...BASE.residence, padding: `${MARKER}${'x'.repeat(size)}` });

  for (const path of [PATHS.residence, PATHS.naturalisation]) {
    it(`POST ${path}: a body over bodyLimit is a 413`, async () => {
      const res = await send(small, 'POST', path, { payload: padded(SMALL_BODY_LIMIT + 1) });
      expectProblem(res, 413, 'payloadTooLarge');
    });
  }

  it('POST /v1/assess/batch: a body over batchBodyLimit is a 413; the batch has its own, larger limit', async () => {
    const over = await send(small, 'POST', BATCH, {
      payload: batchOf('residence', padded(SMALL_BATCH_LIMIT)),
    });
    expectProblem(over, 413, 'payloadTooLarge');
    // Over the single limit but under the batch limit, in cases each under the single limit:
    // not a 413 (the padding is an unknown field).
    const input = padded(SMALL_BODY_LIMIT / 2);
    const under = await send(small, 'POST', BATCH, {
      payload: { cases: [0, 1, 2].map((i) => ({ id: `c${i}`, procedure: 'residence', input })) },
    });
    expectSafe(under);
    expect(under.status).toBe(200);
  });

  it('POST /v1/assess/batch: one case over the single-case limit is a 413 naming it (maxBytes), before the rest is read', async () => {
    const cases = [
      { id: 'small', procedure: 'residence', input: BASE.residence },
      { id: 'large', procedure: 'residence', input: padded(SMALL_BODY_LIMIT) },
    ];
    const res = await send(small, 'POST', BATCH, { payload: { cases } });
    const body = expectProblem(res, 413, 'payloadTooLarge');
    expect(body.invalidParams).toEqual([
      {
        name: '/cases/1',
        code: 'maxBytes',
        reason: `The case is larger than ${SMALL_BODY_LIMIT} bytes (the limit of a single assessment).`,
      },
    ]);
  });

  it('a streamed body without Content-Length that grows over the limit is a 413', async () => {
    const chunks = Array.from({ length: 8 }, () => Buffer.from(' '.repeat(SMALL_BODY_LIMIT / 4)));
    const res = await small.inject({
      method: 'POST',
      url: PATHS.residence,
      headers: { 'content-type': 'application/json' },
      payload: Readable.from([Buffer.from(`{"x":"${MARKER}"`), ...chunks, Buffer.from('}')]),
    });
    const reply: Reply = {
      method: 'POST',
      url: PATHS.residence,
      status: res.statusCode,
      headers: res.headers as Record<string, unknown>,
      text: res.body,
      body: JSON.parse(res.body),
    };
    expectProblem(reply, 413, 'payloadTooLarge');
  });
});

describe('unsupported Accept (406)', () => {
  const REFUSED = [
    'text/html',
    'application/xml',
    'image/png',
    'text/*',
    'application/json;q=0',
    'application/json;q=0, application/problem+json;q=0',
    'application/problem+xml',
    `application/${MARKER}`,
    `${'x/y,'.repeat(5000)}application/json`,
  ];
  const ACCEPTED = [
    '*/*',
    'application/*',
    'application/json',
    'application/problem+json',
    'text/html, application/json;q=0.1',
  ];

  it('every operation answers 406 notAcceptable for an Accept that excludes JSON', async () => {
    for (const op of OPERATIONS) {
      for (const accept of REFUSED) {
        const res = await send(app, op.method, op.path, {
          ...(op.body ? { payload: op.body } : {}),
          headers: { accept },
        });
        expectProblem(res, 406, 'notAcceptable');
      }
    }
  });

  it('and answers normally for one that allows JSON', async () => {
    for (const op of OPERATIONS) {
      for (const accept of ACCEPTED) {
        const res = await send(app, op.method, op.path, {
          ...(op.body ? { payload: op.body } : {}),
          headers: { accept },
        });
        expectSafe(res);
        expect(res.status, `${op.method} ${op.path} Accept: ${accept}`).toBe(200);
      }
    }
  });
});

describe('wrong HTTP methods (405 with Allow)', () => {
  const METHODS = [
    'GET',
    'HEAD',
    'POST',
    'PUT',
    'PATCH',
    'DELETE',
    'OPTIONS',
    'TRACE',
    'SEARCH',
    'PROPFIND',
    'LOCK',
    'MKCOL',
    'COPY',
    'MOVE',
  ];
  const paths = [...new Set(OPERATIONS.map((op) => op.path))];

  it('every other method on every path is a 405 that lists the allowed methods', async () => {
    expect(paths.length).toBe(11);
    for (const path of paths) {
      const allowed = new Set(OPERATIONS.filter((op) => op.path === path).map((op) => op.method));
      if (allowed.has('GET')) allowed.add('HEAD');
      const allow = [...allowed].sort().join(', ');
      for (const method of METHODS.filter((m) => !allowed.has(m))) {
        const res = await send(app, method, path);
        expect(res.headers.allow, `${method} ${path}: Allow`).toBe(allow);
        if (method === 'HEAD') {
          expect(res.status, `HEAD ${path}`).toBe(405);
          continue;
        }
        expectProblem(res, 405, 'methodNotAllowed');
      }
    }
  });

  it('a wrong method is a 405 whatever its body (the method is judged before the body)', async () => {
    const cases: ReadonlyArray<
      readonly [
        FastifyInstance,
        string,
        string,
        { payload?: string; headers?: Record<string, string> },
        string,
      ]
    > = [
      [app, 'PUT', PATHS.residence, { payload: '{' }, 'POST'],
      [app, 'PATCH', PATHS.naturalisation, { payload: `{"x":"${MARKER}"` }, 'POST'],
      [app, 'DELETE', BATCH, { payload: '[' }, 'POST'],
      [app, 'POST', '/v1/rules', { payload: '{' }, 'GET, HEAD'],
      [app, 'POST', '/v1/health', { payload: 'not json' }, 'GET, HEAD'],
      [
        small,
        'POST',
        '/v1/examples',
        { payload: JSON.stringify({ x: 'y'.repeat(SMALL_BODY_LIMIT * 2) }) },
        'GET, HEAD',
      ],
      [app, 'QUERY', '/v1/rules', {}, 'GET, HEAD'],
    ];
    const failures: string[] = [];
    for (const [server, method, path, options, allow] of cases) {
      const res = await send(server, method, path, options);
      expectSafe(res);
      if (res.status !== 405 || res.headers.allow !== allow)
        failures.push(
          `${method} ${path} ${JSON.stringify(options.payload ?? '').slice(0, 20)} → ${res.status} ${JSON.stringify((res.body as { code?: string })?.code)} ${JSON.stringify([...paramsOf(res.body)])}`,
        );
    }
    expect(failures).toEqual([]);
  });
});

describe('unknown paths (404)', () => {
  const UNKNOWN = [
    '/',
    '/v1',
    '/v1/',
    '/v2/assess/residence',
    '/v1/assess',
    '/v1/assess/',
    '/v1/assess/residence/',
    '/v1/assess/residence/extra',
    '/v1/assess/Residence',
    '/V1/health',
    '/v1/HEALTH',
    '/v1/health/',
    '/v1/rules/RES-EX-MINOR/extra',
    '/v1/openapi.yaml',
    '/v1/docs',
    '/.env',
    '/v1/assess/batch.json',
    '//v1/health',
    '/v1/assess/residence%00',
    `/v1/${MARKER}`,
  ];

  it('GET and POST on a path that does not exist are a 404 notFound', async () => {
    for (const path of UNKNOWN) {
      for (const method of ['GET', 'POST', 'DELETE']) {
        const res = await send(app, method, path, method === 'POST' ? { payload: {} } : {});
        expectProblem(res, 404, 'notFound');
      }
    }
  });

  it('an unknown rule id is a 404; one that cannot be a rule id is a 400 naming ruleId', async () => {
    expectProblem(await send(app, 'GET', '/v1/rules/RES-NO-SUCH-RULE'), 404, 'notFound');
    expectProblem(await send(app, 'GET', `/v1/rules/${'A'.repeat(64)}`), 404, 'notFound');
    const long = await send(app, 'GET', `/v1/rules/${'A'.repeat(65)}`);
    expectInvalid(long, [['ruleId', ['maxLength', 'pattern']]]);
    for (const id of [
      'res-ex-minor',
      `${MARKER.toLowerCase()}`,
      'RES_EX',
      'RES%20EX',
      '%00',
      '%F0%9F%98%80',
    ]) {
      expectInvalid(await send(app, 'GET', `/v1/rules/${id}`), [['ruleId', 'pattern']]);
    }
  });

  it('an unknown path is a 404 whatever its body', async () => {
    const res = await send(app, 'POST', '/v1/nope', { payload: '{' });
    expectProblem(res, 404, 'notFound');
  });
});

describe('malformed and oversized URLs', () => {
  /** What is wrong with an answer that should be a 400 or 404 problem; empty when nothing is. */
  async function problems(method: string, urls: readonly string[], options = {}): Promise<string[]> {
    const failures: string[] = [];
    for (const url of urls) {
      const res = await send(app, method, url, options);
      try {
        expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
        expect([400, 404]).toContain(res.status);
        expectProblem(res, res.status, res.status === 400 ? 'paramsValidation' : 'notFound');
      } catch (error) {
        const message = (error as Error).message.split('\n')[0];
        failures.push(
          `${method} ${url.slice(0, 40)} → ${res.status} ${res.headers['content-type']} ${res.text.slice(0, 160)} (${message})`,
        );
      }
    }
    return failures;
  }

  it("a path with broken percent-encoding is a 400/404 problem, not Fastify's own error echoing it", async () => {
    expect([
      ...(await problems('POST', [`${PATHS.residence}%ZZ`], { payload: BASE.residence })),
      ...(await problems('GET', ['/v1/rules/%E0%A4%A', `/v1/${MARKER}%`, `/v1/rules/${MARKER}%G0`])),
    ]).toEqual([]);
  });

  it('a rule id longer than the router allows is a 400 (ruleId) or 404 problem, not a bare 414', async () => {
    expect(
      await problems('GET', [`/v1/rules/${'A'.repeat(101)}`, `/v1/rules/${MARKER}${'X'.repeat(100 * 1024)}`]),
    ).toEqual([]);
  });
});

describe('hostile query strings', () => {
  const BIG = `${MARKER}${'x'.repeat(100 * 1024)}`;

  it('GET /v1/rules: wrong, huge, repeated and unknown parameters are 400s naming them', async () => {
    const cases: ReadonlyArray<readonly [string, string, string | readonly string[]]> = [
      [`procedure=${MARKER}`, 'procedure', 'enum'],
      ['procedure=Residence', 'procedure', 'enum'],
      [`procedure=${BIG}`, 'procedure', 'enum'],
      ['procedure=residence&procedure=naturalisation', 'procedure', ['enum', 'string']],
      ['on=2026-02-30', 'on', 'date'],
      ['on=0000-00-00', 'on', 'date'],
      ['on=2026-1-5', 'on', 'date'],
      ['on=%2B002026-01-01', 'on', 'date'],
      ['on=', 'on', 'date'],
      [`on=${BIG}`, 'on', ['date', 'maxLength']],
      [`on=2026-01-01%00${MARKER}`, 'on', ['date', 'maxLength']],
      ['on=%ZZ', 'on', 'date'],
      [`x=${MARKER}`, 'x', 'unknownParam'],
      ['__proto__=x', '__proto__', 'unknownParam'],
      ['constructor=x', 'constructor', 'unknownParam'],
    ];
    for (const [query, name, codes] of cases) {
      const res = await send(app, 'GET', `/v1/rules?${query}`);
      expectInvalid(res, [[name, codes]]);
    }
  });

  it('GET /v1/rules: year 0000 is not a calendar date: a 400 naming on, never a 500', async () => {
    for (const on of ['0000-01-01', '0000-02-29']) {
      expectInvalid(await send(app, 'GET', `/v1/rules?on=${on}`), [['on', 'date']], []);
    }
  });

  it('GET /v1/examples: a wrong procedure is a 400 naming it', async () => {
    expectInvalid(await send(app, 'GET', `/v1/examples?procedure=${MARKER}`), [['procedure', 'enum']]);
    expectInvalid(await send(app, 'GET', `/v1/examples?procedure=${BIG}`), [['procedure', 'enum']]);
    expectInvalid(await send(app, 'GET', `/v1/examples?${MARKER}=1`), [[MARKER, 'unknownParam']], []);
  });

  it('query parameters on the assess endpoints do not break them', async () => {
    const res = await send(app, 'POST', `${PATHS.residence}?x=${MARKER}&__proto__[polluted]=1`, {
      payload: BASE.residence,
    });
    expectSafe(res);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile request headers', () => {
  it('an X-Request-ID that is not safe to echo is replaced, never echoed', async () => {
    for (const id of [
      `${MARKER} x`,
      `${MARKER}${'x'.repeat(64)}`,
      `${MARKER};x`,
      `${MARKER}${'y'.repeat(100 * 1024)}`,
    ]) {
      const res = await send(app, 'POST', PATHS.residence, {
        payload: BASE.residence,
        headers: { 'x-request-id': id },
      });
      expectSafe(res);
      expect(String(res.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('an invalid traceparent is not propagated', async () => {
    for (const traceparent of [
      `00-${MARKER}`,
      `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01${MARKER}`,
      `00-${'0'.repeat(32)}-${'b'.repeat(16)}-01`,
      `00-${'a'.repeat(32)}-${'0'.repeat(16)}-01`,
      `ff-${'a'.repeat(32)}-${'b'.repeat(16)}-01`,
    ]) {
      const res = await send(app, 'GET', '/v1/health', { headers: { traceparent } });
      expectSafe(res);
      expect(res.headers.traceparent).toBeUndefined();
    }
  });

  it('a hostile Accept-Language falls back to English', async () => {
    for (const value of [
      `${MARKER}`,
      'x-y;q=0.5,'.repeat(20000),
      'nl;q=abc',
      'nl;q=-1',
      'nl;q=1e999',
      '*;q=0, nl;q=0',
      ',,,,;;;;',
    ]) {
      const res = await send(app, 'POST', PATHS.residence, {
        payload: BASE.residence,
        headers: { 'accept-language': value },
      });
      expectSafe(res);
      expect(res.status).toBe(200);
      expect(['en', 'nl']).toContain(res.headers['content-language']);
    }
  });

  it('junk authentication headers are ignored when no API keys are configured', async () => {
    const res = await send(app, 'POST', PATHS.residence, {
      payload: BASE.residence,
      headers: { authorization: `Bearer ${MARKER}`, 'x-api-key': MARKER },
    });
    expectSafe(res);
    expect(res.status).toBe(200);
  });

  it('a Content-Type with a huge parameter list is a 4xx problem, or accepted as JSON', async () => {
    const res = await send(app, 'POST', PATHS.residence, {
      payload: BASE.residence,
      headers: { 'content-type': `application/json; ${'a=b; '.repeat(5000)}x=${MARKER}` },
    });
    expectSafe(res);
    if (res.status !== 200)
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  });
});

describe('oversize headers and unparseable requests (over real HTTP)', () => {
  let port = 0;
  beforeAll(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });

  function raw(method: string, path: string, headers: Record<string, string>): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = undefined;
          }
          resolve({ method, url: path, status: res.statusCode ?? 0, headers: res.headers, text, body });
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('headers over the server limit are a 431 problem', async () => {
    const res = await raw('GET', '/v1/health', { 'x-padding': `${MARKER}${'x'.repeat(20 * 1024)}` });
    expect(res.status).toBe(431);
    expect(String(res.headers['content-type']), res.text).toMatch(/^application\/problem\+json/);
    expectProblem(res, 431, undefined);
  });

  it('a request line the parser refuses (an unknown method) is a 4xx problem', async () => {
    const res = await raw('HOSTILE', '/v1/health', {});
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(String(res.headers['content-type']), res.text).toMatch(/^application\/problem\+json/);
    expectSafe(res);
  });
});
