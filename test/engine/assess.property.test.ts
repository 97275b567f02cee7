import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, formatDay, ymd } from '../../src/calendar/date.js';
import type { Ground, Verdict } from '../../src/engine/assess.js';
import type { Effect } from '../../src/engine/rule.js';
import { allArticles, wordingInForce } from '../../src/law/articles.js';
import { residenceAssessor } from '../../src/rules/index.js';
import { CEFR_LEVELS, DIPLOMA_TYPES } from '../../src/schemas/common.js';
import {
  HUMANITARIAN_GROUNDS,
  PERMITS,
  RELATIONSHIPS,
  type ResidenceRequest,
  ResidenceRequest as ResidenceRequestSchema,
} from '../../src/schemas/residence.js';
import { residenceValidator } from '../../src/validation/index.js';
import {
  adviceArbs,
  birthText,
  compact,
  type Draw,
  diplomaArb,
  duoDecisionArb,
  FIRST,
  fact,
  type Json,
  LAST,
  periodArb,
  REQUIREMENT_APPLIES,
  TODAY,
  years,
} from '../support/arbitraries.js';

fc.configureGlobal({ seed: 42, numRuns: 300 });

const ASYLUM_ENDS = day('2026-06-12');

// ---------------------------------------------------------------------------------------------
// Arbitrary schema-valid residence requests (src/schemas/residence.ts, docs/api.md "Residence request").
// ---------------------------------------------------------------------------------------------

/**
 * Two profiles: `wide` draws every field freely (many scope and exemption cases); `plain` draws an
 * adult third-country national with mostly known, mostly negative facts, so that dispensations,
 * reviews and requirement-applies are common too.
 */
interface Profile {
  readonly present: number;
  readonly bool: fc.Arbitrary<boolean>;
  readonly nationalities: readonly string[];
  readonly birthOffset: fc.Arbitrary<number>;
  readonly periodFrom: number;
  readonly maxDiplomas: number;
  readonly maxDecisions: number;
  readonly maxFamily: number;
  /** Weight of an empty list against a drawn one (diplomas, decisions, family members). */
  readonly empty: number;
}

const WIDE: Profile = {
  present: 6,
  bool: fc.boolean(),
  nationalities: ['TR', 'BE', 'DE', 'MA', 'NL', 'LU', 'SY'],
  // Any age, with extra weight near 18 and the AOW age.
  birthOffset: fc.oneof(years(0, 100), years(17.8, 18.2), years(64.5, 68), years(20, 30)),
  periodFrom: day('1950-01-01'),
  maxDiplomas: 3,
  maxDecisions: 2,
  maxFamily: 3,
  empty: 0,
};

const PLAIN: Profile = {
  present: 80,
  bool: fc.constantFrom(false, false, false, false, false, true),
  nationalities: ['MA', 'SY', 'TR', 'MA', 'SY', 'TR', 'MA', 'SY', 'TR', 'DE'],
  birthOffset: fc.oneof(years(19, 60), years(17.9, 18.1), years(65.5, 67.5)),
  periodFrom: day('2012-01-01'),
  maxDiplomas: 1,
  maxDecisions: 1,
  maxFamily: 1,
  empty: 3,
};

function requestArbitrary(p: Profile): fc.Arbitrary<ResidenceRequest> {
  const f = <T>(arb: fc.Arbitrary<T>) => fact(arb, p.present);
  const bool = p.bool;
  const list = <T>(arb: fc.Arbitrary<T>, maxLength: number) =>
    p.empty === 0
      ? fc.array(arb, { maxLength })
      : fc.oneof(
          { arbitrary: fc.constant([] as T[]), weight: p.empty },
          { arbitrary: fc.array(arb, { maxLength }), weight: 1 },
        );
  const nationalitiesArb = fc
    .array(fc.constantFrom(...p.nationalities), { minLength: 0, maxLength: 3 })
    .map((list) => [...new Set(list)]);
  const draw: Draw = { f, bool };
  const familyMemberArb = fc
    .record({ relationship: f(fc.constantFrom(...RELATIONSHIPS)), nationalities: f(nationalitiesArb) })
    .map(compact);
  return fc
    .record({
      requestedPermit: fc.constantFrom(...PERMITS),
      humanitarianGround: f(fc.constantFrom(...HUMANITARIAN_GROUNDS)),
      applicationDay: fc.integer({ min: FIRST, max: LAST }),
      decisionOffset: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined, freq: 3 }),
      applicant: fc.option(
        fc.record({
          birth: fc.option(
            fc.tuple(p.birthOffset, fc.constantFrom('full', 'full', 'full', 'month', 'year')),
            {
              nil: undefined,
              freq: p.present,
            },
          ),
          birthNull: fc.boolean(),
          nationalities: f(nationalitiesArb),
          familyMembers: f(list(familyMemberArb, p.maxFamily)),
          residencePeriods: f(fc.array(periodArb(p.periodFrom), { maxLength: 4 })),
          livedInNetherlandsSinceBirthOrBeforeAge4: f(bool),
          yearsLawfulResidenceBeforeAge19: f(fc.integer({ min: 0, max: 19 })),
          formerDutchNational: f(bool),
          dutchNationalityLoss: f(
            fc
              .record({
                lossReason: f(
                  fc.constantFrom('renunciation', 'withdrawal-for-keeping-other-nationality', 'other'),
                ),
                yearsLawfulResidenceBeforeAcquiringDutchNationality: f(fc.integer({ min: 0, max: 30 })),
              })
              .map(compact),
          ),
        }),
        { nil: undefined, freq: 10 },
      ),
      integration: f(
        fc
          .record({
            regime: f(fc.constantFrom('wi2007', 'wi2013', 'wi2021', 'none')),
            diplomas: f(
              list(diplomaArb(draw, DIPLOMA_TYPES, fc.constantFrom(...CEFR_LEVELS)), p.maxDiplomas),
            ),
            duoDecisions: f(list(duoDecisionArb(draw), p.maxDecisions)),
            passedAllExamPartsExceptParticipation: f(bool),
          })
          .map(compact),
      ),
      circumstances: f(
        fc
          .record({
            ...adviceArbs(draw),
            sufficientlyIntegrated: f(bool),
            particularIndividualCircumstances: f(bool),
            relationshipEndedByDomesticViolence: f(bool),
            turkishStandstillWorker: f(bool),
            otherConditionsMetBefore2025: f(bool),
          })
          .map(compact),
      ),
    })
    .map((raw) => {
      const request: Json = {
        requestedPermit: raw.requestedPermit,
        applicationDate: formatDay(raw.applicationDay),
      };
      if (raw.requestedPermit === 'non-temporary-humanitarian' && raw.humanitarianGround !== undefined) {
        request.humanitarianGround = raw.humanitarianGround;
      }
      if (raw.decisionOffset !== undefined)
        request.decisionDate = formatDay(raw.applicationDay + raw.decisionOffset);
      if (raw.applicant) {
        const { birth, birthNull, dutchNationalityLoss, ...rest } = raw.applicant;
        const applicant: Json = compact(rest);
        if (birth) applicant.dateOfBirth = birthText(raw.applicationDay, birth[0], birth[1]);
        else if (birthNull) applicant.dateOfBirth = null;
        if (rest.formerDutchNational === true && dutchNationalityLoss !== undefined) {
          applicant.dutchNationalityLoss = dutchNationalityLoss;
        }
        request.applicant = applicant;
      }
      if (raw.integration !== undefined) request.integration = raw.integration;
      if (raw.circumstances !== undefined) request.circumstances = raw.circumstances;
      return request as unknown as ResidenceRequest;
    });
}

const requestArb: fc.Arbitrary<ResidenceRequest> = fc.oneof(
  { arbitrary: requestArbitrary(WIDE), weight: 1 },
  { arbitrary: requestArbitrary(PLAIN), weight: 2 },
);

// ---------------------------------------------------------------------------------------------
// Helpers derived from docs/api.md and docs/rules.md.
// ---------------------------------------------------------------------------------------------

const assess = (request: ResidenceRequest, lang: 'en' | 'nl' = 'en'): Verdict =>
  residenceAssessor.assess(request, { today: TODAY, lang });

const DECIDING: ReadonlySet<Effect> = new Set(['not-applicable', 'requirement-met', 'exempt']);
/** R2-7: the scope, met and exemption rules that read the date of birth (never a dispensation rule). */
const AGE_RULES = [
  'RES-EX-MINOR',
  'RES-EX-PENSION-AGE',
  'RES-EX-BORN-OR-RAISED-BEFORE-4',
  'RES-EX-GREW-UP-IN-NL',
];

/** The outcome table of docs/api.md, in order of precedence, read off the grounds. */
function outcomeFromGrounds(grounds: readonly Ground[]): string {
  const satisfied = (effect: Effect) => grounds.some((g) => g.effect === effect && g.status === 'satisfied');
  if (satisfied('not-applicable')) return 'not-applicable';
  if (satisfied('requirement-met')) return 'requirement-met';
  if (satisfied('exempt')) return 'exempt';
  const undecided = grounds.filter((g) => DECIDING.has(g.effect) && g.status === 'unknown');
  if (undecided.some((g) => g.missingFacts.length > 0)) return 'insufficient-information';
  if (satisfied('manual-review') || undecided.length > 0) return 'manual-review';
  if (satisfied('dispensation-possible')) return 'dispensation-possible';
  return 'requirement-applies';
}

/** Precedence rank of a rule's effect (docs/api.md "Outcomes"), for the order of missingFacts. */
const RANK: Readonly<Record<Effect, number>> = {
  'not-applicable': 0,
  'requirement-met': 1,
  exempt: 2,
  'manual-review': 3,
  'dispensation-possible': 4,
  'partially-exempt': 5,
  'component-not-required': 5,
  'requirement-applies': 6,
  information: 7,
};

const asylumEnded = (request: ResidenceRequest) =>
  request.requestedPermit === 'permanent-asylum' && day(request.applicationDate as string) >= ASYLUM_ENDS;

const lastReferenceDay = (request: ResidenceRequest) =>
  day((request.decisionDate ?? request.applicationDate) as string);

/** The stored wording of a cited article in force on the day (the one quoted unless marked). */
const wordingOn = (law: string, articleNo: string, on: number) =>
  allArticles().find((a) => a.law === law && a.article === articleNo && wordingInForce(a, on));

const referenceDay = (request: ResidenceRequest, citation: { asOf?: string }) =>
  day((citation.asOf === 'decisionDate' ? request.decisionDate : request.applicationDate) as string);

// ---------------------------------------------------------------------------------------------

describe('the generator', { timeout: 60_000 }, () => {
  it('builds schema-valid requests', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const result = residenceValidator.validate(request, TODAY);
        expect(result.ok ? [] : result.invalidParams).toEqual([]);
      }),
    );
  });

  it('reaches every residence outcome', () => {
    const seen = new Set(fc.sample(requestArb, { numRuns: 2000, seed: 7 }).map((r) => assess(r).outcome));
    expect([...seen].sort()).toEqual(
      [
        'not-applicable',
        'requirement-met',
        'exempt',
        'insufficient-information',
        'manual-review',
        'dispensation-possible',
        'requirement-applies',
      ].sort(),
    );
  });
});

describe('engine invariants over generated residence requests', { timeout: 60_000 }, () => {
  it('(a) adding a wi2007 civic integration diploma never yields requirement-applies', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const integration = (request.integration ?? {}) as Json;
        const diplomas = (integration.diplomas ?? []) as Json[];
        const withDiploma = {
          ...request,
          integration: {
            ...integration,
            diplomas: [...diplomas, { type: 'civic-integration-diploma-wi2007' }],
          },
        } as ResidenceRequest;
        const { outcome } = assess(withDiploma);
        expect(outcome).not.toBe('requirement-applies');
        // RES-EX-DOCUMENT is satisfied: only a scope or met rule can take precedence, except for an
        // asylum application from 2026-06-12, where no exemption is in force (a review).
        if (asylumEnded(request)) expect(outcome).toBe('manual-review');
        else expect(['not-applicable', 'requirement-met', 'exempt']).toContain(outcome);
      }),
    );
  });

  it('(a) making the applicant under 18 (known full birth date) never yields requirement-applies', () => {
    fc.assert(
      fc.property(requestArb, fc.double({ min: 0, max: 1, noNaN: true }), (request, where) => {
        // A birth date after (last reference date − 17 years) and not after the application date.
        const earliest = lastReferenceDay(request) - Math.floor(17 * 365);
        const latest = day(request.applicationDate as string);
        const birth = earliest + Math.floor(where * (latest - earliest));
        const minor = {
          ...request,
          applicant: { ...((request.applicant ?? {}) as Json), dateOfBirth: formatDay(birth) },
        } as ResidenceRequest;
        const verdict = assess(minor);
        expect(verdict.outcome).not.toBe('requirement-applies');
        if (asylumEnded(request)) expect(verdict.outcome).toBe('manual-review');
        else {
          expect(verdict.grounds.find((g) => g.rule === 'RES-EX-MINOR')?.status).toBe('satisfied');
          expect(['not-applicable', 'requirement-met', 'exempt']).toContain(verdict.outcome);
        }
      }),
    );
  });

  it('(b) insufficient-information always lists a missing fact of an unknown scope, met or exemption rule', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        if (verdict.outcome !== 'insufficient-information') return;
        expect(verdict.missingFacts.length).toBeGreaterThan(0);
        expect(
          verdict.grounds.some(
            (g) => DECIDING.has(g.effect) && g.status === 'unknown' && g.missingFacts.length > 0,
          ),
        ).toBe(true);
      }),
    );
  });

  it('(c) requirementApplies follows the outcome', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        expect(verdict.requirementApplies).toBe(REQUIREMENT_APPLIES[verdict.outcome]);
      }),
    );
  });

  it('(d) every ground has a title and a reason in en and nl; every law citation a url, juriconnect and versionDate', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        for (const lang of ['en', 'nl'] as const) {
          const verdict = assess(request, lang);
          expect(verdict.assessment.language).toBe(lang);
          expect(verdict.headline.trim().length).toBeGreaterThan(0);
          for (const ground of verdict.grounds) {
            expect(ground.title.trim().length, `${ground.rule} ${lang} title`).toBeGreaterThan(0);
            expect(ground.reason.trim().length, `${ground.rule} ${lang} reason`).toBeGreaterThan(0);
            expect(ground.citations.length, `${ground.rule} citations`).toBeGreaterThan(0);
            for (const citation of ground.citations) {
              if (citation.kind !== 'law') continue;
              expect(citation.url, ground.rule).toMatch(/^https:\/\//);
              expect(citation.juriconnect, ground.rule).toMatch(/^jci1\.3:c:BWBR\d+&artikel=/);
              expect(citation.versionDate, ground.rule).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            }
          }
        }
      }),
    );
  });

  it('(d) a law citation marks laterText exactly when its versionDate is after its reference date', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        for (const ground of assess(request).grounds) {
          for (const citation of ground.citations) {
            if (citation.kind !== 'law') continue;
            const later = day(citation.versionDate) > referenceDay(request, citation);
            expect(
              citation.laterText === true,
              `${ground.rule} ${citation.article} ${citation.versionDate}`,
            ).toBe(later);
          }
        }
      }),
    );
  });

  it('(d) a quoted law text consists of lines of the wording in force on its reference date', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        for (const ground of assess(request).grounds) {
          for (const citation of ground.citations) {
            if (citation.kind !== 'law' || citation.text === undefined) continue;
            if (citation.laterText || citation.olderText) continue;
            const wording = wordingOn(citation.title, citation.article, referenceDay(request, citation));
            expect(wording, `${ground.rule}: ${citation.title} ${citation.article}`).toBeDefined();
            const lines = new Set(wording?.text.split('\n'));
            for (const line of citation.text.split('\n')) expect(lines.has(line), line).toBe(true);
          }
        }
      }),
    );
  });

  it('(e) every missingFacts pointer appears in the missingFacts of a ground, and the rules named are those grounds', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        const pointers = verdict.missingFacts.map((m) => m.pointer);
        expect(new Set(pointers).size).toBe(pointers.length);
        for (const entry of verdict.missingFacts) {
          const needing = verdict.grounds
            .filter((g) => g.missingFacts.includes(entry.pointer))
            .map((g) => g.rule);
          expect(needing.length, entry.pointer).toBeGreaterThan(0);
          expect([...entry.rules].sort(), entry.pointer).toEqual([...needing].sort());
          expect(entry.question.trim().length, entry.pointer).toBeGreaterThan(0);
        }
        // …and the list is the union over the grounds.
        const union = new Set(verdict.grounds.flatMap((g) => g.missingFacts));
        expect(new Set(pointers)).toEqual(union);
      }),
    );
  });

  it('(e) missing facts belong to unknown grounds only', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        for (const ground of assess(request).grounds) {
          if (ground.status !== 'unknown') expect(ground.missingFacts, ground.rule).toEqual([]);
          for (const pointer of ground.missingFacts) {
            expect(pointer, ground.rule).toMatch(/^(\/[A-Za-z0-9]+)+$/);
            expect(schemaNodeKind(pointer), `${ground.rule} ${pointer}`).not.toBe('none');
          }
        }
      }),
    );
  });

  it('(e) missing facts name leaf fields, even when the parent object is absent (docs/api.md "Verdict")', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        for (const ground of assess(request).grounds) {
          for (const pointer of ground.missingFacts) {
            expect(schemaNodeKind(pointer), `${ground.rule} ${pointer}`).toBe('leaf');
          }
        }
      }),
    );
  });

  it('(e) a win-certificate without levels lacks the four level fields, not the levels object', () => {
    const verdict = assess({
      requestedPermit: 'permanent-regular',
      applicationDate: '2026-11-28',
      integration: { diplomas: [{ type: 'win-certificate', moPassed: true }] },
    } as ResidenceRequest);
    const ground = verdict.grounds.find((g) => g.rule === 'RES-EX-DOCUMENT');
    expect(ground?.status).toBe('unknown');
    expect(ground?.missingFacts).not.toContain('/integration/diplomas/0/levels');
    expect(ground?.missingFacts).toEqual(
      expect.arrayContaining(
        ['reading', 'listening', 'writing', 'speaking'].map(
          (skill) => `/integration/diplomas/0/levels/${skill}`,
        ),
      ),
    );
  });

  it('(e) missingFacts are ordered by the highest-precedence rule needing them, then document order', () => {
    const schemaOrder = documentOrderOfSchema();
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        const effectOf = new Map(verdict.grounds.map((g) => [g.rule, g.effect]));
        const rankOf = (rules: readonly string[]) =>
          Math.min(...rules.map((r) => RANK[effectOf.get(r) as Effect] ?? Number.POSITIVE_INFINITY));
        for (let i = 1; i < verdict.missingFacts.length; i++) {
          const a = verdict.missingFacts[i - 1] as Verdict['missingFacts'][number];
          const b = verdict.missingFacts[i] as Verdict['missingFacts'][number];
          const ra = rankOf(a.rules);
          const rb = rankOf(b.rules);
          expect(ra, `${a.pointer} before ${b.pointer}`).toBeLessThanOrEqual(rb);
          if (ra === rb)
            expect(schemaOrder(a.pointer, b.pointer), `${a.pointer} before ${b.pointer}`).toBeLessThan(0);
        }
      }),
    );
  });

  it('(f) the verdict is identical for the same input, and the input is left untouched', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const copy = structuredClone(request);
        const first = assess(request);
        const second = assess(structuredClone(request));
        expect(second).toEqual(first);
        expect(request).toEqual(copy);
      }),
    );
  });

  it('(g) the outcome is the first row of the docs/api.md table that the grounds satisfy (one reference date, or both dates agree)', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        if (verdict.grounds.some((g) => g.statusByDate)) return;
        expect(verdict.outcome).toBe(outcomeFromGrounds(verdict.grounds));
      }),
    );
  });

  it('(g) R2-1: where the dates disagree on a rule, the outcome is the one on the application date alone, unless the decision date leads elsewhere (then manual-review, or the facts a date lacks)', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        if (!verdict.grounds.some((g) => g.statusByDate)) return;
        // The asylum-permit rule reads the decision date itself, so dropping it changes more than the age rules.
        if (
          verdict.grounds.some((g) => g.rule === 'RES-REVIEW-ASYLUM-PERMIT-ENDED' && g.status === 'satisfied')
        )
          return;
        const { decisionDate: _, ...alone } = request;
        const onApplication = assess(alone as typeof request).outcome;
        const review = verdict.grounds.find((g) => g.rule === 'RES-REVIEW-AGE');
        if (verdict.outcome === onApplication) return;
        const why = JSON.stringify({ request, outcome: verdict.outcome, onApplication });
        if (verdict.outcome === 'insufficient-information') expect(review?.status, why).toBe('unknown');
        else {
          expect(verdict.outcome, why).toBe('manual-review');
          expect(review?.status, why).toBe('satisfied');
        }
      }),
    );
  });

  it('(h) an age rule open on a date taken alone makes RES-REVIEW-AGE satisfied; otherwise only two different outcomes on the two dates do', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        const review = verdict.grounds.find((g) => g.rule === 'RES-REVIEW-AGE');
        if (!review) return;
        const open = verdict.grounds.filter(
          (g) =>
            AGE_RULES.includes(g.rule) &&
            g.status === 'unknown' &&
            g.missingFacts.length === 0 &&
            !g.statusByDate,
        );
        if (open.length > 0) expect(review.status).toBe('satisfied');
        else if (review.status === 'satisfied') {
          expect(verdict.grounds.some((g) => g.statusByDate)).toBe(true);
          expect(verdict.outcome).toBe('manual-review');
        }
      }),
    );
  });

  it('(h) every manual-review verdict has a satisfied review rule', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        if (verdict.outcome !== 'manual-review') return;
        expect(verdict.grounds.some((g) => g.effect === 'manual-review' && g.status === 'satisfied')).toBe(
          true,
        );
      }),
    );
  });

  it('(h) a scope, met or exemption rule unknown without missing facts on a date taken alone satisfies a review rule', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const verdict = assess(request);
        const open = verdict.grounds.filter(
          (g) =>
            DECIDING.has(g.effect) &&
            g.status === 'unknown' &&
            g.missingFacts.length === 0 &&
            !g.statusByDate,
        );
        if (open.length === 0) return;
        expect(
          verdict.grounds.some((g) => g.effect === 'manual-review' && g.status === 'satisfied'),
          open.map((g) => g.rule).join(', '),
        ).toBe(true);
      }),
    );
  });

  it('(i) codes, rule ids, statuses and missing facts do not change with the language', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const en = assess(request, 'en');
        const nl = assess(request, 'nl');
        const shape = (v: Verdict) => ({
          outcome: v.outcome,
          requirementApplies: v.requirementApplies,
          grounds: v.grounds.map((g) => [g.rule, g.effect, g.status, g.missingFacts]),
          missingFacts: v.missingFacts.map((m) => [m.pointer, m.rules]),
          nextSteps: v.nextSteps.map((s) => [s.code, s.authority]),
        });
        expect(shape(nl)).toEqual(shape(en));
      }),
    );
  });

  it('(j) RES-REQUIREMENT is satisfied whenever it is in force', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const requirement = assessRule(request, 'RES-REQUIREMENT');
        if (asylumEnded(request)) expect(requirement).toBeUndefined();
        else expect(requirement?.status).toBe('satisfied');
      }),
    );
  });

  it('(k) a YYYY-MM birth date decides an age rule only when every day of the month gives the same answer', () => {
    fc.assert(
      fc.property(
        requestArb,
        fc.integer({ min: 1, max: Math.floor(100 * 12) }),
        fc.constantFrom(0, 17 * 12 + 11, 18 * 12, 65 * 12 + 2, 66 * 12 + 6, 67 * 12, 67 * 12 + 3),
        (request, spread, near) => {
          const application = ymd(day(request.applicationDate as string));
          // A month strictly before the application month, often near the 18th birthday or the AOW age.
          const back = near === 0 ? spread : near + (spread % 5) - 2;
          const index = application.y * 12 + (application.m - 1) - Math.max(1, back);
          const y = Math.floor(index / 12);
          const m = (index % 12) + 1;
          const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
          const withBirth = (dateOfBirth: string) =>
            ({
              ...request,
              applicant: { ...((request.applicant ?? {}) as Json), dateOfBirth },
            }) as ResidenceRequest;
          const partial = assess(withBirth(month));
          const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
          const full = Array.from({ length: days }, (_, i) =>
            assess(withBirth(`${month}-${String(i + 1).padStart(2, '0')}`)),
          );
          for (const id of ['RES-EX-MINOR', 'RES-EX-PENSION-AGE']) {
            const ground = partial.grounds.find((g) => g.rule === id);
            if (!ground) continue;
            const statuses = new Set(full.map((v) => v.grounds.find((g) => g.rule === id)?.status));
            if (statuses.size === 1) {
              expect(ground.status, `${id} ${month}`).toBe([...statuses][0]);
            } else {
              expect(ground.status, `${id} ${month}`).toBe('unknown');
              expect(ground.missingFacts, `${id} ${month}`).toContain('/applicant/dateOfBirth');
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('knowing less never decides differently (docs/api.md "Three-valued": absent facts are unknown, never false)', {
  timeout: 60_000,
}, () => {
  /**
   * Paths of facts that may be forgotten: every optional field and list, but not the request's
   * dates or permit, nor fields whose absence the spec gives a meaning (`to` of a period: still
   * registered; `partial` of a decision: false), nor single list items (a present list is complete).
   */
  function forgettable(value: unknown, path: string[] = []): string[][] {
    if (Array.isArray(value)) return value.flatMap((item, i) => forgettable(item, [...path, String(i)]));
    if (typeof value !== 'object' || value === null) return [];
    const out: string[][] = [];
    for (const [key, child] of Object.entries(value)) {
      const at = [...path, key];
      const fixed =
        (path.length === 0 && ['requestedPermit', 'applicationDate', 'decisionDate'].includes(key)) ||
        (path.includes('residencePeriods') && key === 'to') ||
        (path.includes('duoDecisions') && (key === 'partial' || key === 'kind')) ||
        (path.includes('residencePeriods') && key === 'from') ||
        (path.includes('diplomas') && key === 'type');
      if (!fixed && child !== null) out.push(at);
      out.push(...forgettable(child, at));
    }
    return out;
  }

  function forget(request: ResidenceRequest, paths: readonly string[][], asNull: boolean): ResidenceRequest {
    const copy = structuredClone(request) as unknown as Json;
    for (const path of paths) {
      let node: unknown = copy;
      for (const key of path.slice(0, -1)) node = node == null ? undefined : (node as Json)[key];
      if (node === undefined || node === null) continue;
      const key = path[path.length - 1] as string;
      const parent = node as Json;
      if (!(key in parent)) continue;
      if (path.join('/') === 'applicant/dateOfBirth' && typeof parent[key] === 'string' && !asNull) {
        // A full date known only to the month or the year is also less knowledge.
        const text = parent[key] as string;
        parent[key] = text.length === 10 ? text.slice(0, 7) : text.slice(0, 4);
        continue;
      }
      if (asNull) parent[key] = null;
      else delete parent[key];
      // dutchNationalityLoss is only allowed with formerDutchNational: true.
      if (path.join('/') === 'applicant/formerDutchNational') delete parent.dutchNationalityLoss;
    }
    return copy as unknown as ResidenceRequest;
  }

  const pairArb = requestArb.chain((full) => {
    const paths = forgettable(full);
    return fc.tuple(
      fc.constant(full),
      fc.subarray(paths, { maxLength: Math.min(6, paths.length) }),
      fc.boolean(),
    );
  });

  it('every rule decided with fewer facts keeps its status when the facts are completed', () => {
    fc.assert(
      fc.property(pairArb, ([full, paths, asNull]) => {
        const partial = forget(full, paths, asNull);
        const validation = residenceValidator.validate(partial, TODAY);
        expect(validation.ok ? [] : validation.invalidParams).toEqual([]);
        const less = assess(partial);
        const more = new Map(assess(full).grounds.map((g) => [g.rule, g.status]));
        for (const ground of less.grounds) {
          // RES-REVIEW-AGE reads whether other rules are open WITHOUT missing facts: not monotone by definition.
          if (ground.status === 'unknown' || ground.rule === 'RES-REVIEW-AGE') continue;
          expect(
            more.get(ground.rule),
            `${ground.rule} after forgetting ${paths.map((p) => p.join('/')).join(', ')}`,
          ).toBe(ground.status);
        }
      }),
    );
  });

  /** The value at a JSON pointer of `from` copied into `into` (an absent parent object made empty, so only that fact is added). */
  function restore(into: ResidenceRequest, from: ResidenceRequest, pointer: string): ResidenceRequest {
    const copy = structuredClone(into) as unknown as Json;
    const keys = pointer.split('/').slice(1);
    let target = copy;
    let source = from as unknown as Json;
    for (const key of keys.slice(0, -1)) {
      source = source?.[key] as Json;
      if (source === undefined || source === null) return into;
      if (target[key] === undefined || target[key] === null) target[key] = Array.isArray(source) ? [] : {};
      target = target[key] as Json;
    }
    const last = keys[keys.length - 1] as string;
    if (source?.[last] === undefined) return into;
    target[last] = structuredClone(source[last]) as Json[string];
    return copy as unknown as ResidenceRequest;
  }

  it('supplying a fact that is not decisive, with its value in the full case, never changes the outcome (one reference date)', () => {
    fc.assert(
      fc.property(pairArb, ([full, paths, asNull]) => {
        const partial = forget(full, paths, asNull);
        const less = assess(partial);
        if (less.grounds.some((g) => g.statusByDate)) return;
        for (const fact of less.missingFacts) {
          if (fact.decisive) continue;
          const more = restore(partial, full, fact.pointer);
          if (!residenceValidator.validate(more, TODAY).ok) continue;
          expect(assess(more).outcome, `${fact.pointer} of ${JSON.stringify(partial)}`).toBe(less.outcome);
        }
        // Decisive facts come first.
        const flags = less.missingFacts.map((f) => f.decisive);
        expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      }),
    );
  });
});

interface SchemaNode {
  readonly properties?: Record<string, SchemaNode>;
  readonly items?: SchemaNode;
}

/** Whether a pointer names a leaf field (a value or a list), an object, or nothing of the request schema. */
function schemaNodeKind(pointer: string): 'leaf' | 'object' | 'none' {
  let node: SchemaNode | undefined = ResidenceRequestSchema as SchemaNode;
  for (const segment of pointer.split('/').slice(1)) {
    node = /^\d+$/.test(segment) ? node?.items : node?.properties?.[segment];
    if (!node) return 'none';
  }
  return node.properties ? 'object' : 'leaf';
}

function assessRule(request: ResidenceRequest, id: string): Ground | undefined {
  return assess(request).grounds.find((g) => g.rule === id);
}

/** Document order of the residence request (docs/api.md "Residence request" lists its fields in that order). */
function documentOrderOfSchema(): (a: string, b: string) => number {
  const FIELDS = [
    '/requestedPermit',
    '/humanitarianGround',
    '/applicationDate',
    '/decisionDate',
    '/applicant',
    '/applicant/dateOfBirth',
    '/applicant/nationalities',
    '/applicant/familyMembers',
    '/applicant/familyMembers/*',
    '/applicant/familyMembers/*/relationship',
    '/applicant/familyMembers/*/nationalities',
    '/applicant/residencePeriods',
    '/applicant/residencePeriods/*',
    '/applicant/residencePeriods/*/from',
    '/applicant/residencePeriods/*/to',
    '/applicant/livedInNetherlandsSinceBirthOrBeforeAge4',
    '/applicant/yearsLawfulResidenceBeforeAge19',
    '/applicant/formerDutchNational',
    '/applicant/dutchNationalityLoss',
    '/applicant/dutchNationalityLoss/lossReason',
    '/applicant/dutchNationalityLoss/yearsLawfulResidenceBeforeAcquiringDutchNationality',
    '/integration',
    '/integration/regime',
    '/integration/diplomas',
    '/integration/diplomas/*',
    '/integration/diplomas/*/type',
    '/integration/diplomas/*/educationLevel',
    '/integration/diplomas/*/levels',
    '/integration/diplomas/*/levels/reading',
    '/integration/diplomas/*/levels/listening',
    '/integration/diplomas/*/levels/writing',
    '/integration/diplomas/*/levels/speaking',
    '/integration/diplomas/*/moPassed',
    '/integration/diplomas/*/issuedOn',
    '/integration/duoDecisions',
    '/integration/duoDecisions/*',
    '/integration/duoDecisions/*/kind',
    '/integration/duoDecisions/*/ground',
    '/integration/duoDecisions/*/partial',
    '/integration/duoDecisions/*/decidedOn',
    '/integration/passedAllExamPartsExceptParticipation',
    '/circumstances',
    '/circumstances/medicalAdvice',
    '/circumstances/medicalAdvice/issuedOn',
    '/circumstances/medicalAdvice/concludesUnableToPass',
    '/circumstances/duoEffortsAdvice',
    '/circumstances/duoEffortsAdvice/issuedOn',
    '/circumstances/duoEffortsAdvice/positive',
    '/circumstances/sufficientlyIntegrated',
    '/circumstances/particularIndividualCircumstances',
    '/circumstances/relationshipEndedByDomesticViolence',
    '/circumstances/turkishStandstillWorker',
    '/circumstances/otherConditionsMetBefore2025',
  ];
  const rank = new Map(FIELDS.map((f, i) => [f, i]));
  const key = (pointer: string) => {
    const out: number[] = [];
    let generic = '';
    for (const segment of pointer.split('/').slice(1)) {
      const index = /^\d+$/.test(segment);
      generic += `/${index ? '*' : segment}`;
      const r = rank.get(generic);
      if (r === undefined) throw new Error(`pointer outside the request: ${pointer}`);
      out.push(r);
      if (index) out.push(Number(segment));
    }
    return out;
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
      const d = (ka[i] as number) - (kb[i] as number);
      if (d !== 0) return d;
    }
    return ka.length - kb.length;
  };
}

// ---------------------------------------------------------------------------------------------
// The rules in force per permit (docs/rules.md "Residence" table: permits column and validity).
// ---------------------------------------------------------------------------------------------

const CATALOGUE: readonly (readonly [string, string, Effect])[] = [
  ['RES-SCOPE-HUMANITARIAN-GROUND', 'H', 'not-applicable'],
  ['RES-SCOPE-EU-CITIZEN', 'RAEH', 'not-applicable'],
  ['RES-REVIEW-ASYLUM-PERMIT-ENDED', 'A', 'manual-review'],
  ['RES-MET-DIPLOMA', 'RAEH', 'requirement-met'],
  ['RES-MET-CERTIFICATE-WI2021', 'RAEH', 'requirement-met'],
  ['RES-EX-MINOR', 'RAEH', 'exempt'],
  ['RES-EX-PENSION-AGE', 'RAEH', 'exempt'],
  ['RES-EX-SCHOOL-AGE', 'RAEH', 'exempt'],
  ['RES-REVIEW-SCHOOL-AGE', 'RAEH', 'manual-review'],
  ['RES-EX-DOCUMENT', 'RAEH', 'exempt'],
  ['RES-EX-DUO-DECISION', 'RAEH', 'exempt'],
  ['RES-EX-BORN-OR-RAISED-BEFORE-4', 'R', 'exempt'],
  ['RES-EX-GREW-UP-IN-NL', 'RE', 'exempt'],
  ['RES-DISP-GREW-UP-IN-NL', 'RE', 'dispensation-possible'],
  ['RES-EX-FORMER-DUTCH-NATIONAL', 'RE', 'exempt'],
  ['RES-EX-PARTICIPATION-ONLY', 'REH', 'exempt'],
  ['RES-EX-DOMESTIC-VIOLENCE', 'H', 'exempt'],
  ['RES-EX-BENELUX', 'RAEH', 'exempt'],
  ['RES-EX-TURKISH-BEFORE-2025', 'RAEH', 'exempt'],
  ['RES-EX-TURKISH-STANDSTILL', 'H', 'exempt'],
  ['RES-REVIEW-TURKISH-FAMILY', 'RAEH', 'manual-review'],
  ['RES-DISP-MEDICAL', 'RAEH', 'dispensation-possible'],
  ['RES-DISP-PARTICULAR-CIRCUMSTANCES', 'RAEH', 'dispensation-possible'],
  ['RES-DISP-SUFFICIENTLY-INTEGRATED', 'RAEH', 'dispensation-possible'],
  ['RES-DISP-EFFORTS-WI2013', 'RAEH', 'dispensation-possible'],
  ['RES-REVIEW-AGE', 'RAEH', 'manual-review'],
  ['RES-REVIEW-DOCUMENT', 'RAEH', 'manual-review'],
  ['RES-REQUIREMENT', 'RAEH', 'requirement-applies'],
];
const LETTER = {
  'permanent-regular': 'R',
  'permanent-asylum': 'A',
  'eu-long-term-resident': 'E',
  'non-temporary-humanitarian': 'H',
} as const;

describe('grounds: every rule in force for the permit on the application date (docs/rules.md)', () => {
  const cases = PERMITS.flatMap((permit) =>
    ['2022-01-01', '2024-12-31', '2025-01-01', '2026-06-11', '2026-06-12', '2030-12-31'].map(
      (applicationDate) => [permit, applicationDate] as const,
    ),
  );

  it.each(cases)('%s on %s', (permit, applicationDate) => {
    const verdict = assess({ requestedPermit: permit, applicationDate } as ResidenceRequest);
    const letter = LETTER[permit];
    const expected = CATALOGUE.filter(([id, letters]) => {
      if (!letters.includes(letter)) return false;
      // The permanent asylum permit ends on 2026-06-12: from then on only the rule that says so is in force.
      if (permit === 'permanent-asylum' && day(applicationDate) >= ASYLUM_ENDS) {
        return id === 'RES-REVIEW-ASYLUM-PERMIT-ENDED';
      }
      return true;
    });
    expect(verdict.grounds.map((g) => g.rule).sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, , effect] of expected) {
      expect(verdict.grounds.find((g) => g.rule === id)?.effect, id).toBe(effect);
    }
  });

  it('an empty request (every fact unknown) needs facts: insufficient-information', () => {
    for (const permit of PERMITS) {
      const verdict = assess({ requestedPermit: permit, applicationDate: '2026-01-15' } as ResidenceRequest);
      expect(verdict.outcome, permit).toBe('insufficient-information');
      expect(verdict.requirementApplies, permit).toBeNull();
      expect(verdict.missingFacts.length, permit).toBeGreaterThan(0);
    }
  });
});
