import type { Lang } from '../engine/rule.js';
import { cliText } from '../i18n/cli.js';

/** How often the progress line is rewritten. */
const EVERY_MS = 1000;

/** A progress line on a terminal, rewritten in place: cases so far and cases per second. */
export class Progress {
  private cases = 0;
  private readonly began = performance.now();
  private shownAt = this.began;

  constructor(
    private readonly write: (text: string) => void,
    private readonly lang: Lang,
  ) {}

  count(): void {
    this.cases++;
    const now = performance.now();
    if (now - this.shownAt >= EVERY_MS) {
      this.shownAt = now;
      this.show(now, '\r');
    }
  }

  /** The last line, with the count of cases from the stream's end (the counts line is not a case). */
  end(cases: number): void {
    this.cases = cases;
    this.show(performance.now(), '\r');
    this.write('\n');
  }

  private show(now: number, lead: string): void {
    const rate = Math.round(this.cases / Math.max((now - this.began) / 1000, 0.001));
    this.write(
      `${lead}${this.cases} ${cliText('progress', this.lang)}, ${rate} ${cliText('perSecond', this.lang)}`,
    );
  }
}
