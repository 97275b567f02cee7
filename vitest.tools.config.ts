import { defineConfig } from 'vitest/config';

/**
 * Third-party tools against the real server process (Prism, Dredd) and the README's typed client
 * compiled with tsc: `npm run test:tools`, the last step of `npm test`. One file at a time and
 * after the rest of the suite, so that their processes do not load the machine while timing-
 * sensitive tests run.
 */
export default defineConfig({
  test: { include: ['test/contract/*.tools.ts'], fileParallelism: false, testTimeout: 300000 },
});
