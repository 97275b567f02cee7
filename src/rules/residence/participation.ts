import { decide, defineRule, firstFailing } from '../../engine/rule.js';
import { all, any, flag, known, someItem } from '../../engine/tri.js';
import { permitArticle } from './articles.js';
import { forPermits, type ResidenceRule } from './context.js';
import {
  ALL_PARTS_BUT_PARTICIPATION,
  DECISION_KIND,
  DOMESTIC_VIOLENCE,
  DUO_DECISIONS,
  REGIME,
} from './facts.js';

// Vb 2000 art. 3.96a(2)(h) / 3.80a(2)(g): "niet inburgeringsplichtig is … en het
// participatieverklaringstraject … niet heeft afgerond maar wel de overige examenonderdelen … heeft behaald".
export const participationOnly: ResidenceRule = defineRule({
  id: 'RES-EX-PARTICIPATION-ONLY',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('R', 'E', 'H'),
  reads: [REGIME, DECISION_KIND, ALL_PARTS_BUT_PARTICIPATION],
  citations: (permit) =>
    permitArticle(permit, { paragraph: '2', point: permit === 'non-temporary-humanitarian' ? 'g' : 'h' }),
  evidence: {
    en: ["DUO's results of the exam parts passed, and proof of not being obliged to integrate"],
    nl: [
      'De uitslagen van DUO van de behaalde examenonderdelen, en bewijs dat de aanvrager niet inburgeringsplichtig is',
    ],
  },
  text: {
    en: {
      title: 'Not obliged to integrate; only the participation statement missing',
      description:
        'Someone who was never obliged to integrate (or was exempted by DUO) and passed every exam part except the participation statement (participatieverklaringstraject).',
      reasons: {
        applies: () =>
          'Not obliged to integrate (or exempted by DUO) and every exam part passed except the participation statement.',
        obliged: () => 'The applicant was obliged to integrate and no DUO exemption is listed.',
        notPassed: () => 'Not every exam part other than the participation statement was passed.',
      },
    },
    nl: {
      title: 'Niet inburgeringsplichtig; alleen de participatieverklaring ontbreekt',
      description:
        'Wie nooit inburgeringsplichtig was (of door DUO is vrijgesteld) en alle examenonderdelen behaalde behalve het participatieverklaringstraject.',
      reasons: {
        applies: () =>
          'Niet inburgeringsplichtig (of door DUO vrijgesteld) en alle examenonderdelen behaald behalve het participatieverklaringstraject.',
        obliged: () => 'De aanvrager was inburgeringsplichtig en er is geen vrijstelling van DUO opgegeven.',
        notPassed: () => 'Niet alle examenonderdelen naast de participatieverklaring zijn behaald.',
      },
    },
  },
  evaluate: (input) => {
    const notObliged = any(
      known(REGIME, input, (r) => r === 'none'),
      someItem(DUO_DECISIONS, input, (d) => d.kind === 'exemption'),
    );
    const passed = flag(ALL_PARTS_BUT_PARTICIPATION, input);
    return decide(all(notObliged, passed), {
      satisfied: 'applies',
      notSatisfied: firstFailing(
        [
          [notObliged, 'obliged'],
          [passed, 'notPassed'],
        ],
        'obliged',
      ),
    });
  },
});

// Vb 2000 art. 3.80a(2)(f): "verblijf heeft in Nederland op basis van een afhankelijke verblijfstitel en
// de relatie waarop die afhankelijke titel is gebaseerd is verbroken in verband met huiselijk geweld".
export const domesticViolence: ResidenceRule = defineRule({
  id: 'RES-EX-DOMESTIC-VIOLENCE',
  procedure: 'residence',
  effect: 'exempt',
  variants: forPermits('H'),
  reads: [DOMESTIC_VIOLENCE],
  citations: (permit) => permitArticle(permit, { paragraph: '2', point: 'f' }),
  evidence: {
    en: [
      'Evidence of the domestic violence, such as a police report or a statement of a support organisation',
    ],
    nl: ['Bewijs van het huiselijk geweld, zoals een aangifte of een verklaring van een hulporganisatie'],
  },
  text: {
    en: {
      title: 'Relationship ended by domestic violence',
      description:
        'A dependent residence permit whose underlying relationship ended because of domestic violence.',
      reasons: {
        applies: () =>
          "The dependent permit's relationship ended because of domestic violence: Vb 2000 art. 3.80a(2)(f) exempts.",
        not: () => 'The relationship did not end because of domestic violence.',
      },
    },
    nl: {
      title: 'Relatie verbroken wegens huiselijk geweld',
      description:
        'Een afhankelijke verblijfsvergunning waarvan de onderliggende relatie is verbroken wegens huiselijk geweld.',
      reasons: {
        applies: () =>
          'De relatie achter de afhankelijke vergunning is verbroken wegens huiselijk geweld: Vb 2000 art. 3.80a lid 2 onder f stelt vrij.',
        not: () => 'De relatie is niet verbroken wegens huiselijk geweld.',
      },
    },
  },
  evaluate: (input) => decide(flag(DOMESTIC_VIOLENCE, input), { satisfied: 'applies', notSatisfied: 'not' }),
});
