import { firstDayOf, inForceFrom, type LegalReference, parameter } from './parameter.js';

export * from './aow.js';
export * from './eu-eea-ch.js';
export * from './parameter.js';

/**
 * Dated cut-offs and values of the law, each with its legal reference. Rules read them from
 * here, so a change of law is a new dated value, not a code change.
 */

/**
 * The service models the law from the Wet inburgering 2021 on (in force from its first
 * consolidation, 2022-01-01); earlier dates are out of range.
 */
export const WI2021_IN_FORCE = inForceFrom(
  'wi2021-in-force',
  'The Wet inburgering 2021 governs the civic integration requirement: the first date the service models',
  '2022-01-01',
  {
    kind: 'law',
    title: 'Wet inburgering 2021',
    url: 'https://wetten.overheid.nl/BWBR0044770/2022-01-01',
    articleId: 'wi2021-3',
  },
);
export const MODELLED_FROM = firstDayOf(WI2021_IN_FORCE, true).text;
export const MODELLED_FROM_DAY = firstDayOf(WI2021_IN_FORCE, true).day;

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
export const TURKISH_EXEMPTION_STARTS = firstDayOf(TURKISH_EXEMPTION, true);
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

/**
 * The Wet inburgering as amended by the Wet van 2012 (Stb. 2012, 430): from 1 January 2013 DUO,
 * not the municipality, decides on the civic integration obligation (the "Wi 2013" regime).
 */
export const WI2013_IN_FORCE = inForceFrom(
  'wi2013-in-force',
  'The Wi 2013 regime (the amended Wet inburgering) governs the civic integration obligation',
  '2013-01-01',
  {
    kind: 'law',
    title: 'Wet inburgering',
    url: 'https://wetten.overheid.nl/BWBR0020611/2013-01-01',
    articleId: 'wi2013-3',
  },
);
export const WI2013_FROM = firstDayOf(WI2013_IN_FORCE, true);

/** The qualification duty (kwalificatieplicht) of Leerplichtwet 1969 art. 4a, in force from 1 August 2007. */
export const QUALIFICATION_DUTY = inForceFrom(
  'qualification-duty',
  'Young people are under the qualification duty (kwalificatieplicht) after full-time compulsory education',
  '2007-08-01',
  { kind: 'law', title: 'Leerplichtwet 1969', articleId: 'lpw1969-4a', paragraph: '1' },
);
export const QUALIFICATION_DUTY_START = firstDayOf(QUALIFICATION_DUTY, true).text;
export const QUALIFICATION_DUTY_START_DAY = firstDayOf(QUALIFICATION_DUTY, true).day;

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

const RNN_2_3: LegalReference = {
  kind: 'law',
  title: 'Regeling naturalisatietoets Nederland',
  articleId: 'rnn-2',
  paragraph: '3',
};

/**
 * Whether a result of the exam under the Wi 2007 regime (in force from 2007-01-01), by the day it
 * was passed, counts for the naturalisation test: only before 1 January 2015 (RnN art. 2(3)).
 */
export const PRE_2013_EXAM_COUNTS = parameter<boolean>(
  'pre-2013-exam-counts',
  'A result of the pre-2013 civic integration exam, by the day it was passed, counts for the naturalisation test',
  [
    { from: '2007-01-01', to: '2014-12-31', value: true, reference: RNN_2_3 },
    { from: '2015-01-01', value: false, reference: RNN_2_3 },
  ],
);
/** Exam results of the pre-2013 exam count only when passed before this day. */
export const PRE_2013_EXAM_DEADLINE = firstDayOf(PRE_2013_EXAM_COUNTS, false).day;

/** The level at which the pre-2013 civic integration exam tested the four language skills. */
export const PRE_2013_EXAM_LEVEL = 'A2' as const;
