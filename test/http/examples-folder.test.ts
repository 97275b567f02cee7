import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleResponses } from '../../scripts/gen-examples.js';

describe('data/examples/', () => {
  it('holds, for each request, the response the service gives (run `npm run generate` after a change)', async () => {
    const responses = await exampleResponses();
    expect(Object.keys(responses).length).toBeGreaterThanOrEqual(9);
    for (const [name, text] of Object.entries(responses)) {
      expect(
        readFileSync(new URL(`../../data/examples/${name}.response.json`, import.meta.url), 'utf8'),
        name,
      ).toBe(text);
      expect(JSON.parse(text).status, name).toBe(200);
    }
  });
});
