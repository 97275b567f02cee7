import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/catalogue/examples.js';
import { allArticles } from '../../src/law/articles.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { testApp } from '../support/app.js';
import { conforms } from '../support/http.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

async function get(path: string, headers: Record<string, string> = {}) {
  let req = request(app.server).get(path);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  return conforms('GET', path, await req);
}

describe('GET /v1/rules', () => {
  it('lists every rule the engine runs, with both languages and what is out of scope', async () => {
    const res = await get('/v1/rules');
    expect(res.status).toBe(200);
    expect(res.body.rules.map((r: { id: string }) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
    expect(res.body.rules).toHaveLength(60);
    for (const rule of res.body.rules) {
      expect(rule.title.en).toBeTruthy();
      expect(rule.title.nl).toBeTruthy();
      expect(rule.evidence.nl).toHaveLength(rule.evidence.en.length);
    }
    expect(res.body.outOfScope.en).toMatch(/only the integration requirement/);
  });

  it('quotes whole article texts in law citations', async () => {
    const res = await get('/v1/rules/RES-EX-MINOR');
    const texts = new Set(allArticles().map((a) => a.text));
    const law = res.body.citations.filter((c: { kind: string; text?: string }) => c.kind === 'law' && c.text);
    expect(law.length).toBeGreaterThan(0);
    for (const citation of law) expect(texts.has(citation.text)).toBe(true);
  });

  it('without a date lists every stored wording; with ?on= the one in force that day (R2-8)', async () => {
    const vw21 = (body: { citations: { article?: string; versionDate?: string; text?: string }[] }) =>
      body.citations.filter((c) => c.article === '21');
    const all = vw21((await get('/v1/rules/RES-EX-BORN-OR-RAISED-BEFORE-4')).body);
    const before = vw21((await get('/v1/rules/RES-EX-BORN-OR-RAISED-BEFORE-4?on=2024-07-24')).body);
    const after = vw21(
      (await get('/v1/rules?procedure=residence&on=2024-07-25')).body.rules.find(
        (r: { id: string }) => r.id === 'RES-EX-BORN-OR-RAISED-BEFORE-4',
      ),
    );
    expect(all.map((c) => c.versionDate)).toEqual(['2024-01-01', '2026-09-01']);
    expect(before.map((c) => c.versionDate)).toEqual(['2024-01-01']);
    expect(after.map((c) => c.versionDate)).toEqual(['2024-07-25']);
    expect(before[0]?.text).toBe(all[0]?.text);
    expect(after[0]?.text).toBe(all[1]?.text);
  });

  it('says the Regeling naturalisatietoets is the 2014 text, and marks its citations olderText', async () => {
    const res = await get('/v1/rules');
    expect(res.body.outOfScope.en).toContain(
      'Regeling naturalisatietoets Nederland is quoted in its 2014 text',
    );
    const duo = (await get('/v1/rules/NAT-PX-ONA-DUO')).body;
    const rnn = duo.citations.filter(
      (c: { title: string; text?: string }) => c.title.startsWith('Regeling') && c.text,
    );
    expect(rnn.length).toBeGreaterThan(0);
    for (const c of rnn) expect(c.olderText).toBe(true);
  });

  it('filters by procedure', async () => {
    const res = await get('/v1/rules?procedure=naturalisation');
    expect(res.body.rules).toHaveLength(32);
    expect(res.body.rules.every((r: { id: string }) => r.id.startsWith('NAT-'))).toBe(true);
  });

  it('filters by the date the rules are in force: after 2026-06-12 no asylum rule but the one on its end', async () => {
    const before = await get('/v1/rules?procedure=residence&on=2026-06-11');
    const after = await get('/v1/rules?procedure=residence&on=2026-06-12');
    const asylum = (body: {
      rules: {
        id: string;
        permits: string[];
        permitValidity: { permit: string; validTo: string | null }[];
      }[];
    }) =>
      body.rules
        .filter((r) => r.permitValidity.some((v) => v.permit === 'permanent-asylum' && v.validTo === null))
        .map((r) => r.id);
    expect(asylum(after.body)).toEqual(['RES-REVIEW-ASYLUM-PERMIT-ENDED']);
    expect(before.body.rules).toHaveLength(28);
    expect((await get('/v1/rules?on=2021-12-31')).body.rules).toHaveLength(0);
  });

  it('returns one rule by id, and 404 problem+json for an unknown id', async () => {
    const found = await get('/v1/rules/NAT-PX-ONA-ABROAD');
    expect(found.body).toMatchObject({
      id: 'NAT-PX-ONA-ABROAD',
      effect: 'component-not-required',
      procedure: ['naturalisation'],
    });
    const missing = await get('/v1/rules/RES-EX-NOTHING');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('notFound');
  });

  it('names every invalid query parameter by its name', async () => {
    const res = await get('/v1/rules?procedure=citizenship&on=2026-02-30&sort=id');
    expect(res.status).toBe(400);
    expect(
      res.body.invalidParams.map((p: { name: string; code: string }) => `${p.name} ${p.code}`).sort(),
    ).toEqual(['on date', 'procedure enum', 'sort unknownParam']);
  });
});

describe('GET /v1/examples', () => {
  it('serves exactly the case files the test suite runs', async () => {
    const res = await get('/v1/examples');
    expect(res.body.examples).toEqual([...loadExamples('residence'), ...loadExamples('naturalisation')]);
  });

  it('filters by procedure and points each example at its endpoint', async () => {
    const res = await get('/v1/examples?procedure=naturalisation');
    expect(res.body.examples.length).toBeGreaterThan(0);
    for (const example of res.body.examples) {
      expect(example.procedure).toBe('naturalisation');
      expect(example.path).toBe('/v1/assess/naturalisation');
    }
  });

  it('gives, for each example sent to its endpoint, the expected outcome', async () => {
    const { body } = await get('/v1/examples');
    for (const example of body.examples.filter((_: unknown, i: number) => i % 10 === 0)) {
      const res = await request(app.server).post(example.path).send(example.request);
      expect(res.status).toBe(200);
      expect(res.body.outcome, example.id).toBe(example.expected.outcome);
    }
  });
});
