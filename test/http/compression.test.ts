import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import minor from '../../data/examples/residence-minor.json' with { type: 'json' };
import { testApp } from '../support/app.js';

let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await testApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(() => app.close());

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A request over a real socket, the body kept as the bytes sent (no client-side decompression). */
function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const DECOMPRESS: Readonly<Record<string, (b: Buffer) => Buffer>> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
  deflate: inflateSync,
};

const JSON_HEADERS = { 'content-type': 'application/json' };

describe('compression', () => {
  for (const path of ['/v1/assess/residence', '/v1/assess/residence?view=compact']) {
    it(`${path}: br, gzip and deflate each decompress to exactly the uncompressed bytes`, async () => {
      const body = JSON.stringify(minor);
      const plain = await send('POST', path, JSON_HEADERS, body);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      for (const [encoding, decompress] of Object.entries(DECOMPRESS)) {
        const packed = await send('POST', path, { ...JSON_HEADERS, 'accept-encoding': encoding }, body);
        expect(packed.headers['content-encoding'], encoding).toBe(encoding);
        expect(packed.headers.vary, encoding).toMatch(/accept-encoding/i);
        expect(packed.body.length, encoding).toBeLessThan(plain.body.length / 3);
        expect(decompress(packed.body).equals(plain.body), encoding).toBe(true);
      }
    });
  }

  it('prefers br when the client accepts br and gzip', async () => {
    const res = await send(
      'POST',
      '/v1/assess/residence',
      { ...JSON_HEADERS, 'accept-encoding': 'gzip, br' },
      JSON.stringify(minor),
    );
    expect(res.headers['content-encoding']).toBe('br');
  });

  it('compresses the streamed batch answer too', async () => {
    const body = JSON.stringify({ cases: [{ id: 'a', procedure: 'residence', input: minor }] });
    const plain = await send('POST', '/v1/assess/batch', JSON_HEADERS, body);
    const packed = await send(
      'POST',
      '/v1/assess/batch',
      { ...JSON_HEADERS, 'accept-encoding': 'gzip' },
      body,
    );
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(packed.body).equals(plain.body)).toBe(true);
  });

  it('sends small answers as they are (below the threshold)', async () => {
    const res = await send('GET', '/v1/health', { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
