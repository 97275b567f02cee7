import { day } from '../calendar/date.js';
import { firstDayOf, parameter } from './parameter.js';

export * from './aow.js';
export * from './parameter.js';

/**
 * Dated cut-offs and values of the law, each with its legal reference. Rules read them from
 * here, so a change of law is a new dated value, not a code change.
 */

/** The service models the law from the Wet inburgering 2021 on; earlier dates are out of range. */
export const MODELLED_FROM = '2022-01-01';
export const MODELLED_FROM_DAY = day(MODELLED_FROM);

export const TURKISH_EXEMPTION = parameter<boolean>(
  'turkish-exemption',
  'Turkish nationals and their family members need no civic integration diploma for a more secure permit',
  [
    {
      from: '2011-08-16',
      to: '2024-12-31',
      value: true,
      reference: {
        kind: 'policy',
        title:
          'IND news 26 July 2024: "Turken hebben inburgeringsdiploma nodig voor verblijf onbepaalde tijd"',
        url: 'https://ind.nl/nl/nieuws/turken-hebben-inburgeringsdiploma-nodig-voor-verblijf-onbepaalde-tijd',
      },
    },
    {
      from: '2025-01-01',
      value: false,
      reference: {
        kind: 'policy',
        title: 'IND news 26 July 2024: the transitional period ends on 1 January 2025',
        url: 'https://ind.nl/nl/nieuws/turken-hebben-inburgeringsdiploma-nodig-voor-verblijf-onbepaalde-tijd',
      },
    },
  ],
);
export const TURKISH_EXEMPTION_ENDS = firstDayOf(TURKISH_EXEMPTION, false);

export const PERMANENT_ASYLUM_PERMIT = parameter<boolean>(
  'permanent-asylum-permit',
  'The separate asylum permit for an indefinite period (Vw 2000 art. 33/34) exists',
  [
    {
      from: '2001-04-01',
      to: '2026-06-11',
      value: true,
      reference: { kind: 'law', title: 'Vreemdelingenwet 2000', articleId: 'vw2000-34' },
    },
    {
      from: '2026-06-12',
      value: false,
      reference: { kind: 'law', title: 'Vreemdelingenwet 2000', articleId: 'vw2000-28' },
    },
  ],
);
/** First day without the permanent asylum permit (EU Pact on Migration and Asylum). */
export const ASYLUM_PERMIT_ENDS = firstDayOf(PERMANENT_ASYLUM_PERMIT, false);

/** The qualification duty (kwalificatieplicht) began on 1 August 2007 (Leerplichtwet 1969 art. 4a). */
export const QUALIFICATION_DUTY_START = '2007-08-01';
export const QUALIFICATION_DUTY_START_DAY = day(QUALIFICATION_DUTY_START);

/** EU and EEA member states and Switzerland (ISO 3166-1 alpha-2), whose nationals have EU-law residence. */
export const EU_EEA_CH = Object.freeze(
  new Set([
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
    'IS',
    'LI',
    'NO',
    'CH',
  ]),
);

/**
 * The language level of the naturalisation test: the Wi 2013 civic integration exam (RnN art. 2(1))
 * "op ten minste het niveau A2" (Wi 2013 art. 7(2)(b)). The announced move to B1 (a new Besluit
 * naturalisatietoets, date not yet known) will be one more dated value here.
 */
export const NATURALISATION_LANGUAGE_LEVEL = parameter<'A2' | 'B1'>(
  'naturalisation-language-level',
  'CEFR level of the four language components of the naturalisation test',
  [
    {
      from: '2013-01-01',
      value: 'A2',
      reference: { kind: 'law', title: 'Wet inburgering', articleId: 'wi2013-7', paragraph: '2', point: 'b' },
    },
  ],
);

/** Exam results of the pre-2013 exam count only when passed before this date (RnN art. 2(3)). */
export const PRE_2013_EXAM_DEADLINE = day('2015-01-01');
