import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { FIXED_CLOCK } from './fixed-clock.js';

/**
 * Writes, for each request in data/examples/, the response the service gives to it (English), as
 * data/examples/<name>.response.json: what an integrator's curl call should get back.
 */
const DIR = fileURLToPath(new URL('../data/examples/', import.meta.url));

export function exampleRequests(): { name: string; path: string; body: string }[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.response.json'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.json$/, ''),
      // <procedure>-<name>.json, and <procedure>-timeline-<name>.json for the timeline endpoint.
      path: `/v1/assess/${file.split('-')[0]}${file.includes('-timeline-') ? '/timeline' : ''}`,
      body: readFileSync(`${DIR}${file}`, 'utf8'),
    }));
}

/** The responses, by example name, as pretty-printed JSON text. */
export async function exampleResponses(): Promise<Record<string, string>> {
  const app = await buildApp({ clock: FIXED_CLOCK });
  try {
    const out: Record<string, string> = {};
    for (const { name, path, body } of exampleRequests()) {
      const res = await app.inject({
        method: 'POST',
        url: path,
        payload: body,
        headers: { 'content-type': 'application/json' },
      });
      out[name] = `${JSON.stringify({ status: res.statusCode, body: res.json() }, null, 2)}\n`;
    }
    return out;
  } finally {
    await app.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, text] of Object.entries(await exampleResponses()))
    writeFileSync(`${DIR}${name}.response.json`, text);
}
