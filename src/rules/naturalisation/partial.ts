import { decide, defineRule } from '../../engine/rule.js';
import { known, someItem } from '../../engine/tri.js';
import { dateSpan, valuesByDate, yearsAndMonths } from '../../i18n/format.js';
import { cite, citeUnstored } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { AOW_NOT_YET_FIXED_FLOOR } from '../../parameters/aow.js';
import { NATURALISATION_LANGUAGE_LEVEL } from '../../parameters/index.js';
import { LANGUAGE_SKILLS } from '../../schemas/common.js';
import { BIRTH_DATE_EVIDENCE, pensionAgeReached, pensionFacts } from '../shared/age.js';
import { allSkillsAtLeast, LEVELS, moPassed } from '../shared/documents.js';
import { NATURALISATION_VARIANTS, type NaturalisationRule } from './context.js';
import {
  APPLICATION_DATE,
  DATE_OF_BIRTH,
  DECISION_DATE,
  DIPLOMA_TYPE,
  DIPLOMAS,
  MO_PASSED,
  ONA_EXEMPTION,
  PLACE_OF_RESIDENCE,
} from './facts.js';

const LANGUAGE_CERTIFICATES = new Set(['oudkomers-certificate', 'win-certificate', 'cnavt-certificate']);

// RnN art. 4(1), (5), (7): the oudkomers certificate, the WIN certificate and the CNaVT certificates
// exempt the four language parts at the naturalisation level in force (NT2 level 2 read as A2).
export const languageCertificate: NaturalisationRule = defineRule({
  id: 'NAT-PX-LANGUAGE-CERTIFICATE',
  procedure: 'naturalisation',
  effect: 'partially-exempt',
  relieves: [...LANGUAGE_SKILLS],
  variants: NATURALISATION_VARIANTS,
  reads: [DIPLOMA_TYPE, ...LEVELS],
  citations: () => [
    cite('rnn-4', { paragraph: '1' }),
    cite('rnn-4', { paragraph: '5' }),
    cite('rnn-4', { paragraph: '7' }),
    ind('naturalisationExemptions'),
  ],
  evidence: {
    en: ['The original certificate, with the statement of the institution where the levels were tested'],
    nl: ['Het originele certificaat, met de verklaring van de instelling waar de niveaus zijn getoetst'],
  },
  text: {
    en: {
      title: 'Language certificate: the four language parts',
      description: `An oudkomers, WIN or CNaVT certificate with all four skills at the level in force (${valuesByDate(NATURALISATION_LANGUAGE_LEVEL, 'en')}) or higher exempts reading, listening, writing and speaking; KNM (and ONA) remain.`,
      reasons: {
        held: (f) =>
          `A language certificate shows all four skills at ${f.level} or higher: reading, listening, writing and speaking are exempt; the other parts remain.`,
        none: (f) =>
          `No oudkomers, WIN or CNaVT certificate with all four skills at ${f.level} or higher is listed.`,
      },
    },
    nl: {
      title: 'Taalcertificaat: de vier taalonderdelen',
      description: `Een oudkomers-, WIN- of CNaVT-certificaat met alle vier de vaardigheden op het geldende niveau (${valuesByDate(NATURALISATION_LANGUAGE_LEVEL, 'nl')}) of hoger stelt vrij van lezen, luisteren, schrijven en spreken; KNM (en ONA) blijven.`,
      reasons: {
        held: (f) =>
          `Een taalcertificaat toont alle vier de vaardigheden op ${f.level} of hoger: lezen, luisteren, schrijven en spreken zijn vrijgesteld; de andere onderdelen blijven.`,
        none: (f) =>
          `Er is geen oudkomers-, WIN- of CNaVT-certificaat met alle vier de vaardigheden op ${f.level} of hoger opgegeven.`,
      },
    },
  },
  evaluate: (input, context) =>
    decide(
      someItem(DIPLOMAS, input, (d, p) =>
        LANGUAGE_CERTIFICATES.has(d.type) ? allSkillsAtLeast(d, p, context.level) : false,
      ),
      { satisfied: 'held', notSatisfied: 'none' },
      { level: context.level },
    ),
});

// RnN art. 4(4): the WIN certificate with the maatschappij-oriëntatie part exempts KNM.
export const knmWinMo: NaturalisationRule = defineRule({
  id: 'NAT-PX-KNM-WIN-MO',
  procedure: 'naturalisation',
  effect: 'partially-exempt',
  relieves: ['knm'],
  variants: NATURALISATION_VARIANTS,
  reads: [DIPLOMA_TYPE, MO_PASSED],
  citations: () => [cite('rnn-4', { paragraph: '4' }), ind('naturalisationExemptions')],
  evidence: {
    en: ['The original WIN certificate with the statement of the regional training centre (ROC)'],
    nl: ['Het originele WIN-certificaat met de verklaring van het regionaal opleidingencentrum (ROC)'],
  },
  text: {
    en: {
      title: 'WIN certificate: the KNM part',
      description: 'A WIN certificate with the maatschappij-oriëntatie part passed exempts the KNM part.',
      reasons: {
        held: () => 'A WIN certificate shows the maatschappij-oriëntatie part passed: KNM is exempt.',
        none: () => 'No WIN certificate with the maatschappij-oriëntatie part passed is listed.',
      },
    },
    nl: {
      title: 'WIN-certificaat: het onderdeel KNM',
      description:
        'Een WIN-certificaat met het onderdeel maatschappij-oriëntatie behaald stelt vrij van KNM.',
      reasons: {
        held: () =>
          'Een WIN-certificaat toont het onderdeel maatschappij-oriëntatie behaald: KNM is vrijgesteld.',
        none: () => 'Er is geen WIN-certificaat met maatschappij-oriëntatie behaald opgegeven.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      someItem(DIPLOMAS, input, (d, p) => (d.type === 'win-certificate' ? moPassed(d, p) : false)),
      { satisfied: 'held', notSatisfied: 'none' },
    ),
});

// RnN art. 4(3): the part "kennis van de staatsinrichting en maatschappij" of the old (pre-2007)
// naturalisation test exempts KNM.
export const knmOldTest: NaturalisationRule = defineRule({
  id: 'NAT-PX-KNM-OLD-TEST',
  procedure: 'naturalisation',
  effect: 'partially-exempt',
  relieves: ['knm'],
  variants: NATURALISATION_VARIANTS,
  reads: [DIPLOMA_TYPE],
  citations: () => [cite('rnn-4', { paragraph: '3' }), ind('naturalisationExemptions')],
  evidence: {
    en: ['The original certificate of the naturalisation test from before 1 April 2007'],
    nl: ['Het originele certificaat van de naturalisatietoets van vóór 1 april 2007'],
  },
  text: {
    en: {
      title: 'Old naturalisation test: the KNM part',
      description:
        'The knowledge-of-society part of the naturalisation test as it was before 1 April 2007 exempts KNM.',
      reasons: {
        held: () => 'The certificate of the naturalisation test from before 2007 is listed: KNM is exempt.',
        none: () => 'No certificate of the naturalisation test from before 2007 is listed.',
      },
    },
    nl: {
      title: 'Oude naturalisatietoets: het onderdeel KNM',
      description:
        'Het onderdeel kennis van de staatsinrichting en maatschappij van de naturalisatietoets van vóór 1 april 2007 stelt vrij van KNM.',
      reasons: {
        held: () =>
          'Het certificaat van de naturalisatietoets van vóór 2007 is opgegeven: KNM is vrijgesteld.',
        none: () => 'Er is geen certificaat van de naturalisatietoets van vóór 2007 opgegeven.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      someItem(DIPLOMAS, input, (d) => d.type === 'naturalisation-test-certificate-pre-2007'),
      { satisfied: 'held', notSatisfied: 'none' },
    ),
});

// RnN art. 4(8)(a): "de verzoeker die de pensioengerechtigde leeftijd … heeft bereikt"; judged on the
// date of the decision (HRWN), which the request may give.
/** The reference date a reason names, in Dutch (the facts carry the code: application or decision). */
const dateNameNl = (on: string | number | undefined) => (on === 'decision' ? 'beslisdatum' : 'aanvraagdatum');

export const onaPensionAge: NaturalisationRule = defineRule({
  id: 'NAT-PX-ONA-PENSION-AGE',
  procedure: 'naturalisation',
  effect: 'partially-exempt',
  relieves: ['ona'],
  variants: NATURALISATION_VARIANTS,
  reads: [DATE_OF_BIRTH, DECISION_DATE, APPLICATION_DATE],
  citations: () => [
    cite('rnn-4', { paragraph: '8', point: 'a' }),
    cite('aow-7a', { paragraph: '1' }),
    cite('aow-7a', { paragraph: '2' }),
    ind('naturalisationExemptions'),
  ],
  evidence: BIRTH_DATE_EVIDENCE,
  text: {
    en: {
      title: 'Pensionable age: the ONA part',
      description:
        'An applicant who has reached the statutory pensionable age on the date of the decision (else the application date) is exempt from ONA (orientation on the Dutch labour market) only.',
      reasons: {
        reached: (f) =>
          `The pensionable age (${yearsAndMonths(f.years, f.months, 'en')}) is reached ${dateSpan(f.earliest, f.latest, 'en')}, by the ${f.on} date: ONA is exempt. The other parts remain: the pensionable age is no exemption from the naturalisation test itself.`,
        notReached: (f) =>
          `The pensionable age (${yearsAndMonths(f.years, f.months, 'en')}) is reached ${dateSpan(f.earliest, f.latest, 'en')}: not yet on the ${f.on} date.`,
        open: (f) =>
          f.fixed === 'no'
            ? `The pensionable age for this birth date is not yet fixed (at least ${yearsAndMonths(AOW_NOT_YET_FIXED_FLOOR.years, AOW_NOT_YET_FIXED_FLOOR.months, 'en')}, reached ${dateSpan(f.earliest, f.latest, 'en')}): whether it is reached on the ${f.on} date cannot be settled.`
            : `The pensionable age is reached ${dateSpan(f.earliest, f.latest, 'en')}, a day with two readings: the IND decides.`,
      },
    },
    nl: {
      title: 'Pensioengerechtigde leeftijd: het onderdeel ONA',
      description:
        'Een aanvrager die op de beslisdatum (anders de aanvraagdatum) de pensioengerechtigde leeftijd heeft bereikt, is alleen vrijgesteld van ONA (oriëntatie op de Nederlandse arbeidsmarkt).',
      reasons: {
        reached: (f) =>
          `De pensioengerechtigde leeftijd (${yearsAndMonths(f.years, f.months, 'nl')}) wordt bereikt ${dateSpan(f.earliest, f.latest, 'nl')}, uiterlijk op de ${dateNameNl(f.on)}: ONA is vrijgesteld. De andere onderdelen blijven: de pensioenleeftijd stelt niet vrij van de naturalisatietoets zelf.`,
        notReached: (f) =>
          `De pensioengerechtigde leeftijd (${yearsAndMonths(f.years, f.months, 'nl')}) wordt bereikt ${dateSpan(f.earliest, f.latest, 'nl')}: nog niet op de ${dateNameNl(f.on)}.`,
        open: (f) =>
          f.fixed === 'no'
            ? `De pensioengerechtigde leeftijd voor deze geboortedatum is nog niet vastgesteld (ten minste ${yearsAndMonths(AOW_NOT_YET_FIXED_FLOOR.years, AOW_NOT_YET_FIXED_FLOOR.months, 'nl')}, bereikt ${dateSpan(f.earliest, f.latest, 'nl')}): of die op de ${dateNameNl(f.on)} is bereikt, valt niet vast te stellen.`
            : `De pensioengerechtigde leeftijd wordt bereikt ${dateSpan(f.earliest, f.latest, 'nl')}, een dag met twee lezingen: de IND beslist.`,
      },
    },
  },
  evaluate: (_input, context) => {
    const onDecision = context.decisionDate !== undefined;
    return decide(
      pensionAgeReached(context.birth, [context.onaDate]),
      { satisfied: 'reached', notSatisfied: 'notReached', open: 'open' },
      {
        ...pensionFacts(context.birth),
        on: onDecision ? 'decision' : 'application',
      },
    );
  },
});

const ONA_EXEMPTIONS = new Set(['employee', 'self-employed', 'bbz', 'registered-before-2015']);

// RnN art. 4(8)(b) (registered with DUO before 2015) and 4(8)(c) as amended (work as an employee or
// self-employed person, or Bbz support, in the 12 months before): DUO decides and the decision exempts ONA.
export const onaDuo: NaturalisationRule = defineRule({
  id: 'NAT-PX-ONA-DUO',
  procedure: 'naturalisation',
  effect: 'partially-exempt',
  relieves: ['ona'],
  variants: NATURALISATION_VARIANTS,
  reads: [ONA_EXEMPTION],
  citations: () => [
    cite('rnn-4', { paragraph: '8', point: 'b' }),
    citeUnstored({
      title: 'Regeling naturalisatietoets Nederland',
      bwbId: 'BWBR0021067',
      article: '4',
      paragraph: '8',
      point: 'c',
      versionDate: '2024-05-17',
    }),
    ind('naturalisationExemptions'),
  ],
  evidence: {
    en: ["DUO's decision exempting the ONA part"],
    nl: ['Het besluit van DUO dat vrijstelt van het onderdeel ONA'],
  },
  text: {
    en: {
      title: 'DUO exemption of the ONA part',
      description:
        'DUO exempts ONA for applicants who registered for the test before 2015 (fee received before 1 February 2015), and for those who worked as an employee or self-employed person, or received Bbz support, in the year before.',
      reasons: {
        exempt: () => 'DUO decided to exempt the ONA part: ONA is exempt.',
        none: () => 'There is no DUO decision exempting the ONA part.',
      },
    },
    nl: {
      title: 'Vrijstelling van ONA door DUO',
      description:
        'DUO stelt vrij van ONA wie zich vóór 2015 voor de toets aanmeldde (examengeld ontvangen vóór 1 februari 2015), en wie in het jaar ervoor werkte in loondienst of als zelfstandige, of Bbz ontving.',
      reasons: {
        exempt: () => 'DUO heeft besloten vrij te stellen van het onderdeel ONA: ONA is vrijgesteld.',
        none: () => 'Er is geen besluit van DUO dat vrijstelt van het onderdeel ONA.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      known(ONA_EXEMPTION, input, (e) => ONA_EXEMPTIONS.has(e)),
      { satisfied: 'exempt', notSatisfied: 'none' },
    ),
});

// RnN art. 3: abroad, the test is the central part of the exam (language and KNM): it has no ONA.
export const onaAbroad: NaturalisationRule = defineRule({
  id: 'NAT-PX-ONA-ABROAD',
  procedure: 'naturalisation',
  effect: 'component-not-required',
  relieves: ['ona'],
  variants: NATURALISATION_VARIANTS,
  reads: [PLACE_OF_RESIDENCE],
  citations: () => [
    cite('rnn-3', { paragraph: '1' }),
    cite('rnn-3', { paragraph: '2' }),
    ind('naturalisationAbroad'),
  ],
  evidence: {
    en: ['Proof of the main residence abroad'],
    nl: ['Bewijs van het hoofdverblijf in het buitenland'],
  },
  text: {
    en: {
      title: 'Abroad: no ONA part',
      description: 'The naturalisation test taken abroad has no ONA part.',
      reasons: {
        abroad: () => 'The applicant lives abroad: the test there has no ONA part.',
        notAbroad: () => 'The applicant does not live abroad.',
      },
    },
    nl: {
      title: 'Buitenland: geen onderdeel ONA',
      description: 'De naturalisatietoets in het buitenland heeft geen onderdeel ONA.',
      reasons: {
        abroad: () => 'De aanvrager woont in het buitenland: de toets daar heeft geen onderdeel ONA.',
        notAbroad: () => 'De aanvrager woont niet in het buitenland.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      known(PLACE_OF_RESIDENCE, input, (p) => p === 'abroad'),
      { satisfied: 'abroad', notSatisfied: 'notAbroad' },
    ),
});

/** Every partial rule: the components model reads their findings (NAT-MET-ALL-COMPONENTS depends on them). */
export const PARTIAL_RULES: readonly NaturalisationRule[] = [
  languageCertificate,
  knmWinMo,
  knmOldTest,
  onaPensionAge,
  onaDuo,
  onaAbroad,
];
