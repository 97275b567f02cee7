import type { Citation, GuidanceCitation, SourceCitation } from './cite.js';
import dutchPassages from './data/ind-passages-nl.json' with { type: 'json' };

/**
 * Passages of the IND page "Civic integration diploma" (data/ind-civic-integration-diploma.txt),
 * quoted verbatim; a test checks that each one occurs in the stored page.
 */
const IND_PAGE_URL =
  'https://ind.nl/en/living-in-the-netherlands-with-a-residence-permit/civic-integration-for-more-secure-residence-permit-and-naturalisation';

export const IND_PASSAGES = {
  intro:
    'Do you want to apply for a permanent residence permit (regular or asylum), a residence permit long-term resident EU or a residence permit humanitarian non-temporary? Then you usually have to fulfil the integration requirement.',
  diploma: 'You already obtained the civic integration diploma.',
  certificate: 'You have the civic integration certificate of the Civic Integration Act 2021 (Wi 2021).',
  benelux: 'You have Belgian or Luxembourg nationality.',
  age: 'You are under 18 years of age or you are of statutory pensionable age or older.',
  turkish:
    'You have Turkish nationality or are a family member of a person with Turkish nationality. The non-registered (unmarried) partner is not considered a family member. From 1 January 2025, an integration diploma will be a requirement for a more secure right of residence for Turkish citizens.',
  schoolAge: 'You lived in the Netherlands for eight years or more during your school-age.',
  document: 'You have a document exemption from the civic integration requirement.',
  medical:
    'You are unable to be at the civic integration examination on medical grounds. You can prove this with a document.',
  integrated: 'You can prove that you are sufficiently integrated. You can prove this with a document.',
  efforts:
    'Despite efforts made, you cannot pass the civic integration examination. You can prove this with a recommendation from the Education Implementation Service (DUO). This requirement only applies if you fall under the Wi 2013.',
  circumstances:
    'Due to particular individual circumstances, you cannot pass the civic integration examination. And you can prove this.',
  naturalisation:
    'Do you want to become a Dutch national through naturalisation? In this case you must first pass the civic integration examination, also known as the naturalisation test.',
  naturalisationExemptions:
    'Sometimes you do not have to pass the civic integration examination as a requirement for naturalisation. You have exemption or dispensation from the integration requirement. You can also get a partial exemption.',
  naturalisationAbroad:
    'You will take the naturalisation test either in the Netherlands or at the Dutch representation (embassy or consulate) abroad.',
  naturalisationEvidence:
    'Discuss the original evidence with the municipality where you are applying for naturalisation. The municipality does not assess copies.',
} as const;

export type IndPassage = keyof typeof IND_PASSAGES;

const built = new Map<IndPassage, GuidanceCitation>();

export function ind(passage: IndPassage): GuidanceCitation {
  let citation = built.get(passage);
  if (!citation) {
    citation = Object.freeze({
      kind: 'guidance',
      title: 'IND: Civic integration diploma',
      passage: IND_PASSAGES[passage],
      url: IND_PAGE_URL,
      lang: 'en',
    });
    built.set(passage, citation);
  }
  return citation;
}

/**
 * The Dutch IND page's wording of the English passages, where it was recovered (data/ind-passages-nl.json,
 * from data/ind-inburgering-nl.txt: 8 of the 16; a test checks each occurs there verbatim), with the
 * URL of the version of the page that holds it.
 */
const DUTCH = new Map<string, GuidanceCitation>(
  (dutchPassages as { key: string; nl: string; url: string }[]).map((p) => [
    IND_PASSAGES[p.key as IndPassage],
    Object.freeze({
      kind: 'guidance',
      title: 'IND: Inburgering bij sterkere verblijfsvergunning en naturalisatie',
      passage: p.nl,
      url: p.url,
      lang: 'nl',
    }),
  ]),
);

/** A citation as a verdict in `lang` shows it: the Dutch passage for a Dutch verdict where one exists. */
export function inLanguage(citation: Citation, lang: 'en' | 'nl'): Citation {
  if (lang === 'en' || citation.kind !== 'guidance') return citation;
  return DUTCH.get(citation.passage) ?? citation;
}

export function policy(title: string, url: string, passage?: string): SourceCitation {
  return Object.freeze({ kind: 'policy', title, url, ...(passage ? { passage } : {}) });
}

export function caseLaw(title: string, ecli: string, url: string): SourceCitation {
  return Object.freeze({ kind: 'case-law', title, ecli, url });
}
