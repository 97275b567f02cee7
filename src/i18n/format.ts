import type { Lang, Localized } from '../engine/rule.js';
import type { Parameter } from '../parameters/parameter.js';

/** One date, or the span of dates a partial birth date or a month-end anniversary leaves open. */
export function dateSpan(
  earliest: string | number | undefined,
  latest: string | number | undefined,
  lang: Lang,
): string {
  if (earliest === undefined) return '';
  if (latest === undefined || earliest === latest) return String(earliest);
  return lang === 'en' ? `between ${earliest} and ${latest}` : `tussen ${earliest} en ${latest}`;
}

/** "on the application date" or "on the application and decision dates". */
export function onReferenceDates(decisionDateGiven: boolean, lang: Lang): string {
  if (lang === 'en')
    return decisionDateGiven ? 'on the application date and on the decision date' : 'on the application date';
  return decisionDateGiven ? 'op de aanvraagdatum en op de beslisdatum' : 'op de aanvraagdatum';
}

/** An age in years and months: "67 years and 3 months" / "67 jaar en 3 maanden". */
export function yearsAndMonths(
  years: string | number | undefined,
  months: string | number | undefined,
  lang: Lang,
): string {
  const m = Number(months ?? 0);
  if (lang === 'en') return m ? `${years} years and ${m} months` : `${years} years`;
  return m ? `${years} jaar en ${m} maanden` : `${years} jaar`;
}

const MONTHS: Localized<readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
};

/** A date of law as prose: "12 June 2026" / "12 juni 2026". */
export function longDate(text: string, lang: Lang): string {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

/** A parameter's values with their dates, for a text that holds on every date: "A2 from 1 January 2013". */
export function valuesByDate(p: Parameter<string>, lang: Lang): string {
  const from = lang === 'en' ? 'from' : 'vanaf';
  return p.values.map((v) => `${v.value} ${from} ${longDate(v.from, lang)}`).join('; ');
}
