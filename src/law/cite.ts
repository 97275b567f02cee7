import { type Article, article } from './articles.js';

export interface LawCitation {
  readonly kind: 'law';
  readonly title: string;
  readonly article: string;
  readonly paragraph?: string;
  readonly point?: string;
  readonly versionDate: string;
  readonly url: string;
  readonly juriconnect: string;
  /** The quoted paragraph and point with the paragraph's lead-in; absent when the text is not stored. */
  readonly text?: string;
  readonly olderText?: true;
  readonly laterText?: true;
}

export interface GuidanceCitation {
  readonly kind: 'guidance';
  readonly title: string;
  readonly passage: string;
  readonly url: string;
  /** The language of the quoted page: a Dutch verdict quotes the Dutch page where it has the passage. */
  readonly lang: 'en' | 'nl';
}

export interface SourceCitation {
  readonly kind: 'policy' | 'case-law';
  readonly title: string;
  readonly url?: string;
  readonly passage?: string;
  readonly ecli?: string;
}

export type Citation = LawCitation | GuidanceCitation | SourceCitation;

export interface Pinpoint {
  readonly paragraph?: string;
  readonly point?: string;
  /** A sub-item of the point ('1°'); the quote is then the lead-in, the point's first line and that item. */
  readonly item?: string;
  /** Which of two leden with the same number (one stored source numbers two leden 5). */
  readonly occurrence?: number;
}

/** A citation of a stored article, quoting exactly the part it rests on. Built once, frozen. */
export function cite(articleId: string, at: Pinpoint = {}): LawCitation {
  const source = article(articleId);
  return Object.freeze({
    kind: 'law',
    title: source.law,
    article: source.article,
    ...(at.paragraph ? { paragraph: at.paragraph } : {}),
    ...(at.point ? { point: at.item ? `${at.point}, ${at.item}` : at.point } : {}),
    versionDate: source.versionDate,
    url: source.url,
    juriconnect: juriconnectOf(source.bwbId, source.article, at, source.versionDate),
    text: excerpt(source, at),
    ...(source.olderVersion ? { olderText: true as const } : {}),
  });
}

/** A law reference whose text is not stored (e.g. an amendment): article and url, no quote. */
export function citeUnstored(fields: {
  title: string;
  bwbId: string;
  article: string;
  versionDate: string;
  paragraph?: string;
  point?: string;
}): LawCitation {
  const { title, bwbId, versionDate, paragraph, point } = fields;
  return Object.freeze({
    kind: 'law',
    title,
    article: fields.article,
    ...(paragraph ? { paragraph } : {}),
    ...(point ? { point } : {}),
    versionDate,
    url: `https://wetten.overheid.nl/${bwbId}/${versionDate}`,
    juriconnect: juriconnectOf(bwbId, fields.article, { paragraph, point }, versionDate),
  });
}

function juriconnectOf(bwbId: string, articleNo: string, at: Pinpoint, versionDate: string): string {
  const lid = at.paragraph ? `&lid=${at.paragraph}` : '';
  const onderdeel = at.point ? `&onderdeel=${at.point}` : '';
  return `jci1.3:c:${bwbId}&artikel=${articleNo}${lid}${onderdeel}&z=${versionDate}&g=${versionDate}`;
}

export function excerpt(source: Article, at: Pinpoint): string {
  if (!at.paragraph && !at.point) return source.text;
  // An article without numbered leden has one paragraph labelled ''.
  const matches = source.paragraphs.filter((p) => p.label === (at.paragraph ?? ''));
  const paragraph = matches[at.occurrence ?? 0];
  if (!paragraph) throw new RangeError(`${source.id} has no paragraph ${at.paragraph}`);
  if (!at.point) {
    return [paragraph.lead, ...paragraph.points.flatMap((p) => p.lines), ...paragraph.tail].join('\n');
  }
  const point = paragraph.points.find((p) => p.label === at.point);
  if (!point) throw new RangeError(`${source.id} paragraph ${at.paragraph} has no point ${at.point}`);
  if (!at.item) return [paragraph.lead, ...point.lines].join('\n');
  const item = point.lines.find((line) => line.startsWith(at.item as string));
  if (!item) throw new RangeError(`${source.id} ${at.paragraph}(${at.point}) has no item ${at.item}`);
  return [paragraph.lead, point.lines[0] as string, item].join('\n');
}

/** The same citation marked as a text dated after the application date. */
export function markLater(citation: LawCitation): LawCitation {
  return Object.freeze({ ...citation, laterText: true });
}
