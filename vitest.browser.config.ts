import { defineConfig } from 'vitest/config';

/** The end-to-end docs test in headless Chromium: `npm run test:browser` (not part of `npm test`). */
export default defineConfig({
  test: { include: ['test/browser/*.browser.ts'], testTimeout: 60000 },
});
