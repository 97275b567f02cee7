import { anniversary } from '../../calendar/anniversary.js';
import { decide, defineRule, type Facts, firstFailing } from '../../engine/rule.js';
import { all, known, not } from '../../engine/tri.js';
import { dateSpan } from '../../i18n/format.js';
import { cite } from '../../law/cite.js';
import { ageAtLeast, anniversaryFacts } from '../shared/age.js';
import { NATURALISATION_VARIANTS, type NaturalisationRule } from './context.js';
import {
  APPLICATION_DATE,
  DATE_OF_BIRTH,
  MARRIED_BEFORE_18,
  NATIONALITIES,
  PLACE_OF_RESIDENCE,
} from './facts.js';

// RWN art. 8(1): naturalisation is for "de verzoeker", a foreign national; RnN art. 1(b) "verzoeker:
// de meerderjarige vreemdeling".
export const dutchNational: NaturalisationRule = defineRule({
  id: 'NAT-SCOPE-DUTCH-NATIONAL',
  procedure: 'naturalisation',
  effect: 'not-applicable',
  variants: NATURALISATION_VARIANTS,
  reads: [NATIONALITIES],
  citations: () => [cite('rwn-8', { paragraph: '1' }), cite('rnn-1', { point: 'b' })],
  evidence: { en: ['Passport or identity card'], nl: ['Paspoort of identiteitskaart'] },
  text: {
    en: {
      title: 'Already a Dutch national',
      description: 'Naturalisation is for foreign nationals: a Dutch national does not apply for it.',
      reasons: {
        dutch: () =>
          'The applicant already has Dutch nationality: there is no naturalisation, and no naturalisation test.',
        foreign: () => 'The applicant does not have Dutch nationality.',
      },
    },
    nl: {
      title: 'Al Nederlander',
      description: 'Naturalisatie is voor vreemdelingen: een Nederlander vraagt die niet aan.',
      reasons: {
        dutch: () =>
          'De aanvrager heeft al de Nederlandse nationaliteit: er is geen naturalisatie en geen naturalisatietoets.',
        foreign: () => 'De aanvrager heeft niet de Nederlandse nationaliteit.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      known(NATIONALITIES, input, (list) => list.includes('NL')),
      {
        satisfied: 'dutch',
        notSatisfied: 'foreign',
      },
    ),
});

// RWN art. 8(1)(a): the applicant "die meerderjarig is"; art. 1: married before 18 counts as an
// adult; art. 11: minors co-naturalise with a parent, without the test.
export const minor: NaturalisationRule = defineRule({
  id: 'NAT-SCOPE-MINOR',
  procedure: 'naturalisation',
  effect: 'not-applicable',
  variants: NATURALISATION_VARIANTS,
  reads: [DATE_OF_BIRTH, MARRIED_BEFORE_18, APPLICATION_DATE],
  citations: () => [
    cite('rwn-1', { paragraph: '1', point: 'b' }),
    cite('rwn-8', { paragraph: '1', point: 'a' }),
    cite('rwn-11', { paragraph: '1' }),
    cite('rnn-1', { point: 'b' }),
  ],
  evidence: {
    en: ['Passport or BRP extract showing the date of birth; a marriage certificate if married'],
    nl: ['Paspoort of BRP-uittreksel met de geboortedatum; een huwelijksakte als de aanvrager getrouwd is'],
  },
  text: {
    en: {
      title: 'Minor: co-naturalises without the test',
      description:
        'A minor (under 18 on the application date and not married before 18) does not take the naturalisation test but co-naturalises with a parent (RWN art. 11).',
      reasons: {
        minor: (f) =>
          `The applicant is under 18 on the application date (18th birthday ${dateSpan(f.earliest, f.latest, 'en')}) and not married: a minor co-naturalises with a parent, without the test.`,
        adult: () => 'The applicant is 18 or older on the application date.',
        married: () =>
          'The applicant is under 18 but married before 18, and so counts as an adult (RWN art. 1).',
        open: (f) =>
          `The 18th birthday (${dateSpan(f.earliest, f.latest, 'en')}) falls on a day that exists only in one reading (born on 29 February): the IND decides whether the applicant is a minor.`,
      },
    },
    nl: {
      title: 'Minderjarig: naturaliseert mee zonder toets',
      description:
        'Een minderjarige (jonger dan 18 op de aanvraagdatum en niet vóór 18 getrouwd) doet geen naturalisatietoets maar naturaliseert mee met een ouder (RWN art. 11).',
      reasons: {
        minor: (f) =>
          `De aanvrager is op de aanvraagdatum jonger dan 18 (18e verjaardag ${dateSpan(f.earliest, f.latest, 'nl')}) en niet getrouwd: een minderjarige naturaliseert mee met een ouder, zonder toets.`,
        adult: () => 'De aanvrager is op de aanvraagdatum 18 of ouder.',
        married: () =>
          'De aanvrager is jonger dan 18 maar vóór 18 getrouwd, en geldt daarom als meerderjarig (RWN art. 1).',
        open: (f) =>
          `De 18e verjaardag (${dateSpan(f.earliest, f.latest, 'nl')}) valt op een dag die maar in één lezing bestaat (geboren op 29 februari): de IND beslist of de aanvrager minderjarig is.`,
      },
    },
  },
  evaluate: (input, context) => {
    const young = not(ageAtLeast(context.birth, 18, [context.applicationDate]));
    const unmarried = known(MARRIED_BEFORE_18, input, (married) => !married);
    const facts: Facts = anniversaryFacts(context.birth, (b) => anniversary(b, 18));
    return decide(
      all(young, unmarried),
      {
        satisfied: 'minor',
        notSatisfied: firstFailing(
          [
            [young, 'adult'],
            [unmarried, 'married'],
          ],
          'adult',
        ),
        open: 'open',
      },
      facts,
    );
  },
});

// RWN art. 8(1)(d) asks, in Aruba, Curaçao, Sint Maarten and the BES islands, for the island's
// language too; the separate Caribbean test (BNT art. 2(2)) is not modelled.
export const caribbean: NaturalisationRule = defineRule({
  id: 'NAT-REVIEW-CARIBBEAN',
  procedure: 'naturalisation',
  effect: 'manual-review',
  variants: NATURALISATION_VARIANTS,
  reads: [PLACE_OF_RESIDENCE],
  citations: () => [cite('rwn-8', { paragraph: '1', point: 'd' }), cite('bnt-2', { paragraph: '2' })],
  evidence: {
    en: ['Proof of the main residence on the island'],
    nl: ['Bewijs van het hoofdverblijf op het eiland'],
  },
  text: {
    en: {
      title: 'Living in the Caribbean parts of the Kingdom',
      description:
        "In Aruba, Curaçao, Sint Maarten, Bonaire, Sint Eustatius and Saba the test includes the island's language; the service does not model that test.",
      reasons: {
        caribbean: () =>
          "The applicant lives in the Caribbean part of the Kingdom, where the naturalisation test also covers the language of the island (RWN art. 8(1)(d)); the service does not assess that test: the IND (via the Governor's cabinet or the IND unit Caribisch Nederland) must.",
        elsewhere: () => 'The applicant lives in the European Netherlands or abroad.',
      },
    },
    nl: {
      title: 'Wonend in het Caribische deel van het Koninkrijk',
      description:
        'In Aruba, Curaçao, Sint Maarten, Bonaire, Sint Eustatius en Saba omvat de toets ook de taal van het eiland; die toets modelleert de dienst niet.',
      reasons: {
        caribbean: () =>
          'De aanvrager woont in het Caribische deel van het Koninkrijk, waar de naturalisatietoets ook de taal van het eiland omvat (RWN art. 8 lid 1 onder d); die toets beoordeelt de dienst niet: de IND (via het kabinet van de Gouverneur of de IND-unit Caribisch Nederland) doet dat.',
        elsewhere: () => 'De aanvrager woont in Europees Nederland of in het buitenland.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      known(PLACE_OF_RESIDENCE, input, (place) => place === 'caribbean'),
      {
        satisfied: 'caribbean',
        notSatisfied: 'elsewhere',
      },
    ),
});
