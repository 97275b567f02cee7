import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allArticles, article, splitParagraphs } from '../../src/law/articles.js';
import { cite, citeUnstored, excerpt, markLater } from '../../src/law/cite.js';

const RAW = JSON.parse(
  readFileSync(new URL('../../src/law/data/articles.json', import.meta.url), 'utf8'),
) as { id: string; text: string }[];

describe('cite: the quoted paragraph and point with the paragraph’s lead-in (docs/api.md "Verdict")', () => {
  const citation = cite('vb2000-3.96a', { paragraph: '2', point: 'a' });

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
    const item = cite('vb2000-3.96a', { paragraph: '2', point: 'f', item: '1°' });
    const lines = item.text?.split('\n') ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^2 Het eerste lid is niet van toepassing/);
    expect(lines[1]).toBe('f. meerderjarig is en:');
    expect(lines[2]).toMatch(/^1°\. voor het negentiende levensjaar tien jaren/);
    expect(item.point).toBe('f, 1°');
  });

  it('a whole paragraph quotes the lead-in and every point', () => {
    const lid2 = cite('vb2000-3.96a', { paragraph: '2' });
    expect(lid2.text).toContain('a. minderjarig is');
    expect(lid2.text).toContain('h. niet inburgeringsplichtig is');
    expect(lid2.text).not.toContain('3 Onze Minister');
    expect(lid2.juriconnect).toContain('&lid=2&z=');
    expect(lid2.juriconnect).not.toContain('onderdeel');
  });

  it('works on an article without numbered leden (Vw 2000 art. 8, point e)', () => {
    const e = cite('vw2000-8', { point: 'e' });
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
    expect(cite('aow-7a').text).toBe(article('aow-7a').text);
  });

  it('an unknown article, paragraph or point is a programming error', () => {
    expect(() => cite('no-such-article')).toThrow(RangeError);
    expect(() => cite('vb2000-3.96a', { paragraph: '9' })).toThrow(RangeError);
    expect(() => cite('vb2000-3.96a', { paragraph: '2', point: 'z' })).toThrow(RangeError);
    expect(() => cite('vb2000-3.96a', { paragraph: '2', point: 'f', item: '7°' })).toThrow(RangeError);
  });

  it('an older stored text is marked olderText (the 2014 Regeling naturalisatietoets)', () => {
    expect(cite('rnn-4').olderText).toBe(true);
    expect(cite('vb2000-3.96a').olderText).toBeUndefined();
  });

  it('markLater sets laterText without changing the rest', () => {
    const later = markLater(citation);
    expect(later).toEqual({ ...citation, laterText: true });
    expect(citation.laterText).toBeUndefined();
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
    expect(unstored.url).toMatch(/^https:\/\//);
    expect(unstored.juriconnect).toBe(
      'jci1.3:c:BWBR0036246&artikel=4&lid=8&onderdeel=c&z=2025-01-01&g=2025-01-01',
    );
  });
});

describe('the stored articles split into paragraphs', () => {
  it('holds every article of the data file, each with url, version date and text', () => {
    expect(
      allArticles()
        .map((a) => a.id)
        .sort(),
    ).toEqual(RAW.map((a) => a.id).sort());
    for (const a of allArticles()) {
      expect(a.url, a.id).toMatch(/^https:\/\//);
      expect(a.versionDate, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.bwbId, a.id).toMatch(/^BWBR\d+$/);
      expect(a.text.length, a.id).toBeGreaterThan(0);
    }
  });

  it.each(RAW.map((a) => [a.id, a.text] as const))('%s splits without losing a line', (id, text) => {
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.length).toBeGreaterThan(0);
    const lines = paragraphs.flatMap((p) => [p.lead, ...p.tail, ...p.points.flatMap((point) => point.lines)]);
    expect(lines).toEqual(text.split('\n'));
    // Every point and paragraph can be quoted.
    const source = article(id);
    for (const [index, paragraph] of source.paragraphs.entries()) {
      const occurrence = source.paragraphs.slice(0, index).filter((p) => p.label === paragraph.label).length;
      const at = { paragraph: paragraph.label || undefined, occurrence };
      if (paragraph.label) expect(excerpt(source, at).startsWith(paragraph.lead)).toBe(true);
      for (const point of paragraph.points) {
        const quoted = excerpt(source, { ...at, point: point.label });
        expect(quoted.startsWith(paragraph.lead), `${id} ${paragraph.label} ${point.label}`).toBe(true);
        expect(quoted).toContain(point.lines[0]);
      }
    }
  });

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
