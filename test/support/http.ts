import type { FastifyInstance } from 'fastify';
import request, { type Response } from 'supertest';
import { expect } from 'vitest';
import { checkResponse } from './openapi.js';

/** Asserts that a response matches the OpenAPI document, and hands it back. */
export function conforms(method: string, path: string, res: Response): Response {
  expect(checkResponse(method, path, res.status, res.headers, res.body)).toEqual([]);
  return res;
}

/** POSTs a body (a string is sent as it is) with the given headers; the answer must conform. */
export async function postTo(
  app: FastifyInstance,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  let req = request(app.server).post(path);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  const res = await (typeof body === 'string' ? req.send(body) : req.send(body as object));
  return conforms('POST', path, res);
}

/** The headers every JSON answer carries (the ADR headers, no caching, the security headers). */
export function expectJsonAnswerHeaders(res: Response, language: string): void {
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.headers['api-version']).toBe('1.0.0');
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  expect(res.headers['content-language']).toBe(language);
}
