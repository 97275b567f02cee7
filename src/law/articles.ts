import data from './data/articles.json' with { type: 'json' };

/**
 * The Dutch article texts the rules quote (wetten.overheid.nl consolidations, transcribed from
 * mirrors: see data/README.md). Loaded once, indexed by id, split into paragraphs (leden),
 * points (onderdelen) and sub-items so that a citation can quote just the part it rests on.
 */
export interface Article {
  readonly id: string;
  readonly law: string;
  readonly bwbId: string;
  readonly article: string;
  readonly versionDate: string;
  readonly validTo?: string;
  readonly url: string;
  readonly text: string;
  /** The stored text predates later amendments (the 2014 Regeling naturalisatietoets Nederland). */
  readonly olderVersion: boolean;
  readonly paragraphs: readonly Paragraph[];
}

export interface Paragraph {
  /** Lid number as printed ('1', '2'); '' for an article without numbered leden. */
  readonly label: string;
  readonly lead: string;
  readonly points: readonly Point[];
  /** Lines of the paragraph after its lead that belong to no point. */
  readonly tail: readonly string[];
}

export interface Point {
  readonly label: string; // 'a', 'b', …
  readonly lines: readonly string[]; // the point's own line, then its sub-items and continuation lines
}

interface RawArticle {
  id: string;
  law: string;
  bwbId: string;
  article: string;
  versionDate: string;
  validTo?: string;
  url: string;
  text: string;
  olderVersion?: boolean;
}

const LID = /^(\d+)([a-z]?)\.?\s/;
const POINT = /^([a-z]{1,2})\.\s/;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: {
    label: string;
    lead: string;
    points: { label: string; lines: string[] }[];
    tail: string[];
  }[] = [];
  let lastNumber = 0;
  for (const line of text.split('\n')) {
    const lid = LID.exec(line);
    // Leden are numbered upwards (a repeated number occurs in one source); anything else is text.
    if (lid && Number(lid[1]) >= lastNumber && Number(lid[1]) <= lastNumber + 1) {
      lastNumber = Number(lid[1]);
      paragraphs.push({ label: `${lid[1]}${lid[2]}`, lead: line, points: [], tail: [] });
      continue;
    }
    let current = paragraphs[paragraphs.length - 1];
    if (!current) {
      current = { label: '', lead: line, points: [], tail: [] };
      paragraphs.push(current);
      continue;
    }
    const point = POINT.exec(line);
    if (point) {
      current.points.push({ label: point[1] as string, lines: [line] });
      continue;
    }
    const lastPoint = current.points[current.points.length - 1];
    if (lastPoint) lastPoint.lines.push(line);
    else current.tail.push(line);
  }
  return paragraphs;
}

const byId = new Map<string, Article>();
for (const raw of data as RawArticle[]) {
  byId.set(
    raw.id,
    Object.freeze({
      id: raw.id,
      law: raw.law,
      bwbId: raw.bwbId,
      article: raw.article,
      versionDate: raw.versionDate,
      ...(raw.validTo ? { validTo: raw.validTo } : {}),
      url: raw.url,
      text: raw.text,
      olderVersion: raw.olderVersion === true,
      paragraphs: Object.freeze(splitParagraphs(raw.text)),
    }),
  );
}

export function article(id: string): Article {
  const found = byId.get(id);
  if (!found) throw new RangeError(`no stored article ${id}`);
  return found;
}

export function allArticles(): readonly Article[] {
  return [...byId.values()];
}
