import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequestId } from '../../src/http/request-id.js';
import { type Served, serve } from '../support/process.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the X-Request-ID policy', () => {
  it.each([
    'zaak/2026/001',
    'case-17',
    'case-17:a.b_c',
    'CS/2026/0001/a',
    '3f2504e0-4f89-11d3-9a0c-030512345678',
  ])('keeps %s', (id) => expect(checkRequestId(id)).toBeUndefined());
  it.each(['case 17', 'zaak;1', 'x'.repeat(65), 'é', ''])('replaces %j as invalid', (id) =>
    expect(checkRequestId(id)).toBe('invalid'),
  );
  it.each([
    '1977-07-17',
    'born-17/07/1977',
    'x1977.07.17',
    'bsn-123456789',
    '123456782',
    'a-12345678',
    'anr-1234567890',
  ])('replaces %s as possible personal data', (id) => expect(checkRequestId(id)).toBe('personal-data'));
});

describe('correlation ids against the real process', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve({ LOG_LEVEL: 'info' });
  }, 30000);
  afterAll(() => server.stop());

  const health = (id: string) => fetch(`${server.origin}/v1/health`, { headers: { 'X-Request-ID': id } });

  it('echoes a case-system id such as zaak/2026/001, and logs it, with no replacement header', async () => {
    const res = await health('zaak/2026/001');
    expect(res.headers.get('x-request-id')).toBe('zaak/2026/001');
    expect(res.headers.get('x-request-id-replaced')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.log()).toContain('zaak/2026/001');
  });

  it.each([
    ['1977-07-17', 'personal-data'],
    ['bsn-123456789', 'personal-data'],
    ['case 17', 'invalid'],
  ])('replaces %s by a UUID, says so (%s), and neither echoes nor logs it', async (id, why) => {
    const res = await health(id);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(res.headers.get('x-request-id-replaced')).toBe(why);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.log()).not.toContain(id);
  });
});
