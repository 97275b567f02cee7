import { decide, defineRule } from '../../engine/rule.js';
import { all, any, knownAt, NO, someItem, type Tri, truth, YES } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import type { Diploma, DiplomaType } from '../../schemas/common.js';
import { allSkillsAtLeast, LEVELS, moPassed } from '../shared/documents.js';
import { permitArticle } from './articles.js';
import { forPermits, type ResidenceRule } from './context.js';
import {
  DECISION_GROUND,
  DECISION_KIND,
  DECISION_PARTIAL,
  DIPLOMA_TYPE,
  DIPLOMAS,
  DUO_DECISIONS,
  EDUCATION_LEVEL,
  MO_PASSED,
} from './facts.js';

/**
 * R2-3: documents of the old regime that Vb 2000 art. 3.96a(2)(c) reaches: the exemption-test
 * document of Besluit inburgering art. 2.3(1)(j) (art. 2.7(2) as worded before the 2012 amendment)
 * and a WIN test decision (the criterion of Besluit inburgering art. 2.5).
 */
const OLD_TEST_DOCUMENTS: ReadonlySet<DiplomaType> = new Set([
  'pre-2013-exemption-test-document',
  'win-test-decision',
]);

const EXEMPTING_AS_SUCH: ReadonlySet<DiplomaType> = new Set([
  'civic-integration-diploma-wi2007',
  'belgian-dutch-education-diploma',
  'surinamese-dutch-education-diploma',
  'european-baccalaureate-dutch',
  'international-baccalaureate-dutch',
  ...OLD_TEST_DOCUMENTS,
]);

// Besluit inburgering art. 2.3(1)(b)–(k): Dutch education "vanaf niveau 2" for mbo; the oudkomers
// and WIN certificates at "niveau 2 van het referentiekader NT2", read here as CEFR A2.
function exempts(diploma: Diploma, pointer: string): Tri {
  if (EXEMPTING_AS_SUCH.has(diploma.type)) return YES;
  switch (diploma.type) {
    case 'dutch-education-diploma':
      return knownAt(EDUCATION_LEVEL, diploma, pointer, (level) => level !== 'mbo-1');
    case 'oudkomers-certificate':
      return allSkillsAtLeast(diploma, pointer, 'A2');
    case 'win-certificate':
      return all(allSkillsAtLeast(diploma, pointer, 'A2'), moPassed(diploma, pointer));
    default:
      return NO;
  }
}

/** Which kind of exempting document the reason names: one exempting as such, an old test document, or levels. */
function heldReason(diplomas: readonly Diploma[]): 'held' | 'heldOldTest' | 'heldByLevels' {
  const asSuch = (d: Diploma) =>
    (EXEMPTING_AS_SUCH.has(d.type) && !OLD_TEST_DOCUMENTS.has(d.type)) ||
    (d.type === 'dutch-education-diploma' && !!d.educationLevel && d.educationLevel !== 'mbo-1');
  if (diplomas.some(asSuch)) return 'held';
  return diplomas.some((d) => OLD_TEST_DOCUMENTS.has(d.type)) ? 'heldOldTest' : 'heldByLevels';
}

export const documentExemption: ResidenceRule = defineRule({
  id: 'RES-EX-DOCUMENT',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DIPLOMA_TYPE, EDUCATION_LEVEL, ...LEVELS, MO_PASSED],
  citations: (permit) => [
    ...permitArticle(permit, { paragraph: '2', point: 'c' }, { paragraph: '2', point: 'd' }),
    cite('bi2013-2.3', { paragraph: '1' }),
    cite('bi2013-2.5'),
    cite('wi2021-4', { paragraph: '1', point: 'b' }),
    ind('document'),
  ],
  evidence: {
    en: [
      'The diploma or certificate, with the grade list where it shows the Dutch language subject or levels',
    ],
    nl: [
      'Het diploma of certificaat, met de cijferlijst waar die het vak Nederlands of de niveaus laat zien',
    ],
  },
  text: {
    en: {
      title: 'Document exemption',
      description:
        'A diploma or certificate that shows the required knowledge: the Wi 2007 civic integration diploma, a Dutch education diploma (mbo from level 2), Dutch-language education in Belgium or Suriname, the European or International Baccalaureate with Dutch, an oudkomers or WIN certificate at NT2 level 2, the pre-2013 exemption-test document, or a WIN test decision.',
      reasons: {
        held: () =>
          'A listed diploma or certificate is an exempting document of Vb 2000 art. 3.96a(2)(c) or (d).',
        heldOldTest: () =>
          'A listed document of the old regime exempts through Vb 2000 art. 3.96a(2)(c): the exemption-test document of Besluit inburgering art. 2.3(1)(j), or a WIN test decision (the criterion of Besluit inburgering art. 2.5: the WIN art. 5(4) test passed, with the decision that no integration programme is set; the stored text of art. 2.5 ends mid-sentence after that criterion).',
        heldByLevels: () =>
          'A listed oudkomers or WIN certificate shows all four language skills at NT2 level 2, which the service reads as CEFR A2 (an interpretation of the law\'s "niveau 2 van het referentiekader NT2").',
        none: () =>
          'None of the listed diplomas is an exempting document (a Dutch mbo diploma at level 1 is not: the law asks for level 2 or higher; certificates must show all four skills at NT2 level 2, which the service reads as CEFR A2).',
      },
    },
    nl: {
      title: 'Vrijstelling op grond van een document',
      description:
        'Een diploma of certificaat waaruit de vereiste kennis blijkt: het inburgeringsdiploma Wi 2007, een Nederlands onderwijsdiploma (mbo vanaf niveau 2), Nederlandstalig onderwijs in België of Suriname, het Europees of Internationaal Baccalaureaat met Nederlands, een oudkomers- of WIN-certificaat op NT2-niveau 2, het toetsdocument van vóór 2013 of een WIN-toetsbesluit.',
      reasons: {
        held: () =>
          'Een opgegeven diploma of certificaat is een vrijstellend document als bedoeld in Vb 2000 art. 3.96a lid 2 onder c of d.',
        heldOldTest: () =>
          'Een opgegeven document uit de oude regeling stelt vrij via Vb 2000 art. 3.96a lid 2 onder c: het toetsdocument van Besluit inburgering art. 2.3 lid 1 onder j, of een WIN-toetsbesluit (het criterium van Besluit inburgering art. 2.5: de toets van WIN art. 5 lid 4 gehaald, met het besluit dat geen inburgeringsprogramma wordt vastgesteld; de opgeslagen tekst van art. 2.5 breekt na dat criterium midden in de zin af).',
        heldByLevels: () =>
          'Een opgegeven oudkomers- of WIN-certificaat toont alle vier de taalvaardigheden op NT2-niveau 2, wat de dienst leest als ERK A2 (een interpretatie van "niveau 2 van het referentiekader NT2").',
        none: () =>
          "Geen van de opgegeven diploma's is een vrijstellend document (een mbo-diploma op niveau 1 niet: de wet vraagt niveau 2 of hoger; certificaten moeten alle vier de vaardigheden op NT2-niveau 2 tonen, wat de dienst leest als ERK A2).",
      },
    },
  },
  evaluate: (input) => {
    const diplomas = DIPLOMAS.read(input);
    return decide(someItem(DIPLOMAS, input, exempts), {
      satisfied: heldReason(diplomas ?? []),
      notSatisfied: 'none',
    });
  },
});

const WHOLE_DISPENSATION_GROUNDS = new Set(['medical', 'demonstrable-efforts', 'special-circumstances']);

// Vb 2000 art. 3.96a(2)(e): "… van de inburgeringsplicht is ontheven" (Wi 2021 art. 5(1),(2);
// Wi art. 6(1),(2); before 2013 Wi art. 6(1) or 31(2), by the municipality).
export const duoDecision: ResidenceRule = defineRule({
  id: 'RES-EX-DUO-DECISION',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DECISION_KIND, DECISION_GROUND, DECISION_PARTIAL],
  citations: (permit) => [
    ...permitArticle(permit, { paragraph: '2', point: 'e' }),
    cite('wi2021-5', { paragraph: '1' }),
    cite('wi2021-5', { paragraph: '2' }),
    cite('wi2013-6', { paragraph: '1' }),
    cite('wi2013-6', { paragraph: '2' }),
    ind('medical'),
    ind('efforts'),
    ind('circumstances'),
  ],
  evidence: {
    en: ['The decision of DUO (or, before 2013, the municipality) granting the dispensation (ontheffing)'],
    nl: ['Het besluit van DUO (of vóór 2013 de gemeente) waarin de ontheffing is verleend'],
  },
  text: {
    en: {
      title: 'Released from the civic integration obligation',
      description:
        'DUO (before 2013 the municipality) granted a whole dispensation (ontheffing) of the civic integration obligation on medical grounds, for demonstrable efforts or for special circumstances.',
      reasons: {
        released: () =>
          'A whole DUO dispensation on medical, efforts or special-circumstances grounds is listed: Vb 2000 art. 3.96a(2)(e) exempts.',
        none: () =>
          'No whole DUO dispensation (ontheffing) on medical, efforts or special-circumstances grounds is listed (an exemption, a partial decision or another ground is judged by the IND: see RES-REVIEW-DOCUMENT).',
      },
    },
    nl: {
      title: 'Ontheven van de inburgeringsplicht',
      description:
        'DUO (vóór 2013 de gemeente) heeft een volledige ontheffing van de inburgeringsplicht verleend op medische gronden, wegens aantoonbare inspanningen of wegens bijzondere omstandigheden.',
      reasons: {
        released: () =>
          'Er is een volledige ontheffing van DUO op medische gronden, wegens inspanningen of wegens bijzondere omstandigheden opgegeven: Vb 2000 art. 3.96a lid 2 onder e stelt vrij.',
        none: () =>
          'Er is geen volledige ontheffing van DUO op medische gronden, wegens inspanningen of wegens bijzondere omstandigheden opgegeven (een vrijstelling, een gedeeltelijk besluit of een andere grond beoordeelt de IND: zie RES-REVIEW-DOCUMENT).',
      },
    },
  },
  evaluate: (input) =>
    decide(
      someItem(DUO_DECISIONS, input, (d, p) =>
        all(
          truth(d.kind === 'dispensation'),
          knownAt(DECISION_GROUND, d, p, (g) => WHOLE_DISPENSATION_GROUNDS.has(g)),
          truth(d.partial !== true),
        ),
      ),
      { satisfied: 'released', notSatisfied: 'none' },
    ),
});

const REVIEW_TYPES: ReadonlySet<DiplomaType> = new Set([
  'staatsexamen-nt2-i',
  'staatsexamen-nt2-ii',
  'caribbean-dutch-education-diploma',
  'cnavt-certificate',
  'naturalisation-test-certificate-pre-2007',
  'win-decision-no-programme',
  'win-medical-dispensation-indefinite',
  'other',
]);

// Documents the service cannot place on the Wi 2021 list (Regeling inburgering 2021 art. 2.1, not
// stored) and DUO decisions that are not a whole ontheffing: a vrijstelling is not itself a ground
// of Vb 2000 art. 3.96a(2)(e).
export const documentReview: ResidenceRule = defineRule({
  id: 'RES-REVIEW-DOCUMENT',
  procedure: 'residence',
  effect: 'manual-review',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DIPLOMA_TYPE, DECISION_KIND, DECISION_GROUND, DECISION_PARTIAL],
  citations: (permit) => [
    cite('wi2021-4', { paragraph: '1', point: 'b' }),
    ...permitArticle(permit, { paragraph: '2', point: 'e' }),
    ind('document'),
  ],
  evidence: {
    en: ['The document or DUO decision, with any grade list or explanation'],
    nl: ['Het document of besluit van DUO, met een eventuele cijferlijst of toelichting'],
  },
  text: {
    en: {
      title: 'Document or decision for the IND to judge',
      description:
        'Staatsexamen NT2 diplomas, Caribbean Dutch-language diplomas, CNaVT certificates, older certificates and test documents, WIN decisions, other documents, DUO exemptions (vrijstellingen) and partial or other DUO decisions are judged by the IND.',
      reasons: {
        review: () =>
          'A listed document or DUO decision is one whose effect the service cannot settle (for example a Staatsexamen NT2 diploma, a CNaVT certificate, a DUO exemption or a partial decision): the IND must judge it.',
        none: () => "No listed document or decision needs the IND's own judgement.",
      },
    },
    nl: {
      title: 'Document of besluit ter beoordeling van de IND',
      description:
        "Staatsexamen NT2-diploma's, Caribische Nederlandstalige diploma's, CNaVT-certificaten, oudere certificaten en toetsdocumenten, WIN-besluiten, andere documenten, vrijstellingen van DUO en gedeeltelijke of andere besluiten van DUO beoordeelt de IND.",
      reasons: {
        review: () =>
          'Een opgegeven document of besluit van DUO heeft een gevolg dat de dienst niet kan vaststellen (bijvoorbeeld een Staatsexamen NT2-diploma, een CNaVT-certificaat, een vrijstelling van DUO of een gedeeltelijk besluit): de IND moet het beoordelen.',
        none: () => 'Geen opgegeven document of besluit vraagt een eigen oordeel van de IND.',
      },
    },
  },
  evaluate: (input) => {
    return decide(
      any(
        someItem(DIPLOMAS, input, (d) => REVIEW_TYPES.has(d.type)),
        someItem(DUO_DECISIONS, input, (d, p) =>
          any(
            truth(d.kind === 'exemption' || d.partial === true),
            knownAt(DECISION_GROUND, d, p, (g) => g === 'other' || g === 'education'),
          ),
        ),
      ),
      { satisfied: 'review', notSatisfied: 'none' },
    );
  },
});
