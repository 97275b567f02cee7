import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_SET_VERSION } from '../../src/rules/index.js';
import { outputOf, waitForHealth } from '../support/process.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { child, output: outputOf(child) };
}

describe('the server process', () => {
  it('stops at start-up on a bad configuration value with one line naming the variable', async () => {
    const { child, output } = start({ PORT: 'not-a-port' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    const lines = output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
  }, 20000);

  it('listens on HOST/PORT, answers health, and exits 0 on SIGTERM', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const { child } = start({
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      CLOSE_GRACE_MS: '2000',
    });
    await waitForHealth(port, child);
    const res = await fetch(`http://127.0.0.1:${port}/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', ruleSet: { version: RULE_SET_VERSION } });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  }, 30000);
});
