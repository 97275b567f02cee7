import { type Day, day } from '../calendar/date.js';
import storedArticles from './data/articles.json' with { type: 'json' };
import consolidationData from './data/consolidations.json' with { type: 'json' };
import versionData from './data/versions.json' with { type: 'json' };

/**
 * The Dutch article texts the rules quote, every wording in force since the service's first
 * modelled date (wetten.overheid.nl consolidations, transcribed from mirrors: see data/README.md).
 * `versions.json` holds the dated wordings; `articles.json` supplies only the texts that have no
 * dated wordings (the 2014 Regeling naturalisatietoets Nederland). Loaded once, split into
 * paragraphs (leden), points (onderdelen) and sub-items so that a citation quotes just its part.
 */
export interface Article {
  /** The article's key, the same for all its wordings (`vb2000-3.96a`). */
  readonly id: string;
  readonly law: string;
  readonly bwbId: string;
  readonly article: string;
  /** First day this wording is in force (the first consolidation carrying it). */
  readonly validFrom: string;
  /** Last day this wording is in force; absent while it still is. */
  readonly validTo?: string;
  /** The consolidations (ascending) that carry this wording. */
  readonly consolidations: readonly string[];
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

interface RawVersion {
  id: string;
  law: string;
  bwbId: string;
  article: string;
  validFrom: string;
  validTo: string | null;
  consolidations: string[];
  text: string;
}

interface RawArticle {
  id: string;
  law: string;
  bwbId: string;
  article: string;
  versionDate: string;
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

function freeze(fields: Omit<Article, 'paragraphs'>): Article {
  return Object.freeze({ ...fields, paragraphs: Object.freeze(splitParagraphs(fields.text)) });
}

/** Every wording of every article, oldest first per article. */
const byId = new Map<string, Article[]>();
for (const raw of versionData as RawVersion[]) {
  const { validTo, ...rest } = raw;
  const versions = byId.get(raw.id) ?? [];
  versions.push(freeze({ ...rest, ...(validTo ? { validTo } : {}), olderVersion: false }));
  byId.set(raw.id, versions);
}
for (const raw of storedArticles as RawArticle[]) {
  const id = raw.id.replace(/@.*$/, '');
  if (byId.has(id)) continue;
  const { versionDate, olderVersion, ...rest } = raw;
  byId.set(id, [
    freeze({
      ...rest,
      id,
      validFrom: versionDate,
      consolidations: [versionDate],
      olderVersion: olderVersion === true,
    }),
  ]);
}
for (const versions of byId.values()) versions.sort((a, b) => a.validFrom.localeCompare(b.validFrom));

/** Every wording of the article, oldest first; an unknown id is a programming error. */
export function versionsOf(id: string): readonly Article[] {
  const found = byId.get(id);
  if (!found) throw new RangeError(`no stored article ${id}`);
  return found;
}

/** The newest stored wording of the article. */
export function article(id: string): Article {
  return versionsOf(id).at(-1) as Article;
}

/** Every stored wording of every article. */
export function allArticles(): readonly Article[] {
  return [...byId.values()].flat();
}

/** Whether the wording is in force on the day (both ends inclusive). */
export function wordingInForce(version: Article, on: Day): boolean {
  return day(version.validFrom) <= on && (version.validTo === undefined || on <= day(version.validTo));
}

const CONSOLIDATIONS = new Map(
  Object.entries(consolidationData as Record<string, { dates: string[] }>).map(([bwbId, c]) => [
    bwbId,
    c.dates.map((d) => ({ text: d, day: day(d) })),
  ]),
);

/**
 * The consolidation of the law in force on the day: the newest one dated on or before it, but
 * never one older than the wording quoted nor one after the wording ceased (a repealed article).
 */
export function consolidationOn(version: Article, on: Day): string {
  const dates = CONSOLIDATIONS.get(version.bwbId) ?? [];
  let found = version.consolidations[0] as string;
  for (const date of dates) {
    if (date.day > on || (version.validTo !== undefined && date.text > version.validTo)) break;
    if (date.text >= found) found = date.text;
  }
  return found;
}

/** The days on which the law's consolidation changes (the citations' version dates change then). */
export function consolidationDays(bwbId: string): readonly Day[] {
  return (CONSOLIDATIONS.get(bwbId) ?? []).map((c) => c.day);
}
