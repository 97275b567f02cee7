import { decide, defineRule } from '../../engine/rule.js';
import { known, truth, YES } from '../../engine/tri.js';
import { longDate } from '../../i18n/format.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { ASYLUM_PERMIT_ENDS, euEeaChOn, MODELLED_FROM } from '../../parameters/index.js';
import { vb351 } from './articles.js';
import {
  ASYLUM_LAST_DAY,
  forAsylumThroughout,
  forPermits,
  type ResidenceContext,
  type ResidenceRule,
} from './context.js';
import { APPLICATION_DATE, DECISION_DATE, HUMANITARIAN_GROUND, NATIONALITIES } from './facts.js';

// Vb 2000 art. 3.51(6): "Artikel 3.80a is van toepassing op de in het eerste lid, onderdeel a,
// ten eerste, en tweede lid bedoelde vreemdelingen." Other humanitarian grounds carry no requirement.
export const humanitarianGround: ResidenceRule = defineRule({
  id: 'RES-SCOPE-HUMANITARIAN-GROUND',
  procedure: 'residence',
  effect: 'not-applicable',
  variants: forPermits('H'),
  reads: [HUMANITARIAN_GROUND],
  citations: () => [vb351(6), cite('vb2000-3.80a', { paragraph: '1' }), ind('intro')],
  evidence: {
    en: ['The current residence permit and the ground of the application'],
    nl: ['De huidige verblijfsvergunning en de grond waarop de aanvraag is gedaan'],
  },
  text: {
    en: {
      title: 'Humanitarian ground without the integration requirement',
      description:
        'The integration requirement for the non-temporary humanitarian permit applies only to continued residence as a family member (Vb 2000 art. 3.51(1)(a)(1°)) and to family members of an EU Blue Card holder (art. 3.51(2)).',
      reasons: {
        other: () =>
          'The permit is applied for on another humanitarian ground: art. 3.51(6) of the Vreemdelingenbesluit 2000 does not make art. 3.80a apply, so there is no integration requirement.',
        listed: () =>
          'The permit is applied for on a ground listed in art. 3.51(6) of the Vreemdelingenbesluit 2000, so the integration requirement of art. 3.80a applies.',
      },
    },
    nl: {
      title: 'Humanitaire grond zonder inburgeringsvereiste',
      description:
        'Het inburgeringsvereiste voor de verblijfsvergunning op niet-tijdelijke humanitaire gronden geldt alleen bij voortgezet verblijf als familie- of gezinslid (Vb 2000 art. 3.51 lid 1 onder a, 1°) en voor gezinsleden van een houder van een Europese blauwe kaart (art. 3.51 lid 2).',
      reasons: {
        other: () =>
          'De vergunning wordt aangevraagd op een andere humanitaire grond: artikel 3.51 lid 6 Vreemdelingenbesluit 2000 verklaart artikel 3.80a dan niet van toepassing, dus er geldt geen inburgeringsvereiste.',
        listed: () =>
          'De vergunning wordt aangevraagd op een grond die artikel 3.51 lid 6 Vreemdelingenbesluit 2000 noemt, dus het inburgeringsvereiste van artikel 3.80a geldt.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      known(HUMANITARIAN_GROUND, input, (g) => g === 'other'),
      {
        satisfied: 'other',
        notSatisfied: 'listed',
      },
    ),
});

// Citizens of the EU, the EEA and Switzerland live here under EU law (Vw 2000 art. 8(e)); Belgium
// and Luxembourg have their own exemption on the IND page (RES-EX-BENELUX).
export const euCitizen: ResidenceRule = defineRule({
  id: 'RES-SCOPE-EU-CITIZEN',
  procedure: 'residence',
  effect: 'not-applicable',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [NATIONALITIES],
  citations: () => [cite('vw2000-8', { point: 'e' })],
  evidence: { en: ['Passport or identity card'], nl: ['Paspoort of identiteitskaart'] },
  text: {
    en: {
      title: 'Citizen of the EU, the EEA, Switzerland or the Netherlands',
      description:
        'Citizens of the EU, the EEA and Switzerland reside under EU law (Vw 2000 art. 8(e)) and do not need these permits; a Dutch national needs no residence permit at all.',
      reasons: {
        dutch: () =>
          'The applicant has Dutch nationality: no residence permit, and so no integration requirement.',
        eu: () =>
          'The applicant has the nationality of an EU or EEA state or of Switzerland and resides under EU law (Vw 2000 art. 8(e)): these national permits and their integration requirement are not for them.',
        none: () =>
          'None of the nationalities is Dutch or of another EU or EEA state or Switzerland (Belgium and Luxembourg have their own ground). A third-country family member of an EU citizen may also reside under EU law; the service cannot see that from these facts.',
      },
    },
    nl: {
      title: 'Burger van de EU, de EER, Zwitserland of Nederland',
      description:
        'Burgers van de EU, de EER en Zwitserland verblijven hier op grond van het Unierecht (Vw 2000 art. 8 onder e) en hebben deze vergunningen niet nodig; een Nederlander heeft geen verblijfsvergunning nodig.',
      reasons: {
        dutch: () =>
          'De aanvrager heeft de Nederlandse nationaliteit: geen verblijfsvergunning, dus ook geen inburgeringsvereiste.',
        eu: () =>
          'De aanvrager heeft de nationaliteit van een EU- of EER-staat of van Zwitserland en verblijft op grond van het Unierecht (Vw 2000 art. 8 onder e): deze nationale vergunningen en hun inburgeringsvereiste gelden niet.',
        none: () =>
          'Geen van de nationaliteiten is Nederlands of van een andere EU- of EER-staat of Zwitserland (voor België en Luxemburg geldt een eigen grond). Een familielid van een EU-burger uit een derde land kan ook op grond van het Unierecht verblijven; dat kan de dienst uit deze feiten niet zien.',
      },
    },
  },
  evaluate: (input, context) => {
    const nationalities = NATIONALITIES.read(input);
    const states = euEeaChOn(context.applicationDate);
    const tri = known(NATIONALITIES, input, (list) =>
      list.some((c) => c === 'NL' || (states.has(c) && c !== 'BE' && c !== 'LU')),
    );
    return decide(tri, { satisfied: nationalities?.includes('NL') ? 'dutch' : 'eu', notSatisfied: 'none' });
  },
});

// Vw 2000 art. 33/34 are repealed on the asylum end date (a dated parameter): applied for before
// it, only a decision on or after it is affected; applied for from it, the permit is gone.
/** The asylum end date in prose. */
const ENDS = { en: longDate(ASYLUM_PERMIT_ENDS.text, 'en'), nl: longDate(ASYLUM_PERMIT_ENDS.text, 'nl') };

const whileItExists = (_input: unknown, context: ResidenceContext) =>
  decide(truth(context.decisionDate !== undefined && context.decisionDate >= ASYLUM_PERMIT_ENDS.day), {
    satisfied: 'pending' as const,
    notSatisfied: 'exists' as const,
  });
const whileRepealed = () => decide(YES, { satisfied: 'ended' as const, notSatisfied: 'exists' as const });

// Since the asylum end date the permanent asylum permit (Vw 2000 art. 33/34, Vb 2000 art. 3.107a) no longer
// exists; the transitional law (Kamerstuk 36 871) is not modelled, so a pending case is a review.
export const asylumPermitEnded: ResidenceRule = defineRule({
  id: 'RES-REVIEW-ASYLUM-PERMIT-ENDED',
  procedure: 'residence',
  effect: 'manual-review',
  variants: forAsylumThroughout(),
  reads: [APPLICATION_DATE, DECISION_DATE],
  citations: () => [
    cite('vw2000-28', { paragraph: '1', point: 'a' }),
    cite('vw2000-21', { paragraph: '1', point: 'g' }),
    cite('vw2000-45b', { paragraph: '2', point: 'g' }),
    cite('vw2000-34', { paragraph: '1', point: 'b' }),
    ind('intro'),
  ],
  evidence: { en: ['The current asylum residence permit'], nl: ['De huidige verblijfsvergunning asiel'] },
  text: {
    en: {
      title: 'The permanent asylum permit no longer exists',
      description: `Since ${ENDS.en} (EU Pact on Migration and Asylum) there is no separate permanent asylum permit: a permanent permit goes through Vw 2000 art. 21(1)(g) or 45b(2)(g), where the integration requirement applies.`,
      reasons: {
        ended: () =>
          `The application date is on or after ${ENDS.en}, when the permanent asylum permit (Vw 2000 art. 33/34, Vb 2000 art. 3.107a) was repealed. A permanent permit now is the regular permanent permit (Vw 2000 art. 21(1)(g)) or the EU long-term resident permit (art. 45b(2)(g)), which both carry the integration requirement: assess the case again as one of those.`,
        pending: () =>
          `The application was made before ${ENDS.en} but the decision falls on or after that date, when the permanent asylum permit no longer exists. The transitional law (Kamerstuk 36 871) is not modelled: the IND or a lawyer must say which rules apply.`,
        exists: () =>
          `The application and the decision fall before ${ENDS.en}, while the permanent asylum permit (Vw 2000 art. 33/34) still existed.`,
      },
    },
    nl: {
      title: 'De verblijfsvergunning asiel voor onbepaalde tijd bestaat niet meer',
      description: `Sinds ${ENDS.nl} (EU-Migratiepact) bestaat er geen aparte verblijfsvergunning asiel voor onbepaalde tijd meer: een vergunning voor onbepaalde tijd loopt via Vw 2000 art. 21 lid 1 onder g of 45b lid 2 onder g, waar het inburgeringsvereiste geldt.`,
      reasons: {
        ended: () =>
          `De aanvraagdatum ligt op of na ${ENDS.nl}, toen de verblijfsvergunning asiel voor onbepaalde tijd (Vw 2000 art. 33/34, Vb 2000 art. 3.107a) verviel. Een vergunning voor onbepaalde tijd is nu de reguliere vergunning (Vw 2000 art. 21 lid 1 onder g) of de EU-verblijfsvergunning voor langdurig ingezetenen (art. 45b lid 2 onder g), beide met inburgeringsvereiste: beoordeel de zaak opnieuw als een van die twee.`,
        pending: () =>
          `De aanvraag is gedaan vóór ${ENDS.nl}, maar de beslissing valt op of na die datum, als de verblijfsvergunning asiel voor onbepaalde tijd niet meer bestaat. Het overgangsrecht (Kamerstuk 36 871) is niet gemodelleerd: de IND of een advocaat moet zeggen welke regels gelden.`,
        exists: () =>
          `De aanvraag en de beslissing vallen vóór ${ENDS.nl}, toen de verblijfsvergunning asiel voor onbepaalde tijd (Vw 2000 art. 33/34) nog bestond.`,
      },
    },
  },
  evaluate: whileRepealed,
  formulations: [
    { from: MODELLED_FROM, to: ASYLUM_LAST_DAY, evaluate: whileItExists },
    { from: ASYLUM_PERMIT_ENDS.text, evaluate: whileRepealed },
  ],
});
