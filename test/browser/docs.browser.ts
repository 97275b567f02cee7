import { existsSync, mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

/**
 * The docs page in a real headless Chromium (Debian's package; .ci/run installs it). This test
 * fails, never skips, when there is no browser: CHROMIUM_PATH, else /usr/bin/chromium.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTEFACTS = new URL('../../test-artifacts/', import.meta.url);

let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH`);
  app = await testApp();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  base = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('loads /docs, lists both assess operations, and a "try it out" on residence returns a verdict', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/docs`);
  await page.waitForSelector('.opblock-summary-path');
  const paths = await page.locator('.opblock-summary-path').allInnerTexts();
  expect(paths.map((p) => p.trim())).toEqual(
    expect.arrayContaining(['/assess/residence', '/assess/naturalisation']),
  );

  const operation = page.locator('#operations-Assessment-assessResidence');
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  const response = operation
    .locator('.responses-wrapper .live-responses-table .response-col_description pre')
    .first();
  await response.waitFor({ timeout: 15000 });
  const text = (await response.textContent()) ?? '';
  expect(text).toContain('"procedure": "residence"');
  expect(text).toContain('"outcome": "exempt"');
  expect(
    await operation.locator('.live-responses-table tr.response .response-col_status').first().textContent(),
  ).toContain('200');

  await response.scrollIntoViewIfNeeded();
  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: new URL('docs-try-it-out.png', ARTEFACTS).pathname, fullPage: false });
}, 60000);
