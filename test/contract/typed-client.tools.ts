import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The README's typed client, compiled (tsc --noEmit, strict) against types that openapi-typescript
 * makes of the committed document, so that neither the snippet nor the document's types can rot.
 * The files go to a folder under node_modules, where `openapi-fetch` resolves.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const dir = mkdtempSync(join(ROOT, 'node_modules', '.typed-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first ```ts block after the README heading "A typed client in ten lines". */
function snippet(): string {
  const section = README.slice(README.indexOf('### A typed client in ten lines'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('no ts block under "A typed client in ten lines"');
  return match[1];
}

/** A misuse the generated types must refuse: a residence case in a batch with a permit that does not exist. */
const MISUSE = `import createClient from 'openapi-fetch';
import type { paths } from './inburgering.js';
const api = createClient<paths>({ baseUrl: 'http://127.0.0.1:8080/v1' });
await api.POST('/assess/batch', {
  body: { cases: [{ id: 'zaak/2026/001', procedure: 'residence', input: { requestedPermit: 'permanent' } }] },
});
`;

function tsc(file: string) {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '--ignoreConfig',
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      file,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the README's typed client (openapi-typescript + openapi-fetch)", () => {
  it('is at most ten lines and compiles against the committed document', async () => {
    const document = JSON.parse(readFileSync(join(ROOT, 'openapi/openapi.json'), 'utf8'));
    writeFileSync(join(dir, 'inburgering.ts'), astToString(await openapiTS(document)));
    const code = snippet();
    expect(code.trim().split('\n').length).toBeLessThanOrEqual(10);
    writeFileSync(join(dir, 'client.ts'), code);
    expect(tsc('client.ts')).toEqual({ code: 0, output: '' });
  }, 120000);

  it('types a batch input by its procedure: a permit that does not exist does not compile', () => {
    writeFileSync(join(dir, 'misuse.ts'), MISUSE);
    const { code, output } = tsc('misuse.ts');
    expect(code).not.toBe(0);
    expect(output).toMatch(/misuse\.ts\(5,.*"permanent"/);
  }, 120000);
});
