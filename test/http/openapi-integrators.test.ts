import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTHORITIES, COMPONENT_STATUSES, OUTCOMES } from '../../src/engine/procedure.js';
import { EFFECTS } from '../../src/engine/rule.js';
import { STATUSES } from '../../src/engine/tri.js';
import { INVALID_PARAM_CODES, PROBLEM_STATUS } from '../../src/i18n/problems.js';
import { NEXT_STEP_MEANING } from '../../src/schemas/vocabulary.js';
import { OPENAPI } from '../support/openapi.js';

type Schema = { enum?: unknown[]; description?: string; properties?: Record<string, Schema> };
/** The document is plain JSON (any): the assertions below are its type check. */
const schemas = OPENAPI.components.schemas;
const verdict = schemas.Verdict.properties;
const item = (s: Schema) => (s as { items: Schema }).items;

/** Every value of an enum is named in its description, with a text after it. */
function describesEach(schema: Schema | undefined, values: readonly unknown[]) {
  expect(schema?.enum?.filter((v) => v !== null)).toEqual([...values]);
  for (const value of values)
    expect(schema?.description, String(value)).toMatch(new RegExp(`- \`${value}\`: \\S`));
}

describe('what the verdict and the problem mean, in the document', () => {
  it('describes each outcome with its precedence and requirementApplies', () => {
    describesEach(verdict.outcome, OUTCOMES);
    expect(verdict.outcome?.description).toContain('- `not-applicable`: 1st; requirementApplies false;');
    expect(verdict.outcome?.description).toContain('- `requirement-applies`: 8th; requirementApplies true;');
    expect(verdict.outcome?.description).toContain('- `manual-review`: 5th; requirementApplies null;');
    expect(verdict.requirementApplies?.description).toMatch(/- `null`: not decidable/);
  });

  it('describes each effect, status, component status, authority, next-step code and problem code', () => {
    const ground = item(verdict.grounds as Schema).properties as Record<string, Schema>;
    describesEach(ground.effect, EFFECTS);
    describesEach(ground.status, STATUSES);
    describesEach(
      (item(verdict.components as Schema).properties as Record<string, Schema>).status,
      COMPONENT_STATUSES,
    );
    const step = item(verdict.nextSteps as Schema).properties as Record<string, Schema>;
    describesEach(step.authority, AUTHORITIES);
    describesEach(step.code, Object.keys(NEXT_STEP_MEANING));
    describesEach(schemas.Problem.properties.code, Object.keys(PROBLEM_STATUS));
    describesEach(
      (item(schemas.Problem.properties.invalidParams as Schema).properties as Record<string, Schema>).code,
      INVALID_PARAM_CODES,
    );
  });

  it('lists every next-step code the rules define (src/rules/*/next-steps.ts)', () => {
    const dir = new URL('../../src/rules/', import.meta.url);
    const defined = readdirSync(dir).flatMap((procedure) => {
      const file = new URL(`${procedure}/next-steps.ts`, dir);
      const text = (() => {
        try {
          return readFileSync(file, 'utf8');
        } catch {
          return '';
        }
      })();
      return [...text.matchAll(/step\(\s*'([a-z-]+)'/g)].map((m) => m[1]);
    });
    const shared = readFileSync(new URL('../../src/i18n/next-steps.ts', import.meta.url), 'utf8');
    defined.push(...[...shared.matchAll(/step\(\s*'([a-z-]+)'/g)].map((m) => m[1]));
    expect(defined.length).toBeGreaterThan(10);
    expect([...new Set(defined)].sort()).toEqual(Object.keys(NEXT_STEP_MEANING).sort());
  });
});

describe('what generated clients and contract tools need from the document', () => {
  const operations = Object.values(OPENAPI.paths).flatMap((methods) =>
    Object.values(
      methods as Record<
        string,
        {
          operationId: string;
          security?: unknown[];
          parameters?: { name: string; example?: unknown }[];
          responses: Record<string, { headers?: Record<string, unknown> }>;
        }
      >,
    ),
  );

  it('gives every parameter an example (Dredd builds its requests from them)', () => {
    for (const op of operations)
      for (const parameter of op.parameters ?? [])
        expect(parameter.example, `${op.operationId} ${parameter.name}`).toBeDefined();
  });

  it('declares security: [] on the public operations and optional keys on the others', () => {
    for (const op of operations) {
      if (['getHealth', 'getOpenApi'].includes(op.operationId)) expect(op.security).toEqual([]);
      else expect(op.security).toEqual([{}, { bearerAuth: [] }, { apiKey: [] }]);
    }
  });

  it('documents WWW-Authenticate on 401, Retry-After on 429 and 503, and the rate-limit headers on 429', () => {
    for (const op of operations) {
      const { responses } = op;
      if (responses['401']) expect(Object.keys(responses['401'].headers ?? {})).toContain('WWW-Authenticate');
      if (responses['503']) expect(Object.keys(responses['503'].headers ?? {})).toContain('Retry-After');
      if (responses['429'])
        expect(Object.keys(responses['429'].headers ?? {})).toEqual(
          expect.arrayContaining([
            'Retry-After',
            'X-RateLimit-Limit',
            'X-RateLimit-Remaining',
            'X-RateLimit-Reset',
          ]),
        );
    }
  });

  it('types each batch input by its procedure, and a result status as 200, 400 or 500', () => {
    const cases = schemas.BatchRequest.properties.cases.items;
    expect(
      cases.anyOf.map((c: { properties: { procedure: Schema; input: { $ref: string } } }) => [
        c.properties.procedure.enum,
        c.properties.input.$ref,
      ]),
    ).toEqual([
      [['residence'], '#/components/schemas/ResidenceRequest'],
      [['naturalisation'], '#/components/schemas/NaturalisationRequest'],
    ]);
    const result = schemas.BatchResponse.properties.results.items.properties;
    expect(result.status.enum).toEqual([200, 400, 500]);
  });

  it('has one shared CEFR level component that every level field refers to, and no copy of its values', () => {
    expect(schemas.CefrLevel.enum).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', null]);
    const text = JSON.stringify(OPENAPI);
    // Nine level fields per request shape (residence, naturalisation and their timeline bodies).
    expect((text.split('"$ref":"#/components/schemas/CefrLevel"').length - 1) % 9).toBe(0);
    expect(text.split('"A1","A2","B1","B2","C1","C2"').length - 1).toBe(1);
  });

  it('writes a nullable enum as an enum that lists null, with neither type nor nullable (Prism reads it)', () => {
    const text = JSON.stringify(OPENAPI);
    const nullableEnums = [...text.matchAll(/"enum":\[[^\]]*null\]/g)];
    expect(nullableEnums.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/"enum":\[[^\]]*null\][^{}]*"nullable":true/);
  });
});
