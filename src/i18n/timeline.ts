import type { Localized } from '../engine/rule.js';
import type { EventCode, Reading } from '../timeline/events.js';

/** What an event's reason may quote: its date and cause, with the rules' titles already joined. */
export interface EventFacts {
  readonly date: string;
  readonly rules: string;
  readonly age?: number;
  readonly reading?: Reading;
  readonly fixed?: boolean;
  readonly parameter?: string;
  readonly law?: string;
}

type Texts = Localized<(f: EventFacts) => string>;

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
const ordinal = (n = 0) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['st', 'nd', 'rd'][(n % 10) - 1] ?? 'th');
  return `${n}${suffix}`;
};

/** How the day relates to the anniversary: one day, one of two readings, or one end of a span. */
const READINGS: Readonly<Record<Reading, Localized<string>>> = {
  exact: { en: '', nl: '' },
  early: {
    en: ' (first reading: the day does not exist that month, so the last day of the month)',
    nl: ' (eerste lezing: de dag bestaat niet in die maand, dus de laatste dag van de maand)',
  },
  late: {
    en: ' (second reading: the first day of the next month)',
    nl: ' (tweede lezing: de eerste dag van de volgende maand)',
  },
  earliest: {
    en: ' for the earliest possible date of birth (only partly known)',
    nl: ' bij de vroegst mogelijke geboortedatum (maar deels bekend)',
  },
  latest: {
    en: ' for the latest possible date of birth (only partly known)',
    nl: ' bij de laatst mogelijke geboortedatum (maar deels bekend)',
  },
};

const reading = (f: EventFacts, lang: 'en' | 'nl') => READINGS[f.reading ?? 'exact'][lang];

/** Names of the dated parameters whose end or change a case worker knows by name; others are generic. */
const PARAMETER_EVENTS: Readonly<Record<string, Texts>> = {
  'turkish-exemption': {
    en: (f) =>
      `Turkish exemption ended: from ${f.date} Turkish nationals need a civic integration diploma too`,
    nl: (f) =>
      `Einde van de Turkse vrijstelling: vanaf ${f.date} hebben ook Turken een inburgeringsdiploma nodig`,
  },
  'permanent-asylum-permit': {
    en: (f) => `EU Pact on Migration and Asylum in force from ${f.date}: the permanent asylum permit ends`,
    nl: (f) =>
      `EU-Migratiepact geldt vanaf ${f.date}: de verblijfsvergunning asiel voor onbepaalde tijd vervalt`,
  },
};

const GENERIC_PARAMETER: Texts = {
  en: (f) => `Law in force from ${f.date}: the value of ${f.parameter} changes`,
  nl: (f) => `Recht geldend vanaf ${f.date}: de waarde van ${f.parameter} wijzigt`,
};

export const EVENT_REASONS: Readonly<Record<EventCode, Texts>> = {
  start: {
    en: () => 'The first application date of the timeline',
    nl: () => 'De eerste aanvraagdatum van de tijdlijn',
  },
  birthday: {
    en: (f) => `${ordinal(f.age)} birthday${reading(f, 'en')}`,
    nl: (f) => `${f.age}e verjaardag${reading(f, 'nl')}`,
  },
  'pensionable-age': {
    en: (f) =>
      f.fixed
        ? `Pensionable age (AOW) reached${reading(f, 'en')}`
        : `Earliest possible pensionable age (AOW): not yet fixed for this date of birth${reading(f, 'en')}`,
    nl: (f) =>
      f.fixed
        ? `AOW-leeftijd bereikt${reading(f, 'nl')}`
        : `Vroegst mogelijke AOW-leeftijd: nog niet vastgesteld voor deze geboortedatum${reading(f, 'nl')}`,
  },
  'medical-advice-expired': {
    en: () => 'Medical advice older than 6 months: it no longer supports a medical dispensation',
    nl: () => 'Medisch advies ouder dan 6 maanden: het draagt geen medische ontheffing meer',
  },
  'duo-decision-expired': {
    en: () => 'DUO medical dispensation older than 3 years: it no longer supports a medical dispensation',
    nl: () => 'Medische ontheffing van DUO ouder dan 3 jaar: zij draagt geen medische ontheffing meer',
  },
  'parameter-changed': {
    en: (f) => (PARAMETER_EVENTS[f.parameter ?? ''] ?? GENERIC_PARAMETER).en(f),
    nl: (f) => (PARAMETER_EVENTS[f.parameter ?? ''] ?? GENERIC_PARAMETER).nl(f),
  },
  'rule-in-force': {
    en: (f) => `Law in force from ${f.date}: ${f.rules} applies`,
    nl: (f) => `Recht geldend vanaf ${f.date}: ${f.rules} geldt`,
  },
  'rule-ended': {
    en: (f) => `Law in force from ${f.date}: ${f.rules} no longer applies`,
    nl: (f) => `Recht geldend vanaf ${f.date}: ${f.rules} geldt niet meer`,
  },
  'law-version': {
    en: (f) => `New text of the ${f.law} in force from ${f.date} (${f.rules})`,
    nl: (f) => `Nieuwe tekst van de ${f.law} geldend vanaf ${f.date} (${f.rules})`,
  },
  'residence-accumulated': {
    en: (f) => `The registered residence, taken as continuing, reaches the length that ${f.rules} counts`,
    nl: (f) => `Het ingeschreven verblijf, aangenomen dat het doorloopt, bereikt de duur die ${f.rules} telt`,
  },
};

/** Said once per timeline: what "taken as given" means for each application date. */
export const TIMELINE_ASSUMPTION: Localized<string> = {
  en: 'Each period answers as the assess endpoint would for an application received on any of its dates, with the facts taken as given on every date: an open-ended residence period runs on, a document stays held, nothing else happens. A decision date is not used: each date is its own application date.',
  nl: 'Elke periode antwoordt zoals het beoordelingsendpoint zou doen voor een aanvraag ontvangen op een van haar data, met de feiten zoals gegeven op elke datum: een open verblijfsperiode loopt door, een document blijft in bezit, verder gebeurt er niets. Een beslisdatum wordt niet gebruikt: elke datum is zijn eigen aanvraagdatum.',
};
