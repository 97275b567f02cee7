import { defineConfig } from 'vitest/config';

/** The soak (about a minute) runs on its own: `npm run test:soak`, from .ci/run, not in `npm test`. */
export default defineConfig({
  test: { include: ['test/soak/*.soak.ts'], testTimeout: 180000 },
});
