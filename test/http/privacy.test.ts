import { Writable } from 'node:stream';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/logger.js';
import { testApp } from '../support/app.js';

/** Distinctive values: none may appear in any log line, at any level. */
const MARKERS = ['1977-07-07', 'XK', 'PRIVATE-MARKER-42', 'SECRET-KEY-XYZ', '2019-03-14', '987654321'];

describe('privacy: nothing personal in the logs', () => {
  it('logs no request body, birth date, nationality or other submitted value at LOG_LEVEL=trace', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await testApp({ logger: { ...(loggerOptions('trace') as object), stream } });
    try {
      const residence = {
        requestedPermit: 'permanent-regular',
        applicationDate: '2026-11-28',
        applicant: {
          dateOfBirth: '1977-07-07',
          nationalities: ['XK'],
          residencePeriods: [{ from: '2019-03-14' }],
        },
      };
      await request(app.server).post('/v1/assess/residence').set('X-Request-ID', '987654321').send(residence);
      await request(app.server)
        .post('/v1/assess/residence')
        .set('Authorization', 'Bearer SECRET-KEY-XYZ')
        .send({ ...residence, PRIVATE_MARKER_42: 'PRIVATE-MARKER-42' });
      await request(app.server)
        .post('/v1/assess/residence')
        .set('Content-Type', 'application/json')
        .send('{"x":"PRIVATE-MARKER-42"');
      await request(app.server)
        .post('/v1/assess/naturalisation')
        .send({ applicant: { dateOfBirth: '1977-07-07', nationalities: ['XK'] }, note: 'PRIVATE-MARKER-42' });
      await request(app.server)
        .post('/v1/assess/batch')
        .send({ cases: [{ id: 'c1', procedure: 'residence', input: residence }] });
      await request(app.server).get('/v1/rules?on=1977-07-07');
      // Neither a path that matches no route nor a route parameter is logged as sent.
      await request(app.server).get('/v1/persons/PRIVATE-MARKER-42/1977-07-07');
      await request(app.server).get('/v1/rules/PRIVATE-MARKER-42');
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(log).toContain('"route":"(no route)"');
    expect(log).toContain('"route":"/v1/rules/:ruleId"');
    for (const marker of MARKERS) expect(log, marker).not.toContain(marker);
  });
});
