import { decide, defineRule, type Localized } from '../../engine/rule.js';
import { all, flag, someItem } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import type { DiplomaType } from '../../schemas/common.js';
import { allSkillsAtLeast, LEVELS, moPassed } from '../shared/documents.js';
import { NATURALISATION_VARIANTS, type NaturalisationRule } from './context.js';
import { DIPLOMA_TYPE, DIPLOMAS, MO_PASSED, MOLUCCAN } from './facts.js';

interface ExemptingDocument {
  readonly id: string;
  /** The letter of Besluit naturalisatietoets art. 3(1). */
  readonly point: string;
  readonly types: readonly DiplomaType[];
  readonly title: Localized<string>;
  readonly description: Localized<string>;
  readonly evidence: Localized<string>;
}

const EXEMPT = {
  en: 'A listed document exempts from the whole naturalisation test (Besluit naturalisatietoets art. 3(1)); the municipality checks the original.',
  nl: 'Een opgegeven document stelt vrij van de hele naturalisatietoets (Besluit naturalisatietoets art. 3 lid 1); de gemeente controleert het origineel.',
};
const NONE = {
  en: 'No such document is listed.',
  nl: 'Er is geen zodanig document opgegeven.',
};

/** A full exemption that rests on holding one of the given documents (BNT art. 3(1)). */
function exemptionForDocument(spec: ExemptingDocument): NaturalisationRule {
  const types = new Set(spec.types);
  return defineRule({
    id: spec.id,
    procedure: 'naturalisation',
    effect: 'exempt',
    variants: NATURALISATION_VARIANTS,
    reads: [DIPLOMA_TYPE],
    citations: () => [cite('bnt-3', { paragraph: '1', point: spec.point }), ind('naturalisationExemptions')],
    evidence: { en: [spec.evidence.en], nl: [spec.evidence.nl] },
    text: {
      en: {
        title: spec.title.en,
        description: spec.description.en,
        reasons: { held: () => EXEMPT.en, none: () => NONE.en },
      },
      nl: {
        title: spec.title.nl,
        description: spec.description.nl,
        reasons: { held: () => EXEMPT.nl, none: () => NONE.nl },
      },
    },
    evaluate: (input) =>
      decide(
        someItem(DIPLOMAS, input, (d) => types.has(d.type)),
        { satisfied: 'held', notSatisfied: 'none' },
      ),
  });
}

export const moluccan: NaturalisationRule = defineRule({
  id: 'NAT-EX-MOLUCCAN',
  procedure: 'naturalisation',
  effect: 'exempt',
  variants: NATURALISATION_VARIANTS,
  reads: [MOLUCCAN],
  citations: () => [cite('bnt-3', { paragraph: '1', point: 'a' }), ind('naturalisationExemptions')],
  evidence: {
    en: ['Proof of the status under the Moluccans act of 9 September 1976'],
    nl: ['Bewijs van de status onder de Wet van 9 september 1976 betreffende de positie van Molukkers'],
  },
  text: {
    en: {
      title: 'Moluccan under the act of 1976',
      description:
        'Someone who falls under the act of 9 September 1976 on the position of Moluccans is exempt.',
      reasons: {
        applies: () =>
          'The applicant falls under the Moluccans act of 9 September 1976: exempt from the naturalisation test.',
        not: () => 'The applicant does not fall under the Moluccans act of 9 September 1976.',
      },
    },
    nl: {
      title: 'Molukker onder de wet van 1976',
      description:
        'Wie valt onder de Wet van 9 september 1976 betreffende de positie van Molukkers, is vrijgesteld.',
      reasons: {
        applies: () =>
          'De aanvrager valt onder de Wet van 9 september 1976 betreffende de positie van Molukkers: vrijgesteld van de naturalisatietoets.',
        not: () =>
          'De aanvrager valt niet onder de Wet van 9 september 1976 betreffende de positie van Molukkers.',
      },
    },
  },
  evaluate: (input) =>
    decide(flag(MOLUCCAN, input), {
      satisfied: 'applies',
      notSatisfied: 'not',
    }),
});

export const dutchEducation = exemptionForDocument({
  id: 'NAT-EX-DUTCH-EDUCATION',
  point: 'b',
  types: ['dutch-education-diploma'],
  title: { en: 'Dutch education diploma', nl: 'Nederlands onderwijsdiploma' },
  description: {
    en: 'A diploma of university, higher, secondary or vocational education, or apprenticeship, issued on a statutory basis after education in Dutch (any level).',
    nl: 'Een op wettelijke basis uitgereikt diploma van wetenschappelijk, hoger, voortgezet of beroepsonderwijs of leerlingwezen, na onderwijs in het Nederlands (elk niveau).',
  },
  evidence: { en: 'The original diploma or certificate', nl: 'Het originele diploma of getuigschrift' },
});

export const staatsexamen = exemptionForDocument({
  id: 'NAT-EX-STAATSEXAMEN-NT2',
  point: 'c',
  types: ['staatsexamen-nt2-i', 'staatsexamen-nt2-ii'],
  title: { en: 'Staatsexamen NT2 diploma', nl: 'Diploma Staatsexamen NT2' },
  description: {
    en: 'The diploma of the state examination Dutch as a second language, programme I or II.',
    nl: 'Het diploma staatsexamen Nederlands als tweede taal, programma I of II.',
  },
  evidence: { en: 'The original Staatsexamen NT2 diploma', nl: 'Het originele diploma Staatsexamen NT2' },
});

export const winDecision = exemptionForDocument({
  id: 'NAT-EX-WIN-DECISION',
  point: 'e',
  types: ['win-decision-no-programme', 'win-test-decision', 'win-medical-dispensation-indefinite'],
  title: { en: 'Decision under the WIN (Newcomers Integration Act)', nl: 'Besluit op grond van de WIN' },
  description: {
    en: 'A municipal decision under the Wet inburgering nieuwkomers that no programme was needed, that the WIN test was passed, or an indefinite medical dispensation (BNT art. 3(1)(e), (f), (g)).',
    nl: 'Een besluit van de gemeente op grond van de Wet inburgering nieuwkomers dat geen programma nodig was, dat de WIN-toets is behaald, of een ontheffing voor onbepaalde duur om medische redenen (BNT art. 3 lid 1 onder e, f, g).',
  },
  evidence: { en: 'The original decision of the municipality', nl: 'Het originele besluit van de gemeente' },
});

export const pre2013ExemptionTest = exemptionForDocument({
  id: 'NAT-EX-PRE-2013-EXEMPTION-TEST',
  point: 'i',
  types: ['pre-2013-exemption-test-document'],
  title: { en: 'Exemption test document (before 2013)', nl: 'Document vrijstellingstoets (vóór 2013)' },
  description: {
    en: 'The document of Besluit inburgering art. 2.7(2) as worded before 2013 (the exemption test).',
    nl: 'Het document van artikel 2.7 lid 2 Besluit inburgering zoals dat luidde vóór 2013 (de vrijstellingstoets).',
  },
  evidence: { en: 'The original document', nl: 'Het originele document' },
});

export const belgianDiploma = exemptionForDocument({
  id: 'NAT-EX-BELGIAN-DIPLOMA',
  point: 'k',
  types: ['belgian-dutch-education-diploma'],
  title: { en: 'Dutch-language education in Belgium', nl: 'Nederlandstalig onderwijs in België' },
  description: {
    en: 'A comparable diploma from Dutch-language education in Belgium, with a pass for Dutch.',
    nl: 'Een vergelijkbaar diploma uit het Nederlandstalig onderwijs in België, met een voldoende voor Nederlands.',
  },
  evidence: { en: 'The original diploma and grade list', nl: 'Het originele diploma en de cijferlijst' },
});

export const surinameseDiploma = exemptionForDocument({
  id: 'NAT-EX-SURINAMESE-DIPLOMA',
  point: 'l',
  types: ['surinamese-dutch-education-diploma'],
  title: { en: 'Dutch-language education in Suriname', nl: 'Nederlandstalig onderwijs in Suriname' },
  description: {
    en: 'A comparable diploma from Dutch-language education in Suriname, with a pass for Dutch.',
    nl: 'Een vergelijkbaar diploma uit het Nederlandstalig onderwijs in Suriname, met een voldoende voor Nederlands.',
  },
  evidence: { en: 'The original diploma and grade list', nl: 'Het originele diploma en de cijferlijst' },
});

export const europeanBaccalaureate = exemptionForDocument({
  id: 'NAT-EX-EUROPEAN-BACCALAUREATE',
  point: 'm',
  types: ['european-baccalaureate-dutch'],
  title: { en: 'European Baccalaureate with Dutch', nl: 'Europees baccalaureaat met Nederlands' },
  description: {
    en: 'The European Baccalaureate with Dutch as first or second language, passed.',
    nl: 'Het Europees baccalaureaat met Nederlands als eerste of tweede taal, met een voldoende.',
  },
  evidence: { en: 'The original diploma and grade list', nl: 'Het originele diploma en de cijferlijst' },
});

export const internationalBaccalaureate = exemptionForDocument({
  id: 'NAT-EX-INTERNATIONAL-BACCALAUREATE',
  point: 'n',
  types: ['international-baccalaureate-dutch'],
  title: { en: 'International Baccalaureate with Dutch', nl: 'Internationaal Baccalaureaat met Nederlands' },
  description: {
    en: 'The IB Middle Years Certificate, IGCSE or International Baccalaureate with a Dutch course, passed.',
    nl: 'Het IB Middle Years Certificate, IGCSE of Internationaal Baccalaureaat met een vak Nederlands, met een voldoende.',
  },
  evidence: {
    en: 'The original certificate and grade list',
    nl: 'Het originele getuigschrift en de cijferlijst',
  },
});

// BNT art. 3(1)(d), 3(2): the WIN certificate with NT2 level 2 in all four skills (read as A2) and
// the maatschappij-oriëntatie part at the level of WIN art. 11(1)(b).
export const winCertificate: NaturalisationRule = defineRule({
  id: 'NAT-EX-WIN-CERTIFICATE',
  procedure: 'naturalisation',
  effect: 'exempt',
  variants: NATURALISATION_VARIANTS,
  reads: [DIPLOMA_TYPE, ...LEVELS, MO_PASSED],
  citations: () => [
    cite('bnt-3', { paragraph: '1', point: 'd' }),
    cite('bnt-3', { paragraph: '2' }),
    ind('naturalisationExemptions'),
  ],
  evidence: {
    en: ['The original WIN certificate with the statement of the regional training centre (ROC)'],
    nl: ['Het originele WIN-certificaat met de verklaring van het regionaal opleidingencentrum (ROC)'],
  },
  text: {
    en: {
      title: 'WIN certificate with language and society parts',
      description:
        'The certificate of the Wet inburgering nieuwkomers showing NT2 level 2 in all four skills and the maatschappij-oriëntatie part passed.',
      reasons: {
        held: () =>
          'A WIN certificate shows all four skills at NT2 level 2 (read as CEFR A2, an interpretation) and the maatschappij-oriëntatie part passed: exempt from the whole test.',
        none: () =>
          'No WIN certificate with all four skills at NT2 level 2 and the maatschappij-oriëntatie part passed is listed.',
      },
    },
    nl: {
      title: 'WIN-certificaat met taal en maatschappij',
      description:
        'Het certificaat van de Wet inburgering nieuwkomers met NT2-niveau 2 voor alle vier de vaardigheden en het onderdeel maatschappij-oriëntatie behaald.',
      reasons: {
        held: () =>
          'Een WIN-certificaat toont alle vier de vaardigheden op NT2-niveau 2 (gelezen als ERK A2, een interpretatie) en het onderdeel maatschappij-oriëntatie behaald: vrijgesteld van de hele toets.',
        none: () =>
          'Er is geen WIN-certificaat opgegeven met alle vier de vaardigheden op NT2-niveau 2 en maatschappij-oriëntatie behaald.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      someItem(DIPLOMAS, input, (d, p) =>
        d.type === 'win-certificate' ? all(allSkillsAtLeast(d, p, 'A2'), moPassed(d, p)) : false,
      ),
      { satisfied: 'held', notSatisfied: 'none' },
    ),
});
