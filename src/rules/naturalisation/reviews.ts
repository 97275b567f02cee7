import { decide, defineRule, type Finding, SILENT } from '../../engine/rule.js';
import { any, knownAt, someItem, truth } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { pensionAgeReached } from '../shared/age.js';
import { NATURALISATION_VARIANTS, type NaturalisationRule } from './context.js';
import {
  DATE_OF_BIRTH,
  DECISION_GROUND,
  DIPLOMA_TYPE,
  DIPLOMAS,
  DUO_DECISIONS,
  EXAM_RESULTS,
  NATIONALITIES,
  RESULT_EXAM,
} from './facts.js';

const WI2021_DOCUMENTS = new Set([
  'civic-integration-diploma-wi2021',
  'civic-integration-certificate-wi2021',
]);

// BNT art. 3(1) is a closed list that names no Wi 2021 document; whether the Wi 2021 diploma or
// certificate counts for naturalisation is not settled.
export const wi2021: NaturalisationRule = defineRule({
  id: 'NAT-REVIEW-WI2021',
  procedure: 'naturalisation',
  effect: 'manual-review',
  variants: NATURALISATION_VARIANTS,
  reads: [DIPLOMA_TYPE, RESULT_EXAM],
  citations: () => [cite('bnt-3', { paragraph: '1' }), cite('wi2021-6', { paragraph: '2' })],
  evidence: {
    en: ["The original Wi 2021 diploma or certificate, or DUO's result letters"],
    nl: ['Het originele diploma of certificaat Wi 2021, of de uitslagbrieven van DUO'],
  },
  text: {
    en: {
      title: 'Wi 2021 diploma or results',
      description:
        'Naturalisation uses the Wi 2013 exam; the Besluit naturalisatietoets names no Wi 2021 document, so whether Wi 2021 results count is not settled.',
      reasons: {
        review: () =>
          'A Wi 2021 diploma, certificate or exam result is listed; the naturalisation rules (BNT art. 3(1)) do not name them, so the IND must judge whether they count.',
        none: () => 'No Wi 2021 diploma, certificate or exam result is listed.',
      },
    },
    nl: {
      title: 'Diploma of uitslagen Wi 2021',
      description:
        'Naturalisatie gebruikt het examen van de Wi 2013; het Besluit naturalisatietoets noemt geen document van de Wi 2021, dus of uitslagen onder de Wi 2021 tellen, staat niet vast.',
      reasons: {
        review: () =>
          'Er is een diploma, certificaat of examenuitslag van de Wi 2021 opgegeven; de naturalisatieregels (BNT art. 3 lid 1) noemen die niet, dus de IND moet beoordelen of ze tellen.',
        none: () => 'Er is geen diploma, certificaat of examenuitslag van de Wi 2021 opgegeven.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      any(
        someItem(DIPLOMAS, input, (d) => WI2021_DOCUMENTS.has(d.type)),
        someItem(EXAM_RESULTS, input, (r) => r.exam === 'wi2021'),
      ),
      { satisfied: 'review', notSatisfied: 'none' },
    ),
});

const REVIEW_GROUNDS = new Set(['sufficiently-integrated', 'special-circumstances', 'education', 'other']);
const REVIEW_DOCUMENTS = new Set(['caribbean-dutch-education-diploma', 'other']);

// Documents the closed lists do not settle: Caribbean Dutch-language diplomas (BNT art. 3(1)(b) "op
// wettelijke basis" as interpreted), Staatsexamen part results, DUO decisions on other grounds.
export const documentReview: NaturalisationRule = defineRule({
  id: 'NAT-REVIEW-DOCUMENT',
  procedure: 'naturalisation',
  effect: 'manual-review',
  variants: NATURALISATION_VARIANTS,
  reads: [DIPLOMA_TYPE, RESULT_EXAM, DECISION_GROUND],
  citations: () => [cite('bnt-3', { paragraph: '1', point: 'b' }), cite('bnt-3', { paragraph: '3' })],
  evidence: {
    en: ['The original document or decision, with any grade list'],
    nl: ['Het originele document of besluit, met een eventuele cijferlijst'],
  },
  text: {
    en: {
      title: 'Document or decision for the IND to judge',
      description:
        'Caribbean Dutch-language diplomas, Staatsexamen NT2 part results, other documents and DUO decisions on other grounds (sufficiently integrated, special circumstances, education) are judged by the municipality and the IND.',
      reasons: {
        review: () =>
          "A listed document, exam result or DUO decision is one whose effect on the naturalisation test the rules do not settle: the IND must judge it, on the municipality's advice.",
        none: () => "No listed document, result or decision needs the IND's own judgement.",
      },
    },
    nl: {
      title: 'Document of besluit ter beoordeling van de IND',
      description:
        "Caribische Nederlandstalige diploma's, deeluitslagen Staatsexamen NT2, andere documenten en besluiten van DUO op andere gronden (voldoende ingeburgerd, bijzondere omstandigheden, onderwijs) beoordelen de gemeente en de IND.",
      reasons: {
        review: () =>
          'Een opgegeven document, examenuitslag of besluit van DUO heeft een gevolg voor de naturalisatietoets dat de regels niet vastleggen: de IND moet het beoordelen, op advies van de gemeente.',
        none: () => 'Geen opgegeven document, uitslag of besluit vraagt een eigen oordeel van de IND.',
      },
    },
  },
  evaluate: (input) => {
    return decide(
      any(
        someItem(DIPLOMAS, input, (d) => REVIEW_DOCUMENTS.has(d.type)),
        someItem(EXAM_RESULTS, input, (r) => r.exam === 'staatsexamen-nt2'),
        someItem(DUO_DECISIONS, input, (d, p) =>
          knownAt(DECISION_GROUND, d, p, (g) => REVIEW_GROUNDS.has(g)),
        ),
      ),
      { satisfied: 'review', notSatisfied: 'none' },
    );
  },
});

// The residence list exempts Belgian, Luxembourg and Turkish nationals and the pensionable age; the
// naturalisation lists (BNT art. 3 and 4) are closed and have none of these grounds.
export const notResidenceExemptions: NaturalisationRule = defineRule({
  id: 'NAT-NOT-RESIDENCE-EXEMPTIONS',
  procedure: 'naturalisation',
  effect: 'information',
  variants: NATURALISATION_VARIANTS,
  reads: [NATIONALITIES, DATE_OF_BIRTH],
  citations: () => [
    cite('bnt-3', { paragraph: '1' }),
    cite('bnt-4', { paragraph: '1' }),
    ind('benelux'),
    ind('age'),
  ],
  evidence: { en: [], nl: [] },
  text: {
    en: {
      title: 'Residence-permit exemptions that do not apply to naturalisation',
      description:
        'Belgian, Luxembourg or Turkish nationality and the pensionable age exempt from the integration requirement for a residence permit, but not from the naturalisation test.',
      reasons: {
        nationality: () =>
          'Belgian, Luxembourg or Turkish nationality exempts from the integration requirement for a residence permit, but not for naturalisation: the exemptions of the naturalisation test (Besluit naturalisatietoets art. 3 and 4) are a closed list without it.',
        pension: () =>
          'The pensionable age exempts from the integration requirement for a residence permit, but for naturalisation it exempts only the ONA part (NAT-PX-ONA-PENSION-AGE), not the test.',
        both: () =>
          'Belgian, Luxembourg or Turkish nationality and the pensionable age exempt from the integration requirement for a residence permit, but not from the naturalisation test: its exemptions (Besluit naturalisatietoets art. 3 and 4) are a closed list, and the pensionable age exempts only the ONA part.',
        [SILENT]: () => 'Nothing to add for this applicant.',
      },
    },
    nl: {
      title: 'Vrijstellingen voor verblijf die niet gelden voor naturalisatie',
      description:
        'De Belgische, Luxemburgse of Turkse nationaliteit en de pensioengerechtigde leeftijd stellen vrij van het inburgeringsvereiste voor een verblijfsvergunning, maar niet van de naturalisatietoets.',
      reasons: {
        nationality: () =>
          'De Belgische, Luxemburgse of Turkse nationaliteit stelt vrij van het inburgeringsvereiste voor een verblijfsvergunning, maar niet voor naturalisatie: de vrijstellingen van de naturalisatietoets (Besluit naturalisatietoets art. 3 en 4) zijn een gesloten lijst zonder die grond.',
        pension: () =>
          'De pensioengerechtigde leeftijd stelt vrij van het inburgeringsvereiste voor een verblijfsvergunning, maar bij naturalisatie alleen van het onderdeel ONA (NAT-PX-ONA-PENSION-AGE), niet van de toets.',
        both: () =>
          'De Belgische, Luxemburgse of Turkse nationaliteit en de pensioengerechtigde leeftijd stellen vrij van het inburgeringsvereiste voor een verblijfsvergunning, maar niet van de naturalisatietoets: de vrijstellingen daarvan (Besluit naturalisatietoets art. 3 en 4) zijn een gesloten lijst, en de pensioenleeftijd stelt alleen vrij van ONA.',
        [SILENT]: () => 'Niets toe te voegen voor deze aanvrager.',
      },
    },
  },
  evaluate: (input, context): Finding<'nationality' | 'pension' | 'both' | typeof SILENT> => {
    const nationality = (NATIONALITIES.read(input) ?? []).some((c) => c === 'BE' || c === 'LU' || c === 'TR');
    const pension = pensionAgeReached(context.birth, [context.onaDate]).status === 'satisfied';
    if (!nationality && !pension) return { status: 'not-satisfied', missing: [], reason: SILENT };
    return decide(truth(false), {
      satisfied: 'both',
      notSatisfied: nationality && pension ? 'both' : nationality ? 'nationality' : 'pension',
    });
  },
});
