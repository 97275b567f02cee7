import { decide, defineRule } from '../../engine/rule.js';
import { someItem } from '../../engine/tri.js';
import { cite } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import { permitArticle } from './articles.js';
import { forPermits, type ResidenceRule } from './context.js';
import { DIPLOMA_TYPE, DIPLOMAS } from './facts.js';

// Vb 2000 art. 3.96a(1) (and 3.107a(1), 3.80a(1)): refused "indien de vreemdeling niet beschikt over
// een diploma of certificaat als bedoeld in artikel 6, tweede lid, van de Wet inburgering 2021 …
// dan wel indien hij het inburgeringsexamen … van de Wet inburgering … niet heeft behaald".
export const diploma: ResidenceRule = defineRule({
  id: 'RES-MET-DIPLOMA',
  procedure: 'residence',
  effect: 'requirement-met',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DIPLOMA_TYPE],
  citations: (permit) => [
    ...permitArticle(permit, { paragraph: '1' }),
    cite('wi2021-6', { paragraph: '2' }),
    cite('wi2013-7', { paragraph: '1', point: 'a' }),
    ind('diploma'),
  ],
  evidence: {
    en: ["The civic integration diploma (Wi 2013 or Wi 2021), or DUO's registration of it"],
    nl: ['Het inburgeringsdiploma (Wi 2013 of Wi 2021), of de registratie ervan bij DUO'],
  },
  text: {
    en: {
      title: 'Civic integration diploma obtained',
      description:
        'The applicant passed the civic integration examination of the Wi 2013 or obtained the Wi 2021 diploma.',
      reasons: {
        held: () =>
          'A civic integration diploma of the Wi 2013 or the Wi 2021 is listed: the integration requirement is met.',
        none: () => 'No civic integration diploma of the Wi 2013 or the Wi 2021 is listed.',
      },
    },
    nl: {
      title: 'Inburgeringsdiploma behaald',
      description:
        'De aanvrager heeft het inburgeringsexamen van de Wi 2013 behaald of het diploma van de Wi 2021.',
      reasons: {
        held: () =>
          'Er is een inburgeringsdiploma van de Wi 2013 of de Wi 2021 opgegeven: aan het inburgeringsvereiste is voldaan.',
        none: () => 'Er is geen inburgeringsdiploma van de Wi 2013 of de Wi 2021 opgegeven.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      someItem(
        DIPLOMAS,
        input,
        (d) => d.type === 'civic-integration-diploma-wi2013' || d.type === 'civic-integration-diploma-wi2021',
      ),
      { satisfied: 'held', notSatisfied: 'none' },
    ),
});

// Wi 2021 art. 6(2): "een certificaat indien deze de zelfredzaamheidsroute heeft behaald".
export const certificateWi2021: ResidenceRule = defineRule({
  id: 'RES-MET-CERTIFICATE-WI2021',
  procedure: 'residence',
  effect: 'requirement-met',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [DIPLOMA_TYPE],
  citations: (permit) => [
    ...permitArticle(permit, { paragraph: '1' }),
    cite('wi2021-6', { paragraph: '2' }),
    ind('certificate'),
  ],
  evidence: {
    en: ["The Wi 2021 certificate (self-reliance route), or DUO's registration of it"],
    nl: ['Het certificaat van de Wi 2021 (zelfredzaamheidsroute), of de registratie ervan bij DUO'],
  },
  text: {
    en: {
      title: 'Wi 2021 certificate obtained',
      description:
        'The applicant completed the self-reliance route (Z-route) of the Wi 2021 and holds its certificate.',
      reasons: {
        held: () =>
          'The certificate of the Wi 2021 (self-reliance route) is listed: the integration requirement is met.',
        none: () => 'No certificate of the Wi 2021 is listed.',
      },
    },
    nl: {
      title: 'Certificaat Wi 2021 behaald',
      description:
        'De aanvrager heeft de zelfredzaamheidsroute (Z-route) van de Wi 2021 afgerond en heeft het certificaat.',
      reasons: {
        held: () =>
          'Het certificaat van de Wi 2021 (zelfredzaamheidsroute) is opgegeven: aan het inburgeringsvereiste is voldaan.',
        none: () => 'Er is geen certificaat van de Wi 2021 opgegeven.',
      },
    },
  },
  evaluate: (input) =>
    decide(
      someItem(DIPLOMAS, input, (d) => d.type === 'civic-integration-certificate-wi2021'),
      { satisfied: 'held', notSatisfied: 'none' },
    ),
});
