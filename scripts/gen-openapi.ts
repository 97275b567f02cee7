import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.js';
import { FIXED_CLOCK } from './fixed-clock.js';

/** Writes the OpenAPI document generated from the TypeBox schemas to openapi/openapi.json. */
const app = await buildApp({ clock: FIXED_CLOCK });
writeFileSync(
  new URL('../openapi/openapi.json', import.meta.url),
  `${JSON.stringify(app.swagger(), null, 2)}\n`,
);
await app.close();
