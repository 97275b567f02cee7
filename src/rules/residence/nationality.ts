import { formatDay } from '../../calendar/date.js';
import { decide, defineRule, type Finding, firstFailing } from '../../engine/rule.js';
import { all, any, flag, known, knownAt, NO, not, someItem, type Tri, truth } from '../../engine/tri.js';
import { longDate } from '../../i18n/format.js';
import { caseLaw, ind, policy } from '../../law/guidance.js';
import { MODELLED_FROM, TURKISH_EXEMPTION_ENDS } from '../../parameters/index.js';
import type { ResidenceRequest } from '../../schemas/residence.js';
import { vb351 } from './articles.js';
import { forPermits, type ResidenceContext, type ResidenceRule } from './context.js';
import {
  APPLICATION_DATE,
  FAMILY_MEMBERS,
  HUMANITARIAN_GROUND,
  MEMBER_NATIONALITIES,
  NATIONALITIES,
  OTHER_CONDITIONS_MET,
  RELATIONSHIP,
  TURKISH_STANDSTILL_WORKER,
} from './facts.js';

export const benelux: ResidenceRule = defineRule({
  id: 'RES-EX-BENELUX',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [NATIONALITIES],
  // IND policy: no statutory letter was found, so the IND page itself is the basis cited.
  citations: () => [ind('benelux')],
  evidence: {
    en: ['Belgian or Luxembourg passport or identity card'],
    nl: ['Belgisch of Luxemburgs paspoort of identiteitskaart'],
  },
  text: {
    en: {
      title: 'Belgian or Luxembourg nationality',
      description:
        'The IND exempts Belgian and Luxembourg nationals (IND policy; no statutory provision was found).',
      reasons: {
        applies: () =>
          'The applicant has Belgian or Luxembourg nationality, which the IND page lists as an exemption.',
        not: () => 'The applicant has neither Belgian nor Luxembourg nationality.',
      },
    },
    nl: {
      title: 'Belgische of Luxemburgse nationaliteit',
      description:
        'De IND stelt Belgen en Luxemburgers vrij (IND-beleid; er is geen wettelijke bepaling gevonden).',
      reasons: {
        applies: () =>
          'De aanvrager heeft de Belgische of Luxemburgse nationaliteit, die de IND-pagina als vrijstelling noemt.',
        not: () => 'De aanvrager heeft niet de Belgische of Luxemburgse nationaliteit.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      known(NATIONALITIES, input, (list) => list.includes('BE') || list.includes('LU')),
      { satisfied: 'applies', notSatisfied: 'not' },
    ),
});

/** Family members who count (IND page): spouse, registered partner, and a Turkish parent of the applicant. */
const TURKISH_FAMILY = new Set(['spouse', 'registered-partner', 'parent']);
/** Ties whose status as "family member" is not settled. */
const UNSETTLED_FAMILY = new Set(['child', 'other']);

const hasTurkish = (nationalities: readonly string[]): boolean => nationalities.includes('TR');

function familyTie(input: ResidenceRequest, relationships: ReadonlySet<string>): Tri {
  return someItem(FAMILY_MEMBERS, input, (member, p) =>
    all(
      knownAt(RELATIONSHIP, member, p, (r) => relationships.has(r)),
      knownAt(MEMBER_NATIONALITIES, member, p, hasTurkish),
    ),
  );
}

/** The Turkish case of docs/rules.md: a TR nationality, or a Turkish spouse, registered partner or parent. */
function turkishCase(input: ResidenceRequest): Tri {
  return any(known(NATIONALITIES, input, hasTurkish), familyTie(input, TURKISH_FAMILY));
}

/** Whether the only Turkish family member is an unregistered partner (for the "why not"). */
function onlyUnregisteredPartner(input: ResidenceRequest): boolean {
  const turkish = (FAMILY_MEMBERS.read(input) ?? []).filter((m) => m.nationalities?.includes('TR'));
  return turkish.length > 0 && turkish.every((m) => m.relationship === 'unregistered-partner');
}

/** The transitional condition: every other condition of the permit met before 2025-01-01. */
const otherConditionsMet = (input: ResidenceRequest): Tri => flag(OTHER_CONDITIONS_MET, input);

/** The day the Turkish exemption ended (the parameter TURKISH_EXEMPTION), as texts name it. */
const END = (lang: 'en' | 'nl') => longDate(TURKISH_EXEMPTION_ENDS.text, lang);
/** The last day of the Turkish exemption: the formulations before and after the cut-off meet here. */
const LAST_DAY = formatDay(TURKISH_EXEMPTION_ENDS.day - 1);

const standstillRoute = (input: ResidenceRequest, context: ResidenceContext): Tri =>
  all(
    truth(context.permit === 'non-temporary-humanitarian'),
    known(HUMANITARIAN_GROUND, input, (g) => g === 'continued-residence-as-family-member'),
    flag(TURKISH_STANDSTILL_WORKER, input),
  );

const IND_NEWS = policy(
  'IND news 26 July 2024: "Turken hebben inburgeringsdiploma nodig voor verblijf onbepaalde tijd"',
  'https://ind.nl/nl/nieuws/turken-hebben-inburgeringsdiploma-nodig-voor-verblijf-onbepaalde-tijd',
  'Turkse burgers die vanaf 1 januari 2025 een verblijfsvergunning voor onbepaalde tijd aanvragen, moeten een inburgeringsdiploma kunnen overleggen.',
);
const CRVB_2011 = caseLaw(
  'Centrale Raad van Beroep 16 August 2011 (Turkish nationals and the civic integration obligation)',
  'ECLI:NL:CRVB:2011:BR4959',
  'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:CRVB:2011:BR4959',
);

const turkishEvidence = {
  en: [
    "Turkish passport, or the family member's Turkish passport with a marriage, partnership or birth certificate",
  ],
  nl: [
    'Turks paspoort, of het Turkse paspoort van het familielid met een huwelijks-, partnerschaps- of geboorteakte',
  ],
};

const noTieReasons = {
  en: {
    noTie: () => 'Neither the applicant nor a spouse, registered partner or parent has Turkish nationality.',
    unregisteredPartner: () =>
      'The only Turkish tie is an unregistered partner, who is not a family member for this exemption (IND page: "The non-registered (unmarried) partner is not considered a family member").',
  },
  nl: {
    noTie: () =>
      'Noch de aanvrager noch een echtgeno(o)t(e), geregistreerd partner of ouder heeft de Turkse nationaliteit.',
    unregisteredPartner: () =>
      'De enige Turkse band is een niet-geregistreerde partner, die voor deze vrijstelling geen gezinslid is (IND: "De niet-geregistreerde partner wordt niet aangemerkt als gezinslid").',
  },
};

const noTie = (input: ResidenceRequest) => (onlyUnregisteredPartner(input) ? 'unregisteredPartner' : 'noTie');

type TurkishReason = 'applies' | 'ended' | 'conditionsLate' | 'noTie' | 'unregisteredPartner';

function whileTheExemptionExisted(input: ResidenceRequest): Finding<TurkishReason> {
  const tie = turkishCase(input);
  const conditions = otherConditionsMet(input);
  return decide(all(tie, conditions), {
    satisfied: 'applies',
    notSatisfied: firstFailing(
      [
        [tie, noTie(input)],
        [conditions, 'conditionsLate'],
      ],
      'conditionsLate',
    ),
  });
}

function afterItEnded(input: ResidenceRequest): Finding<TurkishReason> {
  const tie = turkishCase(input);
  return decide(all(tie, NO), {
    satisfied: 'applies',
    notSatisfied: tie.status === 'not-satisfied' ? noTie(input) : 'ended',
  });
}

export const turkishBefore2025: ResidenceRule = defineRule({
  id: 'RES-EX-TURKISH-BEFORE-2025',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [NATIONALITIES, RELATIONSHIP, MEMBER_NATIONALITIES, APPLICATION_DATE, OTHER_CONDITIONS_MET],
  citations: () => [IND_NEWS, CRVB_2011, ind('turkish')],
  evidence: turkishEvidence,
  text: {
    en: {
      title: 'Turkish nationals and their family: applications before 2025',
      description: `Turkish nationals and their family members (spouse, registered partner, child of a Turkish parent) who applied before ${END('en')}, with every other condition met before that date, need no civic integration diploma (IND policy after CRvB 16 August 2011).`,
      reasons: {
        applies: () =>
          `Turkish case, application made before ${END('en')}, and every other condition of the permit met before that date (the service does not check those other conditions).`,
        ended: () =>
          `The exemption for Turkish nationals and their family members ended on ${END('en')}: an application made from that date needs the civic integration diploma (IND news 26 July 2024), unless the standstill route for the humanitarian permit applies (RES-EX-TURKISH-STANDSTILL).`,
        conditionsLate: () =>
          `The other conditions of the permit were not all met before ${END('en')}, which the transitional rule requires.`,
        ...noTieReasons.en,
      },
    },
    nl: {
      title: 'Turkse onderdanen en hun gezin: aanvragen vóór 2025',
      description: `Turkse onderdanen en hun gezinsleden (echtgeno(o)t(e), geregistreerd partner, kind van een Turkse ouder) die vóór ${END('nl')} aanvroegen en vóór die datum aan alle andere voorwaarden voldeden, hebben geen inburgeringsdiploma nodig (IND-beleid na CRvB 16 augustus 2011).`,
      reasons: {
        applies: () =>
          `Turkse zaak, aanvraag gedaan vóór ${END('nl')}, en vóór die datum voldaan aan alle andere voorwaarden van de vergunning (die andere voorwaarden controleert de dienst niet).`,
        ended: () =>
          `De vrijstelling voor Turkse onderdanen en hun gezinsleden is op ${END('nl')} geëindigd: wie vanaf die datum aanvraagt, heeft het inburgeringsdiploma nodig (IND-nieuws 26 juli 2024), tenzij de standstill-route voor de humanitaire vergunning geldt (RES-EX-TURKISH-STANDSTILL).`,
        conditionsLate: () =>
          `Niet alle andere voorwaarden van de vergunning waren vóór ${END('nl')} vervuld, wat de overgangsregeling vereist.`,
        ...noTieReasons.nl,
      },
    },
  },
  // Dated formulations (the cut-off is the parameter TURKISH_EXEMPTION, no date test in a predicate):
  // while the exemption existed, the tie and the transitional condition decide; from its end, only
  // whether there is a tie at all (for the "why not" a Turkish applicant needs).
  formulations: [
    { from: MODELLED_FROM, to: LAST_DAY, evaluate: whileTheExemptionExisted },
    { from: TURKISH_EXEMPTION_ENDS.text, evaluate: afterItEnded },
  ],
  evaluate: afterItEnded,
});

// IND news 26 July 2024: "Voor Turken die een aanvraag 'voortgezet verblijf na verblijf als familielid'
// doen, en vallen onder de standstillbepaling, dan geldt het inburgeringsvereiste niet" (Decision 1/80 art. 13).
export const turkishStandstill: ResidenceRule = defineRule({
  id: 'RES-EX-TURKISH-STANDSTILL',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('H'),
  reads: [NATIONALITIES, RELATIONSHIP, MEMBER_NATIONALITIES, HUMANITARIAN_GROUND, TURKISH_STANDSTILL_WORKER],
  citations: () => [IND_NEWS, vb351(9, 'b'), ind('turkish')],
  evidence: {
    en: [
      ...turkishEvidence.en,
      'Proof of (intended) lawful work in the Netherlands, such as an employment contract',
    ],
    nl: [
      ...turkishEvidence.nl,
      'Bewijs van (voorgenomen) rechtmatige arbeid in Nederland, zoals een arbeidscontract',
    ],
  },
  text: {
    en: {
      title: 'Turkish standstill: continued residence after family stay',
      description:
        'Turkish nationals and their family members under the standstill clause (Decision 1/80 of the EEC-Turkey Association Council, art. 13) who apply for continued residence after a stay as a family member need no civic integration diploma, also from 2025.',
      reasons: {
        applies: () =>
          'Turkish case, continued residence as a family member, and the applicant or the Turkish family member works or intends to work lawfully in the Netherlands: the standstill clause applies.',
        otherGround: () =>
          'The humanitarian permit is not applied for as continued residence after a stay as a family member.',
        noWork: () =>
          'Neither the applicant nor the Turkish family member works or intends to work lawfully in the Netherlands (the standstill clause).',
        ...noTieReasons.en,
      },
    },
    nl: {
      title: 'Turkse standstill: voortgezet verblijf na verblijf als gezinslid',
      description:
        'Turkse onderdanen en hun gezinsleden onder de standstillbepaling (Besluit 1/80 van de Associatieraad EEG-Turkije, art. 13) die voortgezet verblijf na verblijf als gezinslid aanvragen, hebben ook vanaf 2025 geen inburgeringsdiploma nodig.',
      reasons: {
        applies: () =>
          'Turkse zaak, voortgezet verblijf als gezinslid, en de aanvrager of het Turkse gezinslid werkt of wil rechtmatig werken in Nederland: de standstillbepaling geldt.',
        otherGround: () =>
          'De humanitaire vergunning wordt niet aangevraagd als voortgezet verblijf na verblijf als gezinslid.',
        noWork: () =>
          'Noch de aanvrager noch het Turkse gezinslid werkt of wil rechtmatig werken in Nederland (de standstillbepaling).',
        ...noTieReasons.nl,
      },
    },
  },
  evaluate: (input) => {
    const tie = turkishCase(input);
    const ground = known(HUMANITARIAN_GROUND, input, (g) => g === 'continued-residence-as-family-member');
    const work = flag(TURKISH_STANDSTILL_WORKER, input);
    return decide(all(tie, ground, work), {
      satisfied: 'applies',
      notSatisfied: firstFailing(
        [
          [tie, noTie(input)],
          [ground, 'otherGround'],
          [work, 'noWork'],
        ],
        'otherGround',
      ),
    });
  },
});

/** The family review given the route the tie would open (R2-2: only a complete route makes the tie matter). */
function familyReview(input: ResidenceRequest, route: Tri): Finding<'review' | 'noRoute' | 'settled'> {
  const unsettledTie = all(not(turkishCase(input)), familyTie(input, UNSETTLED_FAMILY));
  return decide(all(unsettledTie, route), {
    satisfied: 'review',
    notSatisfied: unsettledTie.status === 'satisfied' ? 'noRoute' : 'settled',
  });
}

const familyReviewAfterTheEnd = (input: ResidenceRequest, context: ResidenceContext) =>
  familyReview(input, standstillRoute(input, context));

// Who counts as a "family member" beyond a spouse, registered partner or child of a Turkish national is
// not settled: a Turkish child or other relative of the applicant is for the IND to judge.
export const turkishFamilyReview: ResidenceRule = defineRule({
  id: 'RES-REVIEW-TURKISH-FAMILY',
  procedure: 'residence',
  effect: 'manual-review',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [
    NATIONALITIES,
    RELATIONSHIP,
    MEMBER_NATIONALITIES,
    APPLICATION_DATE,
    OTHER_CONDITIONS_MET,
    HUMANITARIAN_GROUND,
    TURKISH_STANDSTILL_WORKER,
  ],
  citations: () => [ind('turkish'), IND_NEWS],
  evidence: turkishEvidence,
  text: {
    en: {
      title: 'Turkish family tie that is not settled',
      description:
        'The only Turkish tie is a child or another relative of the applicant; whether they count as a family member for the Turkish exemption is not settled.',
      reasons: {
        review: () =>
          'The only Turkish tie is a child or another relative, and the Turkish exemption would otherwise apply (application before 2025 with every other condition met before then, or the standstill route): whether that relative counts as a family member is for the IND to judge.',
        noRoute: () =>
          'The only Turkish tie is a child or another relative, but the exemption that tie could open does not apply anyway (the application is from 2025 on, or the other conditions were not all met before 2025, and the standstill route does not apply): whether that relative counts as a family member does not matter here.',
        settled: () => 'No unsettled Turkish family tie decides this case.',
      },
    },
    nl: {
      title: 'Turkse familieband die niet vaststaat',
      description:
        'De enige Turkse band is een kind of ander familielid van de aanvrager; of die als gezinslid telt voor de Turkse vrijstelling, staat niet vast.',
      reasons: {
        review: () =>
          'De enige Turkse band is een kind of ander familielid, en de Turkse vrijstelling zou verder gelden (aanvraag vóór 2025 met alle andere voorwaarden vóór die datum vervuld, of de standstill-route): of dat familielid als gezinslid telt, beoordeelt de IND.',
        noRoute: () =>
          'De enige Turkse band is een kind of ander familielid, maar de vrijstelling die die band zou openen, geldt hier toch niet (aanvraag vanaf 2025, of de andere voorwaarden waren niet alle vóór 2025 vervuld, en de standstill-route geldt niet): of dat familielid als gezinslid telt, doet hier niet ter zake.',
        settled: () => 'Geen onzekere Turkse familieband bepaalt deze zaak.',
      },
    },
  },
  // R2-2: the family question matters only when the route it would open is otherwise complete.
  // Dated formulations at the end of the Turkish exemption: before it, the transitional route or
  // the standstill route can open; from it, only the standstill route.
  formulations: [
    {
      from: MODELLED_FROM,
      to: LAST_DAY,
      evaluate: (input, context) =>
        familyReview(input, any(otherConditionsMet(input), standstillRoute(input, context))),
    },
    { from: TURKISH_EXEMPTION_ENDS.text, evaluate: familyReviewAfterTheEnd },
  ],
  evaluate: familyReviewAfterTheEnd,
});
