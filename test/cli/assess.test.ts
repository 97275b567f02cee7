import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import abroad from '../../data/examples/naturalisation-abroad.json' with { type: 'json' };
import minor from '../../data/examples/residence-minor.json' with { type: 'json' };
import { FIXED_TODAY } from '../../scripts/fixed-clock.js';
import { run } from '../../src/cli/assess.js';
import { testApp } from '../support/app.js';
import { outputOf } from '../support/process.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The runner as a data team starts it: its own process, stdin to stdout. */
async function runner(args: string[], stdin: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = outputOf(child);
  child.stdin.end(stdin);
  const [code] = await once(child, 'exit');
  return { code, ...output() };
}

const INPUT = [
  JSON.stringify({ id: 'a', procedure: 'residence', input: minor }),
  JSON.stringify({ id: 'b', input: abroad }),
  '',
].join('\n');

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(() => app.close());

describe('the command-line runner', () => {
  it('writes the same lines as POST /v1/assess/bulk, exits 0, and says nothing on stderr when it is not a terminal', async () => {
    const cli = await runner(
      ['assess', '--procedure', 'naturalisation', '--view', 'compact', '--today', FIXED_TODAY],
      INPUT,
    );
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    // The bulk endpoint with every line naming its procedure, as --procedure fills it in.
    const http = await app.inject({
      method: 'POST',
      url: '/v1/assess/bulk?view=compact',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: INPUT.replace('{"id":"b",', '{"id":"b","procedure":"naturalisation",'),
    });
    const withoutInstance = (text: string) => text.replaceAll(/"instance":"[^"]*"/g, '');
    expect(withoutInstance(cli.stdout)).toBe(withoutInstance(http.body));
    expect(cli.stdout.trim().split('\n')).toHaveLength(3);
  }, 30000);

  it('exits 1 when a line is invalid, with the result of that line and of the others', async () => {
    const cli = await runner(['assess', '--today', FIXED_TODAY], `${INPUT}not json\n`);
    expect(cli.code).toBe(1);
    const lines = cli.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.status)).toEqual([200, 400, 400, undefined]);
    expect(lines[1].problem.invalidParams.map((p: { name: string }) => p.name)).toEqual(['/procedure']);
    expect(lines[3].summary.invalid).toBe(2);
  }, 30000);

  it('exits 2 on wrong usage, with the usage on stderr (in Dutch for --lang nl)', async () => {
    const wrong = await runner(['assess', '--view', 'everything'], '');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain('--view everything');
    expect(wrong.stderr).toContain('Usage: inburgering-assess assess');
    const dutch = await runner(['asses', '--lang', 'nl'], '');
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toContain('Gebruik: inburgering-assess assess');
  }, 30000);

  it('shows progress on stderr when stderr is a terminal', async () => {
    const stdout = new PassThrough();
    stdout.resume();
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    let said = '';
    stderr.on('data', (chunk) => {
      said += chunk;
    });
    const code = await run(['assess', '--today', FIXED_TODAY, '--lang', 'nl'], {
      stdin: Readable.from([INPUT.replace('{"id":"b",', '{"id":"b","procedure":"naturalisation",')]),
      stdout,
      stderr,
    });
    expect(code).toBe(0);
    expect(said).toMatch(/\r2 zaken, \d+ per seconde\n$/);
  });
});
