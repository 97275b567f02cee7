import Tokenizer from '@streamparser/json/tokenizer.js';
import TokenType from '@streamparser/json/utils/types/tokenType.js';
import type { InvalidParam } from '../validation/index.js';

/**
 * How deep a body may nest: the deepest request (a batch case's residence period or diploma
 * level) is 7 levels; 32 leaves room and stops a body of millions of nested arrays at its 33rd
 * bracket, before it costs time or memory. Part of the contract (the OpenAPI description).
 */
export const MAX_DEPTH = 32;

export interface GuardLimits {
  readonly maxDepth: number;
  /** The items of the array at this pointer (a batch's `/cases`) may each be at most `maxBytes`. */
  readonly items?: { readonly pointer: string; readonly maxBytes: number };
}

/** A body refused while it streams in: 400 naming the pointer, or 413 for a case over its limit. */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly param: InvalidParam,
  ) {
    super(param.code);
  }
}

interface Frame {
  readonly array: boolean;
  /** The key or index under which the next value of this container sits. */
  segment: string | number;
  /** Keys seen so far (objects): a second one is refused, never "the last one wins". */
  readonly keys?: Set<string>;
  expectKey: boolean;
  /** The byte offset where an item of the limited array began. */
  readonly itemStart?: number;
}

const escapeSegment = (s: string | number) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');

/** A JSON number that a double cannot hold as written: 1e-400 (read as 0) or 1e400 (Infinity). */
function unrepresentable(text: string, value: number): boolean {
  if (!Number.isFinite(value)) return true;
  return value === 0 && /[1-9]/.test(text.split(/[eE]/)[0] ?? '');
}

class NumberCheckingTokenizer extends Tokenizer {
  lastNumberBad = false;
  protected override parseNumber(text: string): number {
    const value = Number(text);
    this.lastNumberBad = unrepresentable(text, value);
    return value;
  }
}

/**
 * Watches a JSON body token by token as it arrives (the tokenizer is @streamparser/json's), and
 * refuses at once what JSON.parse would accept but a legal answer must not: nesting deeper than
 * the limit, a key twice in one object, a number a double cannot hold, `__proto__` or
 * `constructor.prototype`, and an item of the limited array larger than its limit. It only
 * checks; the body is parsed by JSON.parse once it is complete and checked.
 */
export class JsonGuard {
  private readonly tokenizer = new NumberCheckingTokenizer();
  private readonly stack: Frame[] = [];
  private refused: BodyRefused | undefined;
  private bytes = 0;

  constructor(private readonly limits: GuardLimits) {
    this.tokenizer.onToken = ({ token, value, offset }) => {
      if (!this.refused) this.refused = this.check(token, value, offset);
    };
    // Syntax errors are JSON.parse's to report, with the body complete; this guard only stops.
    this.tokenizer.onError = () => {};
  }

  /** Feeds the next chunk; throws BodyRefused as soon as the body breaks a rule. */
  write(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (!this.tokenizer.isEnded) this.tokenizer.write(chunk);
    const item = this.openItem();
    if (!this.refused && item?.itemStart !== undefined && this.limits.items) {
      if (this.bytes - item.itemStart > this.limits.items.maxBytes) this.refused = this.itemTooLarge();
    }
    if (this.refused) throw this.refused;
  }

  /** The pointer of the value being read (`frames`: how many open containers to go through). */
  private pointer(frames = this.stack.length): string {
    return this.stack
      .slice(0, frames)
      .map((f) => `/${escapeSegment(f.segment)}`)
      .join('');
  }

  /** How many containers enclose an item of the limited array (`/cases`: the root and the array). */
  private itemDepth(): number {
    return this.limits.items ? this.limits.items.pointer.split('/').length : -1;
  }

  /** The open item of the limited array, if the body is inside one. */
  private openItem(): Frame | undefined {
    return this.limits.items ? this.stack[this.itemDepth()] : undefined;
  }

  private itemTooLarge(): BodyRefused {
    const maxBytes = this.limits.items?.maxBytes ?? 0;
    return new BodyRefused(413, { name: this.pointer(this.itemDepth()), code: 'maxBytes', limit: maxBytes });
  }

  private check(token: TokenType, value: unknown, offset: number): BodyRefused | undefined {
    const top = this.stack.at(-1);
    switch (token) {
      case TokenType.LEFT_BRACE:
      case TokenType.LEFT_BRACKET: {
        if (this.stack.length >= this.limits.maxDepth) {
          return new BodyRefused(400, {
            name: this.pointer(),
            code: 'maxDepth',
            limit: this.limits.maxDepth,
          });
        }
        const array = token === TokenType.LEFT_BRACKET;
        const isItem =
          top?.array === true &&
          this.stack.length === this.itemDepth() &&
          this.pointer(this.stack.length - 1) === this.limits.items?.pointer;
        this.stack.push({
          array,
          segment: array ? 0 : '',
          expectKey: !array,
          ...(array ? {} : { keys: new Set<string>() }),
          ...(isItem ? { itemStart: offset } : {}),
        });
        return undefined;
      }
      case TokenType.RIGHT_BRACE:
      case TokenType.RIGHT_BRACKET: {
        const closed = this.stack.pop();
        if (closed?.itemStart !== undefined && this.limits.items) {
          if (offset + 1 - closed.itemStart > this.limits.items.maxBytes) {
            this.stack.push(closed);
            return this.itemTooLarge();
          }
        }
        return undefined;
      }
      case TokenType.COMMA:
        if (top?.array) top.segment = (top.segment as number) + 1;
        else if (top) top.expectKey = true;
        return undefined;
      case TokenType.STRING:
        if (top && !top.array && top.expectKey) return this.key(top, value as string);
        return undefined;
      case TokenType.NUMBER:
        if (this.tokenizer.lastNumberBad)
          return new BodyRefused(400, { name: this.pointer(), code: 'numberRange' });
        return undefined;
      default:
        return undefined;
    }
  }

  private key(frame: Frame, key: string): BodyRefused | undefined {
    frame.expectKey = false;
    frame.segment = key;
    const parent = this.stack.at(-2);
    const poisoned = key === '__proto__' || (key === 'prototype' && parent?.segment === 'constructor');
    if (poisoned) return new BodyRefused(400, { name: this.pointer(), code: 'unknownParam' });
    if (frame.keys?.has(key)) return new BodyRefused(400, { name: this.pointer(), code: 'duplicateKey' });
    frame.keys?.add(key);
    return undefined;
  }
}
