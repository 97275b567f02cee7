import { type Day, day, firstDayOlderThan, formatDay, monthsBefore } from '../../calendar/date.js';
import { decide, defineRule } from '../../engine/rule.js';
import { all, any, flag, known, knownAt, someItem, type Tri, truth } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import type { DuoDecision } from '../../schemas/common.js';
import type { NaturalisationRequest } from '../../schemas/naturalisation.js';
import { NATURALISATION_VARIANTS, type NaturalisationRule } from './context.js';
import {
  DECIDED_ON,
  DECISION_GROUND,
  DECISION_KIND,
  DUO_DECISIONS,
  EFFORTS_ADVICE_POSITIVE,
  MEDICAL_ADVICE_ISSUED_ON,
  PARTICULAR_CIRCUMSTANCES,
  PLACE_OF_RESIDENCE,
  UNABLE_TO_PASS,
} from './facts.js';

const MEDICAL = 'NAT-DISP-MEDICAL';

/** RnN art. 5: a medical advice at most 6 months old, a DUO (or municipal) medical decision at most 3 years. */
const ADVICE_MONTHS = 6;
const DECISION_MONTHS = 36;

const recentEnough = (text: string, oldest: Day) => day(text) >= oldest;

/** The evidence NAT-DISP-MEDICAL reads and the first day it is too old (the timeline's events). */
export interface EvidenceExpiry {
  readonly day: Day;
  readonly evidence: 'medical-advice' | 'duo-decision';
  readonly rule: string;
}

/** The inverse of `recentEnough`: the first application date on which each document is too old. */
export function medicalEvidenceExpiries(input: NaturalisationRequest): EvidenceExpiry[] {
  const out: EvidenceExpiry[] = [];
  const issued = MEDICAL_ADVICE_ISSUED_ON.read(input);
  if (issued)
    out.push({
      day: firstDayOlderThan(day(issued), ADVICE_MONTHS),
      evidence: 'medical-advice',
      rule: MEDICAL,
    });
  for (const decision of DUO_DECISIONS.read(input) ?? []) {
    if (decision.decidedOn)
      out.push({
        day: firstDayOlderThan(day(decision.decidedOn), DECISION_MONTHS),
        evidence: 'duo-decision',
        rule: MEDICAL,
      });
  }
  return out;
}

// BNT art. 4(1)(a): "wordt niet afgewezen om de reden dat de naturalisatietoets niet is behaald,
// indien … is aangetoond dat de verzoeker door een psychische of lichamelijke belemmering … niet
// binnen vijf jaar in staat is de naturalisatietoets te behalen".
export const medical: NaturalisationRule = defineRule({
  id: MEDICAL,
  procedure: 'naturalisation',
  effect: 'dispensation-possible',
  variants: NATURALISATION_VARIANTS,
  reads: [UNABLE_TO_PASS, MEDICAL_ADVICE_ISSUED_ON, DECISION_KIND, DECISION_GROUND, DECIDED_ON],
  citations: () => [
    cite('bnt-4', { paragraph: '1', point: 'a' }),
    cite('rnn-5', { paragraph: '1' }),
    cite('rnn-5', { paragraph: '4' }),
    cite('rnn-5', { paragraph: '5', occurrence: 1 }),
  ],
  evidence: {
    en: [
      'The medical advice of the doctor designated by DUO, at most 6 months old on the application date (abroad: the statement of a specialist in the condition, same 6 months)',
      "or DUO's decision on a medical dispensation, at most 3 years old on the application date",
    ],
    nl: [
      'Het medisch advies van de door DUO aangewezen arts, op de aanvraagdatum niet ouder dan 6 maanden (buitenland: de verklaring van een specialist in de aandoening, dezelfde 6 maanden)',
      'of het besluit van DUO over een medische ontheffing, op de aanvraagdatum niet ouder dan 3 jaar',
    ],
  },
  text: {
    en: {
      title: 'Medical grounds',
      description:
        'A mental or physical impediment or disability that makes passing the test within five years impossible, shown by a recent medical advice or DUO decision; once the evidence is accepted the request "wordt niet afgewezen" for not having passed the test.',
      reasons: {
        possible: () =>
          'A recent medical advice or DUO medical dispensation shows the applicant cannot pass within five years: once the Minister accepts the evidence, the request is not refused for want of the test ("wordt niet afgewezen", BNT art. 4(1)).',
        adviceTooOld: (f) =>
          `The medical advice is more than 6 months older than the application date (it must be issued on or after ${f.oldestAdvice}): ask for a new one. An indefinite WIN medical dispensation is a full exemption instead (diploma type win-medical-dispensation-indefinite).`,
        decisionTooOld: (f) =>
          `The DUO medical dispensation is more than 3 years older than the application date (it must be decided on or after ${f.oldestDecision}). An indefinite WIN medical dispensation is a full exemption instead (diploma type win-medical-dispensation-indefinite).`,
        none: () =>
          'There is no medical advice concluding that the applicant cannot pass, and no DUO medical dispensation.',
      },
    },
    nl: {
      title: 'Medische gronden',
      description:
        'Een psychische of lichamelijke belemmering of handicap waardoor de toets niet binnen vijf jaar te halen is, blijkend uit een recent medisch advies of besluit van DUO; is het bewijs aanvaard, dan "wordt [het verzoek] niet afgewezen" omdat de toets niet is behaald.',
      reasons: {
        possible: () =>
          'Een recent medisch advies of een medische ontheffing van DUO toont dat de aanvrager niet binnen vijf jaar kan slagen: aanvaardt de Minister het bewijs, dan wordt het verzoek niet afgewezen omdat de toets ontbreekt ("wordt niet afgewezen", BNT art. 4 lid 1).',
        adviceTooOld: (f) =>
          `Het medisch advies is meer dan 6 maanden ouder dan de aanvraagdatum (het moet op of na ${f.oldestAdvice} zijn afgegeven): vraag een nieuw advies. Een ontheffing WIN voor onbepaalde duur om medische redenen is juist een volledige vrijstelling (diplomatype win-medical-dispensation-indefinite).`,
        decisionTooOld: (f) =>
          `De medische ontheffing van DUO is meer dan 3 jaar ouder dan de aanvraagdatum (het besluit moet op of na ${f.oldestDecision} zijn genomen). Een ontheffing WIN voor onbepaalde duur om medische redenen is juist een volledige vrijstelling (diplomatype win-medical-dispensation-indefinite).`,
        none: () =>
          'Er is geen medisch advies dat concludeert dat de aanvrager niet kan slagen, en geen medische ontheffing van DUO.',
      },
    },
  },
  evaluate: (input, context) => {
    const oldestAdvice = monthsBefore(context.applicationDate, ADVICE_MONTHS);
    const oldestDecision = monthsBefore(context.applicationDate, DECISION_MONTHS);
    const concludes = flag(UNABLE_TO_PASS, input);
    const adviceRecent = known(MEDICAL_ADVICE_ISSUED_ON, input, (d) => recentEnough(d, oldestAdvice));
    const medicalDecision = (d: DuoDecision, p: string) =>
      all(
        truth(d.kind === 'dispensation'),
        knownAt(DECISION_GROUND, d, p, (g) => g === 'medical'),
      );
    const decisions = DUO_DECISIONS.read(input);
    const decisionRecent = someItem(DUO_DECISIONS, input, (d, p) =>
      all(
        medicalDecision(d, p),
        knownAt(DECIDED_ON, d, p, (on) => recentEnough(on, oldestDecision)),
      ),
    );
    const tri = any(all(concludes, adviceRecent), decisionRecent);
    const staleDecision = (decisions ?? []).some(
      (d) =>
        d.kind === 'dispensation' &&
        d.ground === 'medical' &&
        d.decidedOn &&
        !recentEnough(d.decidedOn, oldestDecision),
    );
    const notSatisfied =
      concludes.status === 'satisfied' && adviceRecent.status === 'not-satisfied'
        ? 'adviceTooOld'
        : staleDecision
          ? 'decisionTooOld'
          : 'none';
    return decide(
      tri,
      { satisfied: 'possible', notSatisfied },
      { oldestAdvice: formatDay(oldestAdvice), oldestDecision: formatDay(oldestDecision) },
    );
  },
});

/** Efforts claimed: a positive DUO efforts advice, or a DUO dispensation for demonstrable efforts. */
function effortsClaimed(input: NaturalisationRequest): Tri {
  return any(
    flag(EFFORTS_ADVICE_POSITIVE, input),
    someItem(DUO_DECISIONS, input, (d, p) =>
      all(
        truth(d.kind === 'dispensation'),
        knownAt(DECISION_GROUND, d, p, (g) => g === 'demonstrable-efforts'),
      ),
    ),
  );
}

const EFFORTS_READS = [PLACE_OF_RESIDENCE, EFFORTS_ADVICE_POSITIVE, DECISION_KIND, DECISION_GROUND];

const effortsEvidence = {
  en: [
    'DUO\'s positive advice "aantoonbaar geleverde inspanningen", or DUO\'s decision on a dispensation for demonstrable efforts',
  ],
  nl: [
    'Het positieve advies van DUO over aantoonbaar geleverde inspanningen, of het besluit van DUO over ontheffing wegens aantoonbare inspanningen',
  ],
};

// BNT art. 4(1)(b) with RnN art. 6: in the Netherlands, DUO's efforts advice or efforts dispensation.
export const efforts: NaturalisationRule = defineRule({
  id: 'NAT-DISP-EFFORTS',
  procedure: 'naturalisation',
  effect: 'dispensation-possible',
  variants: NATURALISATION_VARIANTS,
  reads: EFFORTS_READS,
  citations: () => [
    cite('bnt-4', { paragraph: '1', point: 'b' }),
    cite('rnn-6', { paragraph: '1' }),
    cite('rnn-6', { paragraph: '2' }),
  ],
  evidence: effortsEvidence,
  text: {
    en: {
      title: 'Despite efforts (in the Netherlands)',
      description:
        "In the European Netherlands, DUO's positive advice that the applicant cannot pass despite demonstrable efforts (or DUO's efforts dispensation) lets the Minister set the test aside.",
      reasons: {
        possible: () =>
          "Living in the European Netherlands with DUO's positive efforts advice or efforts dispensation: the request is not refused for want of the test once the evidence is accepted (BNT art. 4(1)(b)).",
        elsewhere: () =>
          'This route is for applicants in the European Netherlands; abroad, efforts are judged case by case (NAT-REVIEW-EFFORTS-ABROAD).',
        none: () =>
          'There is no positive DUO efforts advice and no DUO dispensation for demonstrable efforts.',
      },
    },
    nl: {
      title: 'Ondanks inspanningen (in Nederland)',
      description:
        'In Europees Nederland laat een positief advies van DUO dat de aanvrager ondanks aantoonbare inspanningen niet kan slagen (of een ontheffing van DUO wegens inspanningen) de Minister de toets buiten toepassing laten.',
      reasons: {
        possible: () =>
          'Wonend in Europees Nederland met een positief inspanningsadvies of inspanningsontheffing van DUO: het verzoek wordt niet afgewezen omdat de toets ontbreekt, als het bewijs wordt aanvaard (BNT art. 4 lid 1 onder b).',
        elsewhere: () =>
          'Deze route is voor aanvragers in Europees Nederland; in het buitenland worden inspanningen per geval beoordeeld (NAT-REVIEW-EFFORTS-ABROAD).',
        none: () =>
          'Er is geen positief inspanningsadvies van DUO en geen ontheffing van DUO wegens aantoonbare inspanningen.',
      },
    },
  },
  evaluate: (input) => {
    const inNetherlands = known(PLACE_OF_RESIDENCE, input, (p) => p === 'european-netherlands');
    const claimed = effortsClaimed(input);
    return decide(all(inNetherlands, claimed), {
      satisfied: 'possible',
      notSatisfied: inNetherlands.status === 'not-satisfied' ? 'elsewhere' : 'none',
    });
  },
});

// Abroad there are no policy rules on efforts since 1 July 2013: the case is judged on its own.
export const effortsAbroad: NaturalisationRule = defineRule({
  id: 'NAT-REVIEW-EFFORTS-ABROAD',
  procedure: 'naturalisation',
  effect: 'manual-review',
  variants: NATURALISATION_VARIANTS,
  reads: EFFORTS_READS,
  citations: () => [cite('bnt-4', { paragraph: '1', point: 'b' }), ind('naturalisationAbroad')],
  evidence: effortsEvidence,
  text: {
    en: {
      title: 'Efforts claimed abroad',
      description: 'Abroad, there are no policy rules for the efforts ground: the IND judges each case.',
      reasons: {
        review: () =>
          'Efforts are claimed by an applicant abroad, where no policy rules apply to that ground: the IND judges the case on its own.',
        none: () => 'No efforts claim from abroad.',
      },
    },
    nl: {
      title: 'Inspanningen aangevoerd vanuit het buitenland',
      description:
        'In het buitenland zijn er geen beleidsregels voor de inspanningsgrond: de IND beoordeelt elk geval.',
      reasons: {
        review: () =>
          'Een aanvrager in het buitenland voert inspanningen aan, waarvoor daar geen beleidsregels gelden: de IND beoordeelt het geval afzonderlijk.',
        none: () => 'Geen beroep op inspanningen vanuit het buitenland.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      all(
        known(PLACE_OF_RESIDENCE, input, (p) => p === 'abroad'),
        effortsClaimed(input),
      ),
      {
        satisfied: 'review',
        notSatisfied: 'none',
      },
    ),
});

// RWN art. 10: the Crown may, the Council of State heard, deviate from art. 8(1)(d) "in bijzondere gevallen".
export const hardship: NaturalisationRule = defineRule({
  id: 'NAT-DISP-HARDSHIP',
  procedure: 'naturalisation',
  effect: 'dispensation-possible',
  variants: NATURALISATION_VARIANTS,
  reads: [PARTICULAR_CIRCUMSTANCES],
  citations: () => [cite('rwn-10')],
  evidence: {
    en: ['Documents that show the exceptional circumstances'],
    nl: ['Documenten waaruit de bijzondere omstandigheden blijken'],
  },
  text: {
    en: {
      title: 'Hardship (RWN art. 10)',
      description:
        'In exceptional cases the Crown may naturalise without the integration requirement, the Council of State heard.',
      reasons: {
        possible: () =>
          'Exceptional circumstances are claimed: this is an exceptional decision of the Crown (by royal decree, the Council of State heard) under RWN art. 10, not a dispensation the IND grants routinely.',
        none: () => 'No exceptional circumstances are claimed.',
      },
    },
    nl: {
      title: 'Hardheidsclausule (RWN art. 10)',
      description:
        'In bijzondere gevallen kan de Kroon, de Raad van State gehoord, naturaliseren zonder het inburgeringsvereiste.',
      reasons: {
        possible: () =>
          'Er worden bijzondere omstandigheden aangevoerd: dit is een uitzonderlijk besluit van de Kroon (bij koninklijk besluit, de Raad van State gehoord) op grond van RWN art. 10, geen ontheffing die de IND gewoonlijk verleent.',
        none: () => 'Er worden geen bijzondere omstandigheden aangevoerd.',
      },
    },
  },
  evaluate: (input) =>
    decide(flag(PARTICULAR_CIRCUMSTANCES, input), { satisfied: 'possible', notSatisfied: 'none' }),
});
