import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('has safe defaults: a first run listens on the loopback interface only', () => {
    expect(loadConfig({})).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 8080,
      LOG_LEVEL: 'info',
      BODY_LIMIT: 262144,
    });
  });

  it('reads and converts values', () => {
    expect(loadConfig({ PORT: '9000', LOG_LEVEL: 'debug', BODY_LIMIT: '4096' })).toMatchObject({
      PORT: 9000,
      LOG_LEVEL: 'debug',
      BODY_LIMIT: 4096,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['BODY_LIMIT', '10'],
    ['CLOSE_GRACE_MS', '-1'],
  ])('stops on a bad %s with a one-line message naming it', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
  });
});

describe('the README', () => {
  it('documents every configuration variable', async () => {
    const { readFileSync } = await import('node:fs');
    const { CONFIG_SCHEMA } = await import('../../src/config.js');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const documented = new Set([...readme.matchAll(/^\| `([A-Z_0-9]+)` +\|/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual(Object.keys(CONFIG_SCHEMA.properties).sort());
  });

  it('gives each variable the default the schema gives it', async () => {
    const { readFileSync } = await import('node:fs');
    const { DEFAULTS } = await import('../../src/config.js');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z_0-9]+)` +\| ([^|]+?) +\|/gm)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, name, shown] of rows) {
      const value = DEFAULTS[name as keyof typeof DEFAULTS];
      expect(shown, name).toBe(value === '' ? 'empty' : `\`${value}\``);
    }
  });
});
