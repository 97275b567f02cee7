import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION } from '../../src/version.js';
import { testApp } from '../support/app.js';
import { OPENAPI, schemaErrors } from '../support/openapi.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

describe('the OpenAPI document', () => {
  it('is the committed openapi/openapi.json (run `npm run generate` after a schema change)', () => {
    expect(JSON.parse(JSON.stringify(app.swagger()))).toEqual(OPENAPI);
  });

  it('is a valid OpenAPI 3.0 document', async () => {
    const result = await new Validator().validate(structuredClone(OPENAPI));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(OPENAPI.openapi).toBe('3.0.3');
  });

  it('is served at /v1/openapi.json, identical to the committed file, to any origin', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.json()).toEqual(OPENAPI);
  });

  it('has an absolute /v1 server (proxies and generated clients resolve it), a semver version equal to API-Version, and a contact', () => {
    expect(OPENAPI.servers.map((s: { url: string }) => s.url)).toEqual(['http://127.0.0.1:8080/v1']);
    expect(OPENAPI.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(OPENAPI.info.version).toBe(API_VERSION);
    expect(OPENAPI.info.contact).toMatchObject({
      name: expect.any(String),
      url: expect.any(String),
      email: expect.any(String),
    });
    expect(OPENAPI.info.description).toMatch(/apply or explain/i);
  });

  const operations = Object.entries(OPENAPI.paths).flatMap(([path, methods]) =>
    Object.entries(
      methods as Record<string, { responses: Record<string, { headers?: object; content?: object }> }>,
    ).map(([method, op]) => ({ path, method, op })),
  );

  it.each(operations)(
    '$method $path documents API-Version on every response and problem+json on every error',
    ({ op }) => {
      for (const [status, response] of Object.entries(op.responses)) {
        expect(response.headers, status).toHaveProperty('API-Version');
        if (Number(status) >= 400)
          expect(Object.keys(response.content ?? {}), status).toEqual(['application/problem+json']);
      }
      expect(op.responses).toHaveProperty('500');
    },
  );

  it('uses kebab-case paths without trailing slashes', () => {
    for (const path of Object.keys(OPENAPI.paths)) {
      expect(path).toMatch(/^(\/[a-z0-9]+(-[a-z0-9]+)*(\.json)?|\/\{[a-zA-Z]+\})+$/);
    }
  });

  it('documents a 400 for every POST', () => {
    for (const { method, op } of operations)
      if (method === 'post') expect(op.responses).toHaveProperty('400');
  });
});

describe('the examples in the OpenAPI document', () => {
  const media = Object.entries(OPENAPI.paths).flatMap(([path, methods]) =>
    Object.entries(
      methods as Record<
        string,
        { requestBody?: { content: object }; responses: Record<string, { content?: object }> }
      >,
    ).flatMap(([method, op]) => [
      ...Object.entries(op.requestBody?.content ?? {}).map(([type, m]) => ({
        where: `${method} ${path} request ${type}`,
        m,
      })),
      ...Object.entries(op.responses).flatMap(([status, r]) =>
        Object.entries(r.content ?? {}).map(([type, m]) => ({
          where: `${method} ${path} ${status} ${type}`,
          m,
        })),
      ),
    ]),
  ) as {
    where: string;
    m: { schema: object; example?: unknown; examples?: Record<string, { value: unknown }> };
  }[];

  it('has an example for every error response', () => {
    const errors = media.filter(({ where }) => / [45]\d\d /.test(where));
    expect(errors.length).toBeGreaterThan(0);
    for (const { where, m } of errors) expect(m.example, where).toBeDefined();
  });

  it.each(media.filter(({ m }) => m.example !== undefined || m.examples !== undefined))(
    'example of $where validates against its schema',
    ({ m }) => {
      const values = m.examples ? Object.values(m.examples).map((e) => e.value) : [m.example];
      for (const value of values) expect(schemaErrors(m.schema, value)).toEqual([]);
    },
  );
});
