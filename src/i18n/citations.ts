import type { Localized } from '../engine/rule.js';
import type { LawCitation } from '../law/cite.js';

/**
 * Appended to a ground's reason when it quotes a wording dated after its reference date, because
 * no wording in force that day is stored (R2-8): the reader must know the quote may differ.
 */
export const LATER_TEXT_NOTE: Localized<(c: LawCitation) => string> = {
  en: (c) =>
    `No wording of ${c.title} art. ${c.article} in force on the reference date is stored: the text cited is the later one of ${c.versionDate}.`,
  nl: (c) =>
    `Er is geen tekst van ${c.title} art. ${c.article} opgeslagen die op de peildatum gold: de aangehaalde tekst is de latere van ${c.versionDate}.`,
};
