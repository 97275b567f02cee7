import { decide, defineRule } from '../../engine/rule.js';
import { all, any, flag, known, knownAt, someItem } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { permitArticle } from './articles.js';
import { forPermits, type ResidenceRule } from './context.js';
import {
  DECISION_GROUND,
  DUO_DECISIONS,
  EFFORTS_ADVICE_POSITIVE,
  PARTICULAR_CIRCUMSTANCES,
  REGIME,
  SUFFICIENTLY_INTEGRATED,
  UNABLE_TO_PASS,
} from './facts.js';

// Vb 2000 art. 3.96a(3): "Onze Minister kan het eerste lid voorts buiten toepassing laten, indien de
// vreemdeling … blijvend niet in staat is": discretionary, so a dispensation the IND decides.
export const medical: ResidenceRule = defineRule({
  id: 'RES-DISP-MEDICAL',
  procedure: 'residence',
  effect: 'dispensation-possible',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [UNABLE_TO_PASS],
  citations: (permit) => [
    ...permitArticle(permit, { paragraph: '3' }),
    cite('bi2021-2.7', { paragraph: '1' }),
    ind('medical'),
  ],
  evidence: {
    en: [
      'The statement of the doctor designated by DUO (not the own doctor) that the applicant permanently cannot pass',
    ],
    nl: [
      'De deskundigenverklaring van de door DUO aangewezen arts (niet de eigen arts) dat de aanvrager blijvend niet kan slagen',
    ],
  },
  text: {
    en: {
      title: 'Medical grounds',
      description:
        'An applicant who, by a mental or physical impediment or a disability, permanently cannot pass, as shown by the statement of a doctor designated by DUO.',
      reasons: {
        possible: () =>
          "The designated doctor's statement concludes that the applicant permanently cannot pass: the IND may set the requirement aside (Vb 2000 art. 3.96a(3)).",
        not: () =>
          'There is no statement of the designated doctor concluding that the applicant permanently cannot pass.',
      },
    },
    nl: {
      title: 'Medische gronden',
      description:
        'Een aanvrager die door een psychische of lichamelijke belemmering of een beperking blijvend niet kan slagen, blijkens een verklaring van een door DUO aangewezen arts.',
      reasons: {
        possible: () =>
          'De verklaring van de aangewezen arts concludeert dat de aanvrager blijvend niet kan slagen: de IND kan het vereiste buiten toepassing laten (Vb 2000 art. 3.96a lid 3).',
        not: () =>
          'Er is geen verklaring van de aangewezen arts die concludeert dat de aanvrager blijvend niet kan slagen.',
      },
    },
  },
  evaluate: (input) => decide(flag(UNABLE_TO_PASS, input), { satisfied: 'possible', notSatisfied: 'not' }),
});

// Vb 2000 art. 3.96a(4): "voorzover toepassing daarvan naar zijn oordeel zal leiden tot een
// onbillijkheid van overwegende aard".
export const particularCircumstances: ResidenceRule = defineRule({
  id: 'RES-DISP-PARTICULAR-CIRCUMSTANCES',
  procedure: 'residence',
  effect: 'dispensation-possible',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [PARTICULAR_CIRCUMSTANCES],
  citations: (permit) => [...permitArticle(permit, { paragraph: '4' }), ind('circumstances')],
  evidence: {
    en: ['Documents that show the particular individual circumstances'],
    nl: ['Documenten waaruit de bijzondere individuele omstandigheden blijken'],
  },
  text: {
    en: {
      title: 'Particular individual circumstances',
      description: 'Applying the requirement would lead to an unfairness of overriding weight (hardship).',
      reasons: {
        possible: () =>
          'Particular individual circumstances are claimed: the IND may set the requirement aside where applying it would be unfair (Vb 2000 art. 3.96a(4)).',
        not: () => 'No particular individual circumstances are claimed.',
      },
    },
    nl: {
      title: 'Bijzondere individuele omstandigheden',
      description: 'Toepassing van het vereiste zou leiden tot een onbillijkheid van overwegende aard.',
      reasons: {
        possible: () =>
          'Er worden bijzondere individuele omstandigheden aangevoerd: de IND kan het vereiste buiten toepassing laten als toepassing onbillijk zou zijn (Vb 2000 art. 3.96a lid 4).',
        not: () => 'Er worden geen bijzondere individuele omstandigheden aangevoerd.',
      },
    },
  },
  evaluate: (input) =>
    decide(flag(PARTICULAR_CIRCUMSTANCES, input), { satisfied: 'possible', notSatisfied: 'not' }),
});

// Vb 2000 art. 3.96a(5): "indien hij van oordeel is dat de vreemdeling aantoonbaar voldoende is ingeburgerd".
export const sufficientlyIntegrated: ResidenceRule = defineRule({
  id: 'RES-DISP-SUFFICIENTLY-INTEGRATED',
  procedure: 'residence',
  effect: 'dispensation-possible',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [SUFFICIENTLY_INTEGRATED, DECISION_GROUND],
  citations: (permit) => [...permitArticle(permit, { paragraph: '5' }), ind('integrated')],
  evidence: {
    en: [
      'Evidence of integration, such as a DUO decision "aantoonbaar voldoende ingeburgerd", work history and language certificates',
    ],
    nl: [
      'Bewijs van inburgering, zoals een besluit van DUO "aantoonbaar voldoende ingeburgerd", arbeidsverleden en taalcertificaten',
    ],
  },
  text: {
    en: {
      title: 'Sufficiently integrated',
      description:
        'The IND may set the requirement aside for an applicant who is demonstrably sufficiently integrated.',
      reasons: {
        possible: () =>
          'The applicant claims to be demonstrably sufficiently integrated (or DUO decided so): the IND judges (Vb 2000 art. 3.96a(5)).',
        not: () => 'Sufficient integration is not claimed, and no DUO decision on that ground is listed.',
      },
    },
    nl: {
      title: 'Voldoende ingeburgerd',
      description:
        'De IND kan het vereiste buiten toepassing laten voor een aanvrager die aantoonbaar voldoende is ingeburgerd.',
      reasons: {
        possible: () =>
          'De aanvrager stelt aantoonbaar voldoende ingeburgerd te zijn (of DUO besloot dat): de IND oordeelt (Vb 2000 art. 3.96a lid 5).',
        not: () =>
          'Voldoende inburgering wordt niet gesteld, en er is geen besluit van DUO op die grond opgegeven.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      any(
        flag(SUFFICIENTLY_INTEGRATED, input),
        someItem(DUO_DECISIONS, input, (d, p) =>
          knownAt(DECISION_GROUND, d, p, (g) => g === 'sufficiently-integrated'),
        ),
      ),
      { satisfied: 'possible', notSatisfied: 'not' },
    ),
});

// IND page: "Despite efforts made … a recommendation from … DUO. This requirement only applies if you
// fall under the Wi 2013." The Wi 2021 has no efforts ground (art. 5 knows only medical and
// particular circumstances). A DUO ontheffing itself is RES-EX-DUO-DECISION.
export const effortsWi2013: ResidenceRule = defineRule({
  id: 'RES-DISP-EFFORTS-WI2013',
  procedure: 'residence',
  effect: 'dispensation-possible',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [EFFORTS_ADVICE_POSITIVE, REGIME],
  citations: (permit) => [
    ind('efforts'),
    ...permitArticle(permit, { paragraph: '4' }, { paragraph: '6' }),
    cite('wi2013-6', { paragraph: '2' }),
  ],
  evidence: {
    en: [
      'DUO\'s positive recommendation ("advies") that the applicant cannot pass despite demonstrable efforts',
    ],
    nl: ['Het positieve advies van DUO dat de aanvrager ondanks aantoonbare inspanningen niet kan slagen'],
  },
  text: {
    en: {
      title: 'Despite efforts (Wi 2013 only)',
      description:
        'An applicant under the Wi 2013 who cannot pass despite demonstrable efforts, as DUO recommends.',
      reasons: {
        possible: () =>
          "Under the Wi 2013 with DUO's positive recommendation on efforts: the IND may grant a dispensation.",
        notWi2013: () =>
          'This ground exists only for applicants under the Wi 2013: the Wi 2021 has no efforts ground (Wi 2021 art. 5), and the Wi 2007 or no obligation do not give it.',
        noAdvice: () => 'There is no positive DUO recommendation on efforts.',
      },
    },
    nl: {
      title: 'Ondanks inspanningen (alleen Wi 2013)',
      description:
        'Een aanvrager onder de Wi 2013 die ondanks aantoonbare inspanningen niet kan slagen, volgens het advies van DUO.',
      reasons: {
        possible: () =>
          'Onder de Wi 2013 en met een positief advies van DUO over de inspanningen: de IND kan ontheffing verlenen.',
        notWi2013: () =>
          'Deze grond bestaat alleen voor aanvragers onder de Wi 2013: de Wi 2021 kent geen inspanningsgrond (Wi 2021 art. 5), en de Wi 2007 of geen inburgeringsplicht geven hem niet.',
        noAdvice: () => 'Er is geen positief advies van DUO over de inspanningen.',
      },
    },
  },
  evaluate: (input) => {
    const regime = known(REGIME, input, (r) => r === 'wi2013');
    const advice = flag(EFFORTS_ADVICE_POSITIVE, input);
    return decide(all(regime, advice), {
      satisfied: 'possible',
      notSatisfied: regime.status === 'not-satisfied' ? 'notWi2013' : 'noAdvice',
    });
  },
});
