/** One line of an NDJSON input, numbered from 1; a line longer than the limit is not kept. */
export type Line =
  | { readonly number: number; readonly text: string }
  | { readonly number: number; readonly tooLong: true };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines, one at a time, holding at most one line (up to `maxBytes`) in
 * memory: a line longer than that is reported as too long and its bytes are skipped up to its
 * newline. Blank lines are skipped but counted, so that numbers are the input's line numbers. A
 * final line without a newline counts as a line. The caller pulls: nothing more is read than it asks.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflowing = false;
  let number = 0;

  function* complete(): Generator<Line> {
    number++;
    if (overflowing) yield { number, tooLong: true };
    else {
      const text = Buffer.concat(pending, pendingBytes).toString('utf8').replace(/\r$/, '');
      if (text.trim() !== '') yield { number, text };
    }
    pending = [];
    pendingBytes = 0;
    overflowing = false;
  }

  function keep(part: Buffer): void {
    if (overflowing) return;
    pendingBytes += part.length;
    if (pendingBytes > maxBytes) {
      overflowing = true;
      pending = [];
      pendingBytes = 0;
    } else pending.push(part);
  }

  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      keep(bytes.subarray(start, end));
      yield* complete();
      start = end + 1;
    }
    if (start < bytes.length) keep(bytes.subarray(start));
  }
  if (pendingBytes > 0 || overflowing) yield* complete();
}
