import type { Lang, Localized } from '../engine/rule.js';

/** What the command-line runner says on stderr, in English and Dutch (--lang). */
export const CLI_TEXTS = {
  usage: {
    en: `Usage: inburgering-assess assess [options] < cases.ndjson > verdicts.ndjson

Reads one case per line, {"id","procedure","input"} as POST /v1/assess/bulk takes, and writes the
same result lines as that endpoint, ending with the counts.

Options:
  --procedure residence|naturalisation  for lines that do not name their procedure
  --view full|compact|summary           default full
  --lang en|nl                          the language of the verdicts and of these messages; default en
  --today YYYY-MM-DD                    the application date of cases without one; default today in the Netherlands
  --help

Exit status: 0 every case assessed; 1 some lines were invalid or failed (see their results); 2 wrong usage.`,
    nl: `Gebruik: inburgering-assess assess [opties] < zaken.ndjson > oordelen.ndjson

Leest één zaak per regel, {"id","procedure","input"} zoals POST /v1/assess/bulk die aanneemt, en
schrijft dezelfde resultaatregels als dat endpoint, met als laatste de tellingen.

Opties:
  --procedure residence|naturalisation  voor regels die hun procedure niet noemen
  --view full|compact|summary           standaard full
  --lang en|nl                          de taal van de oordelen en van deze berichten; standaard en
  --today JJJJ-MM-DD                    de aanvraagdatum van zaken zonder aanvraagdatum; standaard vandaag in Nederland
  --help

Afsluitcode: 0 elke zaak beoordeeld; 1 sommige regels waren ongeldig of mislukten (zie hun resultaat); 2 verkeerd gebruik.`,
  },
  badOption: { en: 'Wrong usage', nl: 'Verkeerd gebruik' },
  progress: { en: 'cases', nl: 'zaken' },
  perSecond: { en: 'per second', nl: 'per seconde' },
} as const satisfies Record<string, Localized<string>>;

export function cliText(key: keyof typeof CLI_TEXTS, lang: Lang): string {
  return CLI_TEXTS[key][lang];
}
