import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.js';

/** Writes the OpenAPI document generated from the TypeBox schemas to openapi/openapi.json. */
const app = await buildApp();
writeFileSync(
  new URL('../openapi/openapi.json', import.meta.url),
  `${JSON.stringify(app.swagger(), null, 2)}\n`,
);
await app.close();
