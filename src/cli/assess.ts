import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { bulkResults } from '../bulk/results.js';
import { todayInAmsterdam, WALL_CLOCK } from '../calendar/date.js';
import { DEFAULTS } from '../config.js';
import { LANGUAGES, type Lang, PROCEDURES, type Procedure } from '../engine/rule.js';
import { toJson } from '../http/serialize.js';
import { cliText } from '../i18n/cli.js';
import { VIEWS, type View } from '../views/view.js';
import { Progress } from './progress.js';

/** Exit statuses: documented in the usage text and the README (3: could not run, see main.ts). */
const EXIT = { ok: 0, someInvalid: 1, usage: 2 } as const;

interface Options {
  readonly procedure?: Procedure;
  readonly view: View;
  readonly lang: Lang;
  readonly today: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The language of the messages, read before the options are checked (a usage error is said in it too). */
function messageLanguage(args: readonly string[]): Lang {
  return args.includes('--lang=nl') || args[args.indexOf('--lang') + 1] === 'nl' ? 'nl' : 'en';
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new TypeError(`--${name} ${value}: ${allowed.join(' | ')}`);
}

/** The options, or a TypeError naming the wrong one. */
function options(args: readonly string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      procedure: { type: 'string' },
      view: { type: 'string' },
      lang: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1 || positionals[0] !== 'assess')
    throw new TypeError(positionals.join(' ') || '-');
  if (values.today !== undefined && !DATE.test(values.today)) throw new TypeError(`--today ${values.today}`);
  return {
    procedure: oneOf(values.procedure, PROCEDURES, 'procedure'),
    view: oneOf(values.view, VIEWS, 'view') ?? 'full',
    lang: oneOf(values.lang, LANGUAGES, 'lang') ?? 'en',
    today: values.today ?? todayInAmsterdam(WALL_CLOCK()),
  };
}

/**
 * The command-line runner: stdin to stdout through the same validators, engine and result lines
 * as POST /v1/assess/bulk, without HTTP. Writing waits for stdout (backpressure), so a caseload of
 * any size runs in constant memory. The exit status comes from the counts on the last line.
 */
export async function run(
  args: readonly string[],
  io: { stdin: Readable; stdout: Writable; stderr: Writable & { isTTY?: boolean } },
): Promise<number> {
  const lang = messageLanguage(args);
  let chosen: Options | 'help';
  try {
    chosen = options(args);
  } catch (error) {
    io.stderr.write(
      `${cliText('badOption', lang)}: ${(error as Error).message}\n\n${cliText('usage', lang)}\n`,
    );
    return EXIT.usage;
  }
  if (chosen === 'help') {
    io.stdout.write(`${cliText('usage', lang)}\n`);
    return EXIT.ok;
  }
  const progress = io.stderr.isTTY ? new Progress((text) => io.stderr.write(text), chosen.lang) : undefined;
  let last: Buffer | undefined;
  const results = bulkResults(
    io.stdin,
    { ...chosen, maxLineBytes: DEFAULTS.BODY_LIMIT, instance: 'stdin' },
    (error, index) => io.stderr.write(`case ${index + 1}: ${(error as Error).message}\n`),
    toJson,
  );
  async function* counted() {
    for await (const line of results) {
      progress?.count();
      last = line;
      yield line;
    }
  }
  await pipeline(Readable.from(counted(), { objectMode: false }), io.stdout, { end: false });
  const { summary, cases } = JSON.parse(String(last)) as {
    summary: { invalid: number; failed: number };
    cases: number;
  };
  progress?.end(cases);
  return summary.invalid + summary.failed > 0 ? EXIT.someInvalid : EXIT.ok;
}
