import { decide, defineRule } from '../../engine/rule.js';
import { YES } from '../../engine/tri.js';
import { cite, type Provision } from '../../law/cite.js';
import { ind } from '../../law/guidance.js';
import type { Permit } from '../../schemas/residence.js';
import { permitArticle, vb351 } from './articles.js';
import { forPermits, type ResidenceRule } from './context.js';
import { REQUESTED_PERMIT } from './facts.js';

/** Where the law attaches the requirement to each permit (the refusal ground, then the diploma rule). */
const REFUSAL_GROUND: Record<Permit, () => Provision[]> = {
  'permanent-regular': () => [cite('vw2000-21', { paragraph: '1', point: 'g' })],
  'permanent-asylum': () => [cite('vw2000-34', { paragraph: '1', point: 'b' })],
  'eu-long-term-resident': () => [cite('vw2000-45b', { paragraph: '2', point: 'g' })],
  'non-temporary-humanitarian': () => [vb351(6)],
};

const capitalised = (text: string) => `${text[0]?.toUpperCase()}${text.slice(1)}`;
/** The permit named in a reason (the facts carry its code). */
const permitName = (code: string | number | undefined, lang: 'en' | 'nl'): string =>
  PERMIT_NAME[lang][code as Permit] ?? String(code);

const PERMIT_NAME = {
  en: {
    'permanent-regular': 'the regular permanent residence permit',
    'permanent-asylum': 'the permanent asylum residence permit',
    'eu-long-term-resident': 'the EU long-term resident permit',
    'non-temporary-humanitarian': 'the non-temporary humanitarian residence permit',
  },
  nl: {
    'permanent-regular': 'de verblijfsvergunning regulier voor onbepaalde tijd',
    'permanent-asylum': 'de verblijfsvergunning asiel voor onbepaalde tijd',
    'eu-long-term-resident': 'de EU-verblijfsvergunning voor langdurig ingezetenen',
    'non-temporary-humanitarian': 'de verblijfsvergunning op niet-tijdelijke humanitaire gronden',
  },
} as const;

export const requirement: ResidenceRule = defineRule({
  id: 'RES-REQUIREMENT',
  procedure: 'residence',
  effect: 'requirement-applies',
  variants: forPermits('R', 'A', 'E', 'H'),
  reads: [REQUESTED_PERMIT],
  citations: (permit) => [
    ...REFUSAL_GROUND[permit](),
    ...permitArticle(permit, { paragraph: '1' }),
    ind('intro'),
  ],
  evidence: {
    en: ['The civic integration diploma or certificate, or the evidence for an exemption or dispensation'],
    nl: ['Het inburgeringsdiploma of -certificaat, of het bewijs voor een vrijstelling of ontheffing'],
  },
  text: {
    en: {
      title: 'The permit carries the integration requirement',
      description:
        'The permit can be refused when the applicant has not met the integration requirement: a civic integration diploma is needed unless an exemption or dispensation applies.',
      reasons: {
        applies: (f) =>
          `${capitalised(permitName(f.permit, 'en'))} carries the integration requirement: the civic integration examination must be passed unless another ground exempts or a dispensation is granted.`,
      },
    },
    nl: {
      title: 'De vergunning kent het inburgeringsvereiste',
      description:
        'De vergunning kan worden geweigerd als de aanvrager niet aan het inburgeringsvereiste voldoet: een inburgeringsdiploma is nodig, tenzij een vrijstelling of ontheffing geldt.',
      reasons: {
        applies: (f) =>
          `Voor ${permitName(f.permit, 'nl')} geldt het inburgeringsvereiste: het inburgeringsexamen moet worden behaald, tenzij een andere grond vrijstelt of ontheffing wordt verleend.`,
      },
    },
  },
  evaluate: (_input, context) =>
    decide(YES, { satisfied: 'applies', notSatisfied: 'applies' }, { permit: context.permit }),
});
