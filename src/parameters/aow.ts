import { type Anniversary, anniversary } from '../calendar/anniversary.js';
import { type Day, formatDay, toDay, ymd } from '../calendar/date.js';
import type { LegalReference } from './parameter.js';

/**
 * The statutory pensionable age (AOW art. 7a(1)) by the calendar year in which it is reached.
 * Up to 2025 the ages are in the article itself; from 2026 they are fixed five years ahead
 * by an annual decision published in the Staatscourant (art. 7a(2),(3)). The rows were checked
 * one by one in docs/legal-notes.md "AOW age table". Born on or after 1964-10-01: not yet fixed.
 */
export interface AowRow {
  readonly year: number;
  readonly years: number;
  readonly months: number;
  readonly reference: LegalReference;
}

const AOW = 'Algemene Ouderdomswet';

const article = (point: string): LegalReference => ({
  kind: 'law',
  title: AOW,
  articleId: 'aow-7a',
  paragraph: '1',
  point,
});

const decision = (year: number, url: string): LegalReference => ({
  kind: 'policy',
  title: `Vaststelling pensioengerechtigde leeftijd ${year} (AOW art. 7a, tweede lid; Staatscourant)`,
  url,
});

const RIJKSOVERHEID =
  'https://www.rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow/vraag-en-antwoord/wanneer-gaat-mijn-aow-in';

export const AOW_BEFORE_2013: AowRow = { year: 2012, years: 65, months: 0, reference: article('a') };

export const AOW_TABLE: readonly AowRow[] = Object.freeze([
  { year: 2013, years: 65, months: 1, reference: article('b') },
  { year: 2014, years: 65, months: 2, reference: article('c') },
  { year: 2015, years: 65, months: 3, reference: article('d') },
  { year: 2016, years: 65, months: 6, reference: article('e') },
  { year: 2017, years: 65, months: 9, reference: article('f') },
  { year: 2018, years: 66, months: 0, reference: article('g') },
  { year: 2019, years: 66, months: 4, reference: article('h') },
  { year: 2020, years: 66, months: 4, reference: article('i') },
  { year: 2021, years: 66, months: 4, reference: article('j') },
  { year: 2022, years: 66, months: 7, reference: article('k') },
  { year: 2023, years: 66, months: 10, reference: article('l') },
  { year: 2024, years: 67, months: 0, reference: article('m') },
  { year: 2025, years: 67, months: 0, reference: article('n') },
  { year: 2026, years: 67, months: 0, reference: decision(2026, RIJKSOVERHEID) },
  { year: 2027, years: 67, months: 0, reference: decision(2027, RIJKSOVERHEID) },
  { year: 2028, years: 67, months: 3, reference: decision(2028, RIJKSOVERHEID) },
  { year: 2029, years: 67, months: 3, reference: decision(2029, RIJKSOVERHEID) },
  {
    year: 2030,
    years: 67,
    months: 3,
    reference: decision(
      2030,
      'https://nos.nl/artikel/2543722-aow-leeftijd-blijft-in-2030-staan-op-67-jaar-en-drie-maanden',
    ),
  },
  {
    year: 2031,
    years: 67,
    months: 3,
    reference: decision(2031, 'https://seniorenjournaal.nl/pensioen/aow-leeftijd-gaat-in-2031-niet-omhoog'),
  },
]);

/**
 * For years not yet fixed, the last fixed age is a floor: by law the age cannot fall (art. 7a(2)).
 * Derived from the table, so fixing one more year is one more row.
 */
const LAST_FIXED = AOW_TABLE.at(-1) as AowRow;
export const AOW_NOT_YET_FIXED_FLOOR: Omit<AowRow, 'year'> = Object.freeze({
  years: LAST_FIXED.years,
  months: LAST_FIXED.months,
  reference: { kind: 'law' as const, title: AOW, articleId: 'aow-7a', paragraph: '2' },
});

/** The first birth date whose pensionable age is not yet fixed (the floor reached after the last fixed year). */
export const AOW_NOT_FIXED_FROM_BIRTH = formatDay(
  toDay(
    LAST_FIXED.year + 1 - LAST_FIXED.years - (LAST_FIXED.months > 0 ? 1 : 0),
    ((12 - LAST_FIXED.months) % 12) + 1,
    1,
  ),
);

/** The first year whose age is fixed by an annual decision rather than by the article itself. */
export const AOW_DECISIONS_FROM_YEAR = (AOW_TABLE.find((row) => row.reference.kind === 'policy') as AowRow)
  .year;

export type PensionAge =
  | { readonly fixed: true; readonly date: Anniversary; readonly row: AowRow }
  | { readonly fixed: false; readonly atLeast: Anniversary };

let lastBirth: Day | undefined;
let lastAge: PensionAge | undefined;

/** The day the applicant reaches the pensionable age, or the earliest it can be if not yet fixed. */
export function pensionAgeFor(birth: Day): PensionAge {
  // The rules of one case ask for the same birth date several times in a row.
  if (birth === lastBirth && lastAge) return lastAge;
  lastAge = computePensionAge(birth);
  lastBirth = birth;
  return lastAge;
}

function computePensionAge(birth: Day): PensionAge {
  const at65 = anniversary(birth, 65);
  const year65 = ymd(at65.early).y;
  if (year65 < 2013) return { fixed: true, date: at65, row: AOW_BEFORE_2013 };
  // The age is at least 65, so no row before the year of the 65th birthday can match.
  for (let i = Math.max(0, year65 - (AOW_TABLE[0] as AowRow).year); i < AOW_TABLE.length; i++) {
    const row = AOW_TABLE[i] as AowRow;
    const date = anniversary(birth, row.years, row.months);
    // Both readings of a month-end anniversary fall in the same year (December has 31 days).
    if (ymd(date.early).y === row.year) return { fixed: true, date, row };
  }
  return {
    fixed: false,
    atLeast: anniversary(birth, AOW_NOT_YET_FIXED_FLOOR.years, AOW_NOT_YET_FIXED_FLOOR.months),
  };
}
