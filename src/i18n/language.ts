import { LANGUAGES, type Lang } from '../engine/rule.js';

const MAX_RANGES = 32;

/**
 * RFC 4647 "lookup" of an Accept-Language header against en and nl: ranges by descending
 * q-value (ties keep their order), each shortened from the right until it matches ("nl-NL" →
 * "nl"); q=0 excludes; "*" or nothing that matches gives the default, en. Never a 406.
 */
export function negotiateLanguage(header: string | undefined): Lang {
  if (!header) return 'en';
  const ranges = header
    .split(',', MAX_RANGES)
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { range: range.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0 && r.range.length > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { range } of ranges) {
    if (range === '*') return 'en';
    let tag = range;
    while (tag) {
      const match = LANGUAGES.find((lang) => lang === tag);
      if (match) return match;
      const cut = tag.lastIndexOf('-');
      tag = cut > 0 ? tag.slice(0, cut) : '';
    }
  }
  return 'en';
}
