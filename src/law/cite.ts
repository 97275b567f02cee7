import { type Day, day } from '../calendar/date.js';
import { type Article, consolidationOn, versionsOf, wordingInForce } from './articles.js';

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
  /** Set on the citation added for the decision date when it falls under another wording. */
  readonly asOf?: 'decisionDate';
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

/**
 * A sub-item's pinpoint per wording, keyed by the first day of the wordings it applies to: a
 * renumbering (Vb 2000 art. 3.51 lid 5 became lid 6 on 2024-06-12) is one more key.
 */
export type PinpointByWording = Readonly<Record<string, Pinpoint>>;

/** One wording of a cited provision, quoted once at start-up. */
interface Wording {
  readonly version: Article;
  readonly at: Pinpoint;
  readonly text: string;
  /** The citation per consolidation date and mark, built on first use and shared by every plan. */
  readonly byConsolidation: Map<string, LawCitation>;
}

/**
 * A law citation as a rule declares it: the article and the part it rests on. Which wording is
 * quoted, and which consolidation is named, depends on the reference date (`citationOn`).
 */
export interface Provision {
  readonly kind: 'provision';
  readonly articleId: string;
  readonly wordings: readonly Wording[];
}

/** What a rule declares; the plan turns each into the citation shown on a date. */
export type CitationSource = Provision | Citation;

/**
 * A citation of a stored article, quoting exactly the part it rests on in every stored wording.
 * Every wording is quoted here, at start-up, so a pinpoint missing from any wording fails at once.
 */
export function cite(articleId: string, at: Pinpoint | PinpointByWording = {}): Provision {
  const wordings = versionsOf(articleId).map((version) => {
    const pinpoint = pinpointFor(at, version.validFrom);
    return { version, at: pinpoint, text: excerpt(version, pinpoint), byConsolidation: new Map() };
  });
  return Object.freeze({ kind: 'provision', articleId, wordings: Object.freeze(wordings) });
}

function isByWording(at: Pinpoint | PinpointByWording): at is PinpointByWording {
  return Object.keys(at).some((key) => /^\d{4}-\d{2}-\d{2}$/.test(key));
}

function pinpointFor(at: Pinpoint | PinpointByWording, validFrom: string): Pinpoint {
  if (!isByWording(at)) return at;
  const from = Object.keys(at)
    .filter((key) => key <= validFrom)
    .sort()
    .at(-1);
  // Wordings older than the first key take the first key's pinpoint (the oldest one listed).
  return at[from ?? (Object.keys(at).sort()[0] as string)] as Pinpoint;
}

/**
 * The citation shown for a reference date: the wording in force that day, linked to the
 * consolidation in force that day. Where no wording in force is stored, the nearest later one
 * is quoted and marked `laterText` (the nearest earlier one, marked `olderText`, after a repeal).
 */
export function citationOn(source: CitationSource, on: Day): Citation {
  if (source.kind !== 'provision') {
    return source.kind === 'law' && day(source.versionDate) > on && !source.laterText
      ? Object.freeze({ ...source, laterText: true as const })
      : source;
  }
  const wording = wordingOn(source, on);
  const { version } = wording;
  const mark: Mark =
    day(version.validFrom) > on
      ? 'later'
      : version.validTo && day(version.validTo) < on
        ? 'repealed'
        : 'inForce';
  const consolidation = consolidationOn(version, on);
  const key = `${consolidation}|${mark}`;
  let citation = wording.byConsolidation.get(key);
  if (!citation) {
    citation = lawCitation(wording, consolidation, mark);
    wording.byConsolidation.set(key, citation);
  }
  return citation;
}

/** How the quoted wording stands to the reference date. */
type Mark = 'inForce' | 'later' | 'repealed';

/** The citation on the date with the whole article in that wording, not just the quoted part. */
export function wholeArticleOn(source: CitationSource, on: Day): Citation {
  const citation = citationOn(source, on);
  return source.kind === 'provision'
    ? { ...(citation as LawCitation), text: wordingOn(source, on).version.text }
    : citation;
}

/**
 * The last day of each stored wording of a provision (Infinity for the one in force), where
 * `citationOn` shows that wording at its newest consolidation; one day for other citations.
 */
export function wordingLastDays(source: CitationSource): readonly Day[] {
  if (source.kind !== 'provision') return [Number.POSITIVE_INFINITY];
  return source.wordings.map((w) => (w.version.validTo ? day(w.version.validTo) : Number.POSITIVE_INFINITY));
}

function wordingOn(provision: Provision, on: Day): Wording {
  const inForce = provision.wordings.find((w) => wordingInForce(w.version, on));
  if (inForce) return inForce;
  const later = provision.wordings.find((w) => day(w.version.validFrom) > on);
  return later ?? (provision.wordings.at(-1) as Wording);
}

function lawCitation(wording: Wording, consolidation: string, mark: Mark): LawCitation {
  const { version, at } = wording;
  return Object.freeze({
    kind: 'law',
    title: version.law,
    article: version.article,
    ...(at.paragraph ? { paragraph: at.paragraph } : {}),
    ...(at.point ? { point: at.item ? `${at.point}, ${at.item}` : at.point } : {}),
    versionDate: consolidation,
    url: urlOf(version.bwbId, version.article, consolidation),
    juriconnect: juriconnectOf(version.bwbId, version.article, at, consolidation),
    text: wording.text,
    ...(version.olderVersion || mark === 'repealed' ? { olderText: true as const } : {}),
    ...(mark === 'later' ? { laterText: true as const } : {}),
  });
}

/** The wetten.overheid.nl page of the consolidation, at the article's anchor. */
function urlOf(bwbId: string, articleNo: string, versionDate: string): string {
  return `https://wetten.overheid.nl/${bwbId}/${versionDate}#Artikel${articleNo}`;
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
    url: urlOf(bwbId, fields.article, versionDate),
    juriconnect: juriconnectOf(bwbId, fields.article, { paragraph, point }, versionDate),
  });
}

/**
 * The Juriconnect BWB 1.3.1 location: artikel, lid, onderdeel and, for a sub-item (1°), the
 * sub-onderdeel, so that two provisions never share an id.
 */
function juriconnectOf(bwbId: string, articleNo: string, at: Pinpoint, versionDate: string): string {
  const lid = at.paragraph ? `&lid=${at.paragraph}` : '';
  const onderdeel = at.point ? `&onderdeel=${at.point}` : '';
  const item = at.item ? `&subonderdeel=${at.item.replace(/\D/g, '')}` : '';
  return `jci1.3:c:${bwbId}&artikel=${articleNo}${lid}${onderdeel}${item}&z=${versionDate}&g=${versionDate}`;
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
