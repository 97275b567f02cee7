import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import abroad from '../../data/examples/naturalisation-abroad.json' with { type: 'json' };
import minor from '../../data/examples/residence-minor.json' with { type: 'json' };
import { testApp } from '../support/app.js';
import { checkResponse } from '../support/openapi.js';

const LINE_LIMIT = 2048;
let app: FastifyInstance;
beforeAll(async () => {
  // No overload 503 on a busy machine: a stream is one long request.
  app = await testApp({ bodyLimit: LINE_LIMIT, protection: { maxEventLoopDelayMs: 0 } });
});
afterAll(() => app.close());

const NDJSON = { 'content-type': 'application/x-ndjson' };

async function bulk(body: string, query = '', headers: Record<string, string> = {}) {
  const res = await app.inject({
    method: 'POST',
    url: `/v1/assess/bulk${query}`,
    headers: { ...NDJSON, ...headers },
    payload: body,
  });
  const lines = res.body
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
  return { res, lines };
}

const line = (id: string, procedure: string, input: object) => JSON.stringify({ id, procedure, input });

describe('POST /v1/assess/bulk', () => {
  it('answers one line per case in input order and ends with the counts', async () => {
    const { res, lines } = await bulk(
      `${line('a', 'residence', minor)}\n${line('b', 'naturalisation', abroad)}\n`,
      '?view=compact',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson');
    expect(lines.map((l) => [l.line, l.id, l.status])).toEqual([
      [1, 'a', 200],
      [2, 'b', 200],
      [undefined, undefined, undefined],
    ]);
    expect(lines[0].verdict).toHaveProperty('sources');
    expect(lines[2]).toEqual({ summary: expect.objectContaining({ invalid: 0, failed: 0 }), cases: 2 });
    expect(lines[2].summary[lines[0].verdict.outcome]).toBeGreaterThan(0);
    expect(lines[2].summary[lines[1].verdict.outcome]).toBeGreaterThan(0);
    for (const l of lines) {
      expect(
        checkResponse(
          'POST',
          '/v1/assess/bulk',
          200,
          { ...res.headers, 'content-type': 'application/x-ndjson' },
          l,
        ),
      ).toEqual([]);
    }
  });

  it('gives a malformed line its own 400 and goes on with the next lines', async () => {
    const { lines } = await bulk(
      [
        line('a', 'residence', minor),
        '{"id":"b","procedure":',
        JSON.stringify({ id: 'c', procedure: 'citizenship', input: {} }),
        '',
        line('d', 'residence', { requestedPermit: 'none' }),
        '{"id":"e","__proto__":{"x":1},"procedure":"residence","input":{}}',
        line('f', 'residence', minor),
      ].join('\r\n'),
    );
    expect(lines.map((l) => [l.line, l.id, l.status])).toEqual([
      [1, 'a', 200],
      [2, undefined, 400],
      [3, 'c', 400],
      [5, 'd', 400],
      [6, undefined, 400],
      [7, 'f', 200],
      [undefined, undefined, undefined],
    ]);
    expect(lines[1].problem.invalidParams).toEqual([expect.objectContaining({ name: '', code: 'json' })]);
    expect(lines[1].problem.instance).toBe('/v1/assess/bulk#line=2');
    expect(lines[2].problem.invalidParams.map((p: { name: string }) => p.name)).toEqual(['/procedure']);
    expect(lines[3].problem.invalidParams.map((p: { name: string }) => p.name)).toContain('/requestedPermit');
    expect(lines[6]).toEqual({ summary: expect.objectContaining({ exempt: 2, invalid: 4 }), cases: 6 });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('answers a line longer than the body limit of one assessment with 413, and goes on', async () => {
    const long = line('big', 'residence', { ...minor, padding: 'x'.repeat(LINE_LIMIT) });
    const { lines } = await bulk(`${long}\n${line('a', 'residence', minor)}`);
    expect(lines.map((l) => [l.line, l.status])).toEqual([
      [1, 413],
      [2, 200],
      [undefined, undefined],
    ]);
    expect(lines[0].problem.code).toBe('payloadTooLarge');
  });

  it('answers an empty body with the counts alone', async () => {
    const { res, lines } = await bulk('');
    expect(res.statusCode).toBe(200);
    expect(lines).toEqual([{ summary: expect.objectContaining({ invalid: 0 }), cases: 0 }]);
  });

  it('takes Accept: application/x-ndjson, and refuses a JSON body with 415', async () => {
    const { res } = await bulk(line('a', 'residence', minor), '', { accept: 'application/x-ndjson' });
    expect(res.statusCode).toBe(200);
    const json = await app.inject({
      method: 'POST',
      url: '/v1/assess/bulk',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(json.statusCode).toBe(415);
    expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses an unknown view with a 400 naming the parameter', async () => {
    const { res } = await bulk(line('a', 'residence', minor), '?view=big');
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['view']);
  });

  it('is never compressed, so that each line reaches the client as it is made', async () => {
    const { res } = await bulk(line('a', 'residence', minor), '', { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
