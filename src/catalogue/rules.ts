import type { Day } from '../calendar/date.js';
import {
  type AnyRule,
  type Effect,
  inForce,
  type Localized,
  type Procedure,
  type Validity,
} from '../engine/rule.js';
import { allArticles } from '../law/articles.js';
import type { Citation } from '../law/cite.js';

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

/** The stored article texts by law, article number and version: what a citation points at. */
const WHOLE_TEXTS = new Map(allArticles().map((a) => [`${a.law}|${a.article}|${a.versionDate}`, a.text]));

/** A law citation with the whole article instead of the quoted paragraph. */
function wholeArticle(citation: Citation): Citation {
  if (citation.kind !== 'law' || citation.text === undefined) return citation;
  const text = WHOLE_TEXTS.get(`${citation.title}|${citation.article}|${citation.versionDate}`);
  return text ? { ...citation, text } : citation;
}

function entry(rule: AnyRule): RuleEntry {
  const variants = Object.entries(rule.variants as Record<string, Validity>);
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const [variant] of variants) {
    for (const citation of rule.citations(variant) as readonly Citation[]) {
      const key = JSON.stringify(citation);
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push(wholeArticle(citation));
    }
  }
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
    reads: rule.reads,
    citations,
    evidence: rule.evidence,
  });
}

function inForceOn(rule: AnyRule, on: Day): boolean {
  return Object.values(rule.variants as Record<string, Validity>).some((v) => inForce(v, on));
}

/** The whole catalogue, built once; filtering by procedure and date happens per request. */
export class RuleCatalogue {
  private readonly entries: readonly RuleEntry[];
  private readonly byId: ReadonlyMap<string, RuleEntry>;

  constructor(private readonly rules: readonly AnyRule[]) {
    this.entries = Object.freeze(rules.map(entry));
    this.byId = new Map(this.entries.map((e) => [e.id, e]));
  }

  list(filter: { procedure?: Procedure; on?: Day }): readonly RuleEntry[] {
    return this.entries.filter(
      (e, i) =>
        (!filter.procedure || e.procedure.includes(filter.procedure)) &&
        (filter.on === undefined || inForceOn(this.rules[i] as AnyRule, filter.on)),
    );
  }

  get(id: string): RuleEntry | undefined {
    return this.byId.get(id);
  }
}

/** What the service does not assess, said plainly with the catalogue (docs/legal-notes.md "Out of scope"). */
export const OUT_OF_SCOPE = {
  en: 'The service assesses only the integration requirement. It does not check the other conditions of a permanent permit or of naturalisation (years of residence, income, public order, renunciation of nationality, fees, the ceremony). EU long-term resident applicants with an asylum background before 2026-06-12 are treated under Vb 2000 art. 3.126.',
  nl: 'De dienst beoordeelt alleen het inburgeringsvereiste. De andere voorwaarden van een vergunning voor onbepaalde tijd of van naturalisatie (verblijfsduur, inkomen, openbare orde, afstand van nationaliteit, leges, de ceremonie) toetst hij niet. Aanvragers van een EU-verblijfsvergunning voor langdurig ingezetenen met een asielachtergrond vóór 2026-06-12 worden behandeld onder Vb 2000 art. 3.126.',
};
