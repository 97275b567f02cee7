import { type Day, day, formatDay } from '../calendar/date.js';
import {
  type DatedValue,
  type LegalReference,
  type Parameter,
  parameter,
  requireValueOn,
} from './parameter.js';

/**
 * The states whose nationals have residence under EU law: the EU member states, the other EEA
 * states and Switzerland (ISO 3166-1 alpha-2), each from the day its nationals gained it and, for
 * the United Kingdom, until the end of the withdrawal transition period.
 */
interface Membership {
  readonly states: readonly string[];
  readonly from: string;
  readonly to?: string;
  readonly reference: LegalReference;
}

const ACCESSION = (year: string): LegalReference => ({
  kind: 'law',
  title: `Treaty on European Union art. 49 and the Act of Accession in force ${year}`,
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016M049',
});

const MEMBERSHIPS: readonly Membership[] = [
  {
    states: ['BE', 'DE', 'FR', 'IT', 'LU', 'NL'],
    from: '1958-01-01',
    reference: ACCESSION('1958 (Treaty of Rome)'),
  },
  { states: ['DK', 'IE'], from: '1973-01-01', reference: ACCESSION('1973') },
  {
    states: ['GB'],
    from: '1973-01-01',
    to: '2020-12-31',
    reference: {
      kind: 'law',
      title:
        'Withdrawal Agreement of the United Kingdom, art. 126 and 127: EU law applied until the end of 2020',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12020W/TXT',
    },
  },
  { states: ['GR'], from: '1981-01-01', reference: ACCESSION('1981') },
  { states: ['ES', 'PT'], from: '1986-01-01', reference: ACCESSION('1986') },
  {
    states: ['IS', 'NO'],
    from: '1994-01-01',
    reference: {
      kind: 'law',
      title: 'Agreement on the European Economic Area, in force 1 January 1994',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:21994A0103(01)',
    },
  },
  { states: ['AT', 'FI', 'SE'], from: '1995-01-01', reference: ACCESSION('1995') },
  {
    states: ['LI'],
    from: '1995-05-01',
    reference: {
      kind: 'law',
      title: 'Agreement on the European Economic Area, in force for Liechtenstein 1 May 1995',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:21994A0103(01)',
    },
  },
  {
    states: ['CH'],
    from: '2002-06-01',
    reference: {
      kind: 'law',
      title: 'Agreement between the EC and Switzerland on the free movement of persons, in force 1 June 2002',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22002A0430(01)',
    },
  },
  {
    states: ['CY', 'CZ', 'EE', 'HU', 'LT', 'LV', 'MT', 'PL', 'SI', 'SK'],
    from: '2004-05-01',
    reference: ACCESSION('2004'),
  },
  { states: ['BG', 'RO'], from: '2007-01-01', reference: ACCESSION('2007') },
  { states: ['HR'], from: '2013-07-01', reference: ACCESSION('2013') },
];

/** One dated value per change of the list: the states in it from that day, with the change's reference. */
function datedLists(): DatedValue<ReadonlySet<string>>[] {
  const changes = [...new Set(MEMBERSHIPS.flatMap((m) => [m.from, ...(m.to ? [nextDay(m.to)] : [])]))].sort();
  return changes.map((from, i) => {
    const next = changes[i + 1];
    const members = MEMBERSHIPS.filter((m) => m.from <= from && (m.to === undefined || m.to >= from));
    const changed = MEMBERSHIPS.find(
      (m) => m.from === from || (m.to && nextDay(m.to) === from),
    ) as Membership;
    return {
      from,
      ...(next ? { to: previousDay(next) } : {}),
      value: Object.freeze(new Set(members.flatMap((m) => m.states))),
      reference: changed.reference,
    };
  });
}

const nextDay = (date: string) => formatDay(day(date) + 1);
const previousDay = (date: string) => formatDay(day(date) - 1);

export const EU_EEA_CH_STATES: Parameter<ReadonlySet<string>> = parameter(
  'eu-eea-ch-states',
  'The states whose nationals have residence under EU law (EU, EEA, Switzerland)',
  datedLists(),
);

/** The EU/EEA/CH states on the day (the service's dates are all after the newest change). */
export function euEeaChOn(on: Day): ReadonlySet<string> {
  return requireValueOn(EU_EEA_CH_STATES, on);
}
