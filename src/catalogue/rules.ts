import type { Day } from '../calendar/date.js';
import {
  type AnyRule,
  type Effect,
  inForce,
  type Localized,
  type Procedure,
  type Validity,
} from '../engine/rule.js';
import { article } from '../law/articles.js';
import { type Citation, type CitationSource, wholeArticleOn, wordingLastDays } from '../law/cite.js';
import { ASYLUM_PERMIT_ENDS } from '../parameters/index.js';

/** One rule as the catalogue shows it: the same rule objects the engine runs, described. */
export interface RuleEntry {
  readonly id: string;
  readonly procedure: readonly Procedure[];
  readonly permits: readonly string[];
  readonly permitValidity: readonly {
    readonly permit: string;
    readonly validFrom: string;
    readonly validTo: string | null;
  }[];
  readonly effect: Effect;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly title: Localized<string>;
  readonly description: Localized<string>;
  readonly reads: readonly string[];
  readonly citations: readonly Citation[];
  readonly evidence: Localized<readonly string[]>;
}

/**
 * Every citation of the rule, in every stored wording (without a date), or in the wording in
 * force on the date, each with the whole article text of that wording. Each shown once.
 */
function citationsOf(rule: AnyRule, on: Day | undefined): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const variant of Object.keys(rule.variants)) {
    for (const source of rule.citations(variant) as readonly CitationSource[]) {
      const days = on === undefined ? wordingLastDays(source) : [on];
      for (const d of days) {
        const citation = wholeArticleOn(source, d);
        const key = JSON.stringify(citation);
        if (seen.has(key)) continue;
        seen.add(key);
        citations.push(citation);
      }
    }
  }
  return citations;
}

function entry(rule: AnyRule, on?: Day): RuleEntry {
  const variants = Object.entries(rule.variants as Record<string, Validity>);
  const froms = variants.map(([, v]) => v.from).sort();
  const tos = variants.map(([, v]) => v.to);
  return Object.freeze({
    id: rule.id,
    procedure: [rule.procedure],
    permits: rule.procedure === 'residence' ? variants.map(([permit]) => permit) : [],
    permitValidity:
      rule.procedure === 'residence'
        ? variants.map(([permit, v]) => ({ permit, validFrom: v.from, validTo: v.to ?? null }))
        : [],
    effect: rule.effect,
    validFrom: froms[0] as string,
    validTo: tos.some((to) => to === undefined) ? null : ([...tos].sort().at(-1) as string),
    title: { en: rule.text.en.title, nl: rule.text.nl.title },
    description: { en: rule.text.en.description, nl: rule.text.nl.description },
    reads: rule.reads.map((fact) => fact.pointer),
    citations: citationsOf(rule, on),
    evidence: rule.evidence,
  });
}

function inForceOn(rule: AnyRule, on: Day): boolean {
  return Object.values(rule.variants as Record<string, Validity>).some((v) => inForce(v, on));
}

/**
 * The whole catalogue, built once with every stored wording; a date filters the rules and
 * quotes the wordings in force that day (built per request: the date is arbitrary input).
 */
export class RuleCatalogue {
  private readonly entries: readonly RuleEntry[];
  private readonly byId: ReadonlyMap<string, number>;

  constructor(private readonly rules: readonly AnyRule[]) {
    this.entries = Object.freeze(rules.map((rule) => entry(rule)));
    this.byId = new Map(this.entries.map((e, i) => [e.id, i]));
  }

  list(filter: { procedure?: Procedure; on?: Day }): readonly RuleEntry[] {
    const { procedure, on } = filter;
    return this.rules.flatMap((rule, i) => {
      if (procedure && rule.procedure !== procedure) return [];
      if (on === undefined) return [this.entries[i] as RuleEntry];
      return inForceOn(rule, on) ? [entry(rule, on)] : [];
    });
  }

  get(id: string, on?: Day): RuleEntry | undefined {
    const i = this.byId.get(id);
    if (i === undefined) return undefined;
    return on === undefined ? this.entries[i] : entry(this.rules[i] as AnyRule, on);
  }
}

/** The stored text of the Regeling naturalisatietoets Nederland: older than the law in force. */
const RNN_YEAR = article('rnn-1').validFrom.slice(0, 4);

/** What the service does not assess, said plainly with the catalogue (docs/legal-notes.md "Out of scope"). */
export const OUT_OF_SCOPE = {
  en: `The service assesses only the integration requirement. It does not check the other conditions of a permanent permit or of naturalisation (years of residence, income, public order, renunciation of nationality, fees, the ceremony). EU long-term resident applicants with an asylum background before ${ASYLUM_PERMIT_ENDS.text} are treated under Vb 2000 art. 3.126. The Regeling naturalisatietoets Nederland is quoted in its ${RNN_YEAR} text (marked olderText): no newer text of it is stored.`,
  nl: `De dienst beoordeelt alleen het inburgeringsvereiste. De andere voorwaarden van een vergunning voor onbepaalde tijd of van naturalisatie (verblijfsduur, inkomen, openbare orde, afstand van nationaliteit, leges, de ceremonie) toetst hij niet. Aanvragers van een EU-verblijfsvergunning voor langdurig ingezetenen met een asielachtergrond vóór ${ASYLUM_PERMIT_ENDS.text} worden behandeld onder Vb 2000 art. 3.126. De Regeling naturalisatietoets Nederland wordt aangehaald in de tekst van ${RNN_YEAR} (gemarkeerd olderText): een nieuwere tekst ervan is niet opgeslagen.`,
};
