import { decide, defineRule } from '../../engine/rule.js';
import { YES } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { NATURALISATION_VARIANTS, type NaturalisationRule } from './context.js';
import { RESULT_COMPONENT } from './facts.js';

// RWN art. 8(1)(d); BNT art. 2: the naturalisation test; RnN art. 2: it is the Wi 2013 exam.
export const requirement: NaturalisationRule = defineRule({
  id: 'NAT-REQUIREMENT',
  procedure: 'naturalisation',
  effect: 'requirement-applies',
  variants: NATURALISATION_VARIANTS,
  reads: [RESULT_COMPONENT],
  citations: () => [
    cite('rwn-8', { paragraph: '1', point: 'd' }),
    cite('bnt-2', { paragraph: '2' }),
    cite('bnt-2', { paragraph: '3' }),
    cite('rnn-2', { paragraph: '1' }),
    ind('naturalisation'),
  ],
  evidence: {
    en: [
      "The civic integration diploma, DUO's result letters, or the evidence for an exemption or dispensation",
    ],
    nl: [
      'Het inburgeringsdiploma, de uitslagbrieven van DUO, of het bewijs voor een vrijstelling of ontheffing',
    ],
  },
  text: {
    en: {
      title: 'Naturalisation carries the integration requirement',
      description:
        'An adult applicant must pass the naturalisation test (the Wi 2013 civic integration exam at the level in force): reading, listening, writing and speaking, KNM and, in the European Netherlands, ONA.',
      reasons: {
        applies: (f) =>
          `Naturalisation requires the naturalisation test at level ${f.level}: every component still required must be passed, unless a ground exempts or a dispensation is granted.`,
      },
    },
    nl: {
      title: 'Naturalisatie kent het inburgeringsvereiste',
      description:
        'Een meerderjarige aanvrager moet de naturalisatietoets halen (het inburgeringsexamen van de Wi 2013 op het geldende niveau): lezen, luisteren, schrijven en spreken, KNM en, in Europees Nederland, ONA.',
      reasons: {
        applies: (f) =>
          `Voor naturalisatie is de naturalisatietoets op niveau ${f.level} vereist: elk onderdeel dat nog vereist is, moet worden behaald, tenzij een grond vrijstelt of ontheffing wordt verleend.`,
      },
    },
  },
  evaluate: (_input, context) =>
    decide(YES, { satisfied: 'applies', notSatisfied: 'applies' }, { level: context.level }),
});
