import { once } from 'node:events';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import minor from '../../data/examples/residence-minor.json' with { type: 'json' };
import { spawnServer, waitForHealth } from '../support/process.js';
import { RssSampler } from '../support/rss.js';

const SECONDS = 6;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The real process and real sockets: a client that sends cases as fast as the server takes them
 * but reads the (full, 56 KB a case) answers slowly. With backpressure the server reads only as
 * fast as the client reads, so what it accepts and its memory stay small; without, it would make
 * some 20 MB of answers a second and hold them.
 */
describe('the bulk endpoint with a slow reader (spawned server)', () => {
  it('reads no faster than the client reads, and its memory stays flat', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawnServer(port, { MAX_EVENT_LOOP_DELAY_MS: '0' });
    try {
      await waitForHealth(port);
      const sampler = new RssSampler(child.pid as number);
      const block = `${Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `c-${i}`, procedure: 'residence', input: minor })).join('\n')}\n`;
      let sent = 0;
      let received = 0;
      let lastLine = 0;
      let inOrder = true;
      let sending = true;
      let rest = '';
      const req = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/v1/assess/bulk?view=full',
        headers: { 'content-type': 'application/x-ndjson' },
      });
      req.on('error', () => undefined);
      req.on('response', (res) => {
        res.on('error', () => undefined);
        // About 1 MB a second: one 64 KB chunk, then a pause.
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          const lines = (rest + chunk.toString('utf8')).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) {
            const n = JSON.parse(line).line;
            if (n !== lastLine + 1) inOrder = false;
            lastLine = n;
          }
          res.pause();
          setTimeout(() => res.resume(), 60);
        });
      });
      const writer = (async () => {
        while (sending) {
          sent += block.length;
          if (!req.write(block)) await Promise.race([once(req, 'drain'), once(req, 'close')]);
          else await new Promise((r) => setImmediate(r));
        }
      })();
      await pause(1000);
      const startMb = sampler.meanBefore(1, 1);
      const sentAt1s = sent;
      await pause((SECONDS - 1) * 1000);
      sending = false;
      sampler.stop();
      const peakMb = Math.max(...[2, 3, 4, 5, 6].map((s) => sampler.meanBefore(s, 1)));
      req.destroy();
      await writer.catch(() => undefined);

      expect(received).toBeGreaterThan(0);
      expect(inOrder).toBe(true);
      // Offered without limit, taken only as answers are read (plus what the socket buffers hold):
      // after the first second the buffers are full and little more goes in.
      expect(sent).toBeLessThan(16 * 1024 * 1024);
      expect(sent - sentAt1s).toBeLessThan(4 * 1024 * 1024);
      expect(peakMb - startMb).toBeLessThan(40);

      // The stream's end freed its place: another bulk request is served.
      const again = await fetch(`http://127.0.0.1:${port}/v1/assess/bulk?view=summary`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: JSON.stringify({ id: 'x', procedure: 'residence', input: minor }),
      });
      expect(again.status).toBe(200);
      expect((await again.text()).trim().split('\n')).toHaveLength(2);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 60000);
});
