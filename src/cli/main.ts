#!/usr/bin/env node
import { run } from './assess.js';

/** The `inburgering-assess` command (package.json bin): exit 3 when it could not run at all (an I/O error). */
run(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 3;
  },
);
