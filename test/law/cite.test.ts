import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXED_TODAY } from '../../scripts/fixed-clock.js';
import { day } from '../../src/calendar/date.js';
import { allArticles, article, splitParagraphs } from '../../src/law/articles.js';
import {
  type CitationSource,
  citationOn,
  cite,
  citeUnstored,
  excerpt,
  type LawCitation,
  type Pinpoint,
} from '../../src/law/cite.js';

/** The citation of a provision as shown on a date (by default the fixed today). */
const quote = (id: string, at?: Pinpoint, on = FIXED_TODAY) => shown(cite(id, at), on);
const shown = (source: CitationSource, on: string) => citationOn(source, day(on)) as LawCitation;

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../src/law/data/${file}`, import.meta.url), 'utf8'));
const VERSIONS = read('versions.json') as { id: string; validFrom: string; text: string }[];
/** Every stored wording: the dated ones, then the texts without dated wordings (the 2014 Regeling). */
const RAW = [
  ...VERSIONS,
  ...(read('articles.json') as { id: string; versionDate: string; text: string }[])
    .filter((a) => !VERSIONS.some((v) => v.id === a.id.replace(/@.*$/, '')))
    .map((a) => ({ id: a.id, validFrom: a.versionDate, text: a.text })),
];

describe('cite: the quoted paragraph and point with the paragraph’s lead-in (docs/api.md "Verdict")', () => {
  const citation = quote('vb2000-3.96a', { paragraph: '2', point: 'a' });

  it('quotes lid 2 point a of Vb 2000 art. 3.96a', () => {
    expect(citation.text?.startsWith('2 Het eerste lid is niet van toepassing')).toBe(true);
    expect(citation.text).toContain(
      'a. minderjarig is of de pensioengerechtigde leeftijd, bedoeld in artikel 7a, eerste lid, van de Algemene Ouderdomswet, heeft bereikt;',
    );
  });

  it('quotes only that point: not lid 1 nor the other points', () => {
    expect(citation.text).not.toContain('1 De aanvraag tot het verlenen');
    expect(citation.text).not.toContain('b. ten minste acht jaren');
    expect(citation.text).not.toContain('3 Onze Minister');
    expect(citation.text?.split('\n')).toHaveLength(2);
  });

  it('names the article, paragraph, point, version and links', () => {
    expect(citation).toMatchObject({
      kind: 'law',
      title: 'Vreemdelingenbesluit 2000',
      article: '3.96a',
      paragraph: '2',
      point: 'a',
      versionDate: '2026-06-12',
    });
    expect(citation.url).toMatch(/^https:\/\/wetten\.overheid\.nl\/BWBR0011825\//);
    expect(citation.juriconnect).toContain('&lid=2&onderdeel=a');
    expect(citation.juriconnect).toBe(
      'jci1.3:c:BWBR0011825&artikel=3.96a&lid=2&onderdeel=a&z=2026-06-12&g=2026-06-12',
    );
    expect(Object.isFrozen(citation)).toBe(true);
  });

  it('a sub-item quotes the lead-in, the point’s first line and that item', () => {
    const item = quote('vb2000-3.96a', { paragraph: '2', point: 'f', item: '1°' });
    const lines = item.text?.split('\n') ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^2 Het eerste lid is niet van toepassing/);
    expect(lines[1]).toBe('f. meerderjarig is en:');
    expect(lines[2]).toMatch(/^1°\. voor het negentiende levensjaar tien jaren/);
    expect(item.point).toBe('f, 1°');
  });

  it('a whole paragraph quotes the lead-in and every point', () => {
    const lid2 = quote('vb2000-3.96a', { paragraph: '2' });
    expect(lid2.text).toContain('a. minderjarig is');
    expect(lid2.text).toContain('h. niet inburgeringsplichtig is');
    expect(lid2.text).not.toContain('3 Onze Minister');
    expect(lid2.juriconnect).toContain('&lid=2&z=');
    expect(lid2.juriconnect).not.toContain('onderdeel');
  });

  it('works on an article without numbered leden (Vw 2000 art. 8, point e)', () => {
    const e = quote('vw2000-8', { point: 'e' });
    const lines = e.text?.split('\n') ?? [];
    expect(lines[0]).toBe('De vreemdeling heeft in Nederland uitsluitend rechtmatig verblijf:');
    expect(lines[1]).toMatch(/^e\. als gemeenschapsonderdaan/);
    expect(lines).toHaveLength(2);
    expect(e.paragraph).toBeUndefined();
    expect(e.point).toBe('e');
    expect(e.juriconnect).toContain('&artikel=8&onderdeel=e&');
    expect(e.juriconnect).not.toContain('&lid=');
  });

  it('without a pinpoint quotes the whole article', () => {
    expect(quote('aow-7a').text).toBe(article('aow-7a').text);
  });

  it('an unknown article, paragraph or point is a programming error', () => {
    expect(() => quote('no-such-article')).toThrow(RangeError);
    expect(() => quote('vb2000-3.96a', { paragraph: '9' })).toThrow(RangeError);
    expect(() => quote('vb2000-3.96a', { paragraph: '2', point: 'z' })).toThrow(RangeError);
    expect(() => quote('vb2000-3.96a', { paragraph: '2', point: 'f', item: '7°' })).toThrow(RangeError);
  });

  it('an older stored text is marked olderText (the 2014 Regeling naturalisatietoets)', () => {
    expect(quote('rnn-4').olderText).toBe(true);
    expect(quote('vb2000-3.96a').olderText).toBeUndefined();
  });

  it('an unstored reference dated after the reference date is marked laterText; on or after it is not', () => {
    const amended = citeUnstored({
      title: 'Regeling naturalisatietoets Nederland',
      bwbId: 'BWBR0021067',
      article: '4',
      versionDate: '2024-05-17',
    });
    expect(shown(amended, '2024-05-16').laterText).toBe(true);
    expect(shown(amended, '2024-05-17').laterText).toBeUndefined();
    expect(shown(amended, '2024-05-17').url).toBe(
      'https://wetten.overheid.nl/BWBR0021067/2024-05-17#Artikel4',
    );
  });

  it('citeUnstored: article and url, no text', () => {
    const unstored = citeUnstored({
      title: 'Regeling naturalisatietoets',
      bwbId: 'BWBR0036246',
      article: '4',
      paragraph: '8',
      point: 'c',
      versionDate: '2025-01-01',
    });
    expect(unstored.text).toBeUndefined();
    expect(unstored.url).toBe('https://wetten.overheid.nl/BWBR0036246/2025-01-01#Artikel4');
    expect(unstored.juriconnect).toBe(
      'jci1.3:c:BWBR0036246&artikel=4&lid=8&onderdeel=c&z=2025-01-01&g=2025-01-01',
    );
  });
});

describe('the stored articles split into paragraphs', () => {
  it('holds every wording of the data files, each with its dates, consolidations and text', () => {
    expect(allArticles()).toHaveLength(RAW.length);
    for (const a of allArticles()) {
      expect(a.validFrom, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.consolidations[0], a.id).toBe(a.validFrom);
      expect(a.bwbId, a.id).toMatch(/^BWBR\d+$/);
      expect(a.text.length, a.id).toBeGreaterThan(0);
    }
  });

  it.each(RAW.map((a) => [`${a.id} from ${a.validFrom}`, a] as const))(
    '%s splits without losing a line',
    (_, raw) => {
      const paragraphs = splitParagraphs(raw.text);
      expect(paragraphs.length).toBeGreaterThan(0);
      const lines = paragraphs.flatMap((p) => [
        p.lead,
        ...p.tail,
        ...p.points.flatMap((point) => point.lines),
      ]);
      expect(lines).toEqual(raw.text.split('\n'));
      // Every point and paragraph can be quoted.
      const source = allArticles().find((a) => a.id === raw.id && a.validFrom === raw.validFrom);
      if (!source) throw new Error(`${raw.id} from ${raw.validFrom} not loaded`);
      const id = raw.id;
      for (const [index, paragraph] of source.paragraphs.entries()) {
        const occurrence = source.paragraphs
          .slice(0, index)
          .filter((p) => p.label === paragraph.label).length;
        const at = { paragraph: paragraph.label || undefined, occurrence };
        if (paragraph.label) expect(excerpt(source, at).startsWith(paragraph.lead)).toBe(true);
        for (const point of paragraph.points) {
          const quoted = excerpt(source, { ...at, point: point.label });
          expect(quoted.startsWith(paragraph.lead), `${id} ${paragraph.label} ${point.label}`).toBe(true);
          expect(quoted).toContain(point.lines[0]);
        }
      }
    },
  );

  it('numbers leden upwards: lid 2 of 3.96a is the one about exemptions', () => {
    const labels = article('vb2000-3.96a').paragraphs.map((p) => p.label);
    expect(labels).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(article('vb2000-3.96a').paragraphs[1]?.points.map((p) => p.label)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });

  it('an article without numbered leden has one paragraph labelled ""', () => {
    const paragraphs = article('vw2000-8').paragraphs;
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]?.label).toBe('');
    expect(paragraphs[0]?.points.map((p) => p.label)).toEqual('abcdefghijklm'.split(''));
  });
});

describe('citations by date (R2-8): the wording and the consolidation in force on the reference date', () => {
  it('Vw 2000 art. 21(4) quotes the old refusal-ground wording up to 2024-07-24 and the new one from 2024-07-25', () => {
    const before = quote('vw2000-21', { paragraph: '4' }, '2024-07-24');
    const after = quote('vw2000-21', { paragraph: '4' }, '2024-07-25');
    expect(before.text).not.toBe(after.text);
    expect(before.text).not.toContain('22b');
    expect(after.text).toContain('22b');
    expect(before.versionDate).toBe('2024-01-01');
    expect(after.versionDate).toBe('2024-07-25');
    expect(after.url).toBe('https://wetten.overheid.nl/BWBR0011823/2024-07-25#Artikel21');
    expect(before.laterText ?? after.laterText).toBeUndefined();
  });

  it.each(['vb2000-3.80a', 'vb2000-3.107a'])('%s also moves to the Wi 2021 wording on 2022-01-29', (id) => {
    const before = quote(id, { paragraph: '2' }, '2022-01-28');
    const after = quote(id, { paragraph: '2' }, '2022-01-29');
    expect(before.text).not.toBe(after.text);
    expect([before.versionDate, after.versionDate]).toEqual(['2022-01-01', '2022-01-29']);
  });

  it('Vb 2000 art. 3.96a moves to the Wi 2021 wording on 2022-01-29', () => {
    const before = quote('vb2000-3.96a', { paragraph: '1' }, '2022-01-28');
    const after = quote('vb2000-3.96a', { paragraph: '1' }, '2022-01-29');
    expect(before.text).not.toBe(after.text);
    expect(before.versionDate).toBe('2022-01-01');
    expect(after.versionDate).toBe('2022-01-29');
  });

  it('names the newest consolidation on or before the date, also when the wording did not change', () => {
    const c = quote('vw2000-20', {}, '2023-05-01');
    expect(c.versionDate).toBe('2022-10-01');
    expect(c.juriconnect).toBe('jci1.3:c:BWBR0011823&artikel=20&z=2022-10-01&g=2022-10-01');
  });

  it('a repealed article cited after its repeal quotes its last wording, marked olderText, at its last consolidation', () => {
    const c = quote('vw2000-34', { paragraph: '1', point: 'b' }, '2026-06-12');
    expect(c.olderText).toBe(true);
    expect(c.versionDate).toBe('2026-02-28');
    expect(quote('vw2000-34', { paragraph: '1', point: 'b' }, '2026-06-11').olderText).toBeUndefined();
  });

  it('a pinpoint can follow a renumbering: Vb 2000 art. 3.51 lid 5 became lid 6 on 2024-06-12', () => {
    const moved = cite('vb2000-3.51', { '2022-01-01': { paragraph: '5' }, '2024-06-12': { paragraph: '6' } });
    const before = shown(moved, '2024-06-11');
    const after = shown(moved, '2024-06-12');
    expect([before.paragraph, after.paragraph]).toEqual(['5', '6']);
    expect(before.text?.replace(/^\d+ /, '')).toBe(after.text?.replace(/^\d+ /, ''));
    expect(before.text).toMatch(/^5 Artikel 3\.80a is van toepassing/);
  });

  it('F4: the sub-items 1° and 2° of Vb 2000 art. 3.96a(2)(f) have their own juriconnect ids', () => {
    const first = quote('vb2000-3.96a', { paragraph: '2', point: 'f', item: '1°' });
    const second = quote('vb2000-3.96a', { paragraph: '2', point: 'f', item: '2°' });
    expect(first.juriconnect).toBe(
      'jci1.3:c:BWBR0011825&artikel=3.96a&lid=2&onderdeel=f&subonderdeel=1&z=2026-06-12&g=2026-06-12',
    );
    expect(second.juriconnect).not.toBe(first.juriconnect);
  });

  it('F3: every url has the article anchor, the 2014 Regeling naturalisatietoets included (still olderText)', () => {
    const rnn = quote('rnn-4', { paragraph: '8', point: 'b' });
    expect(rnn.url).toBe('https://wetten.overheid.nl/BWBR0021067/2014-12-22#Artikel4');
    expect(rnn.olderText).toBe(true);
    expect(quote('rwn-11', { paragraph: '1' }).url).toMatch(/#Artikel11$/);
  });
});

describe('the two data files agree', () => {
  it('each articles.json text with dated wordings is one of them (the newest, or the last before a repeal)', () => {
    const stored = read('articles.json') as { id: string; text: string }[];
    for (const a of stored) {
      const id = a.id.replace(/@.*$/, '');
      const dated = VERSIONS.filter((v) => v.id === id);
      if (dated.length === 0) continue;
      expect(
        dated.some((v) => v.text === a.text),
        a.id,
      ).toBe(true);
    }
  });
});
