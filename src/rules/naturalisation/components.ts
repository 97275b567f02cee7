import { day } from '../../calendar/date.js';
import type { Evaluated } from '../../engine/outcome.js';
import type { ComponentResult } from '../../engine/procedure.js';
import type { Effect, Findings } from '../../engine/rule.js';
import { all, knownAt, NO, someItem, type Tri, YES } from '../../engine/tri.js';
import { PRE_2013_EXAM_DEADLINE, PRE_2013_EXAM_LEVEL } from '../../parameters/index.js';
import { type CefrLevel, LANGUAGE_SKILLS } from '../../schemas/common.js';
import {
  COMPONENTS,
  type ExamComponent,
  type ExamResult,
  type NaturalisationRequest,
} from '../../schemas/naturalisation.js';
import { levelAtLeast } from '../shared/documents.js';
import type { NaturalisationContext } from './context.js';
import { EXAM_RESULTS, RESULT_LEVEL, RESULT_PASSED_ON } from './facts.js';
import { PARTIAL_RULES } from './partial.js';
import { requirement } from './requirement.js';
import { caribbean } from './scope.js';

const LANGUAGE = new Set<ExamComponent>(LANGUAGE_SKILLS);

/** The partial rules with `effect` that relieve `component` (each declares what it relieves). */
const relieving = (component: ExamComponent, effect: Effect): readonly string[] =>
  PARTIAL_RULES.filter((r) => r.effect === effect && r.relieves?.includes(component)).map((r) => r.id);

/** The partial rules that relieve each component: exempt, or (abroad) not part of the test at all. */
export const EXEMPTING: Readonly<Record<ExamComponent, readonly string[]>> = Object.fromEntries(
  COMPONENTS.map((c) => [c, relieving(c, 'partially-exempt')]),
) as Record<ExamComponent, readonly string[]>;
const NOT_REQUIRING: Readonly<Record<ExamComponent, readonly string[]>> = Object.fromEntries(
  COMPONENTS.map((c) => [c, relieving(c, 'component-not-required')]),
) as Record<ExamComponent, readonly string[]>;

/** The rule that keeps a component required, and that reads the exam results. */
export const REQUIREMENT = requirement.id;

/** A language result at `minimum` or above; KNM and ONA results carry no level. */
function atLevel(result: ExamResult, pointer: string, minimum: CefrLevel): Tri {
  return LANGUAGE.has(result.component)
    ? knownAt(RESULT_LEVEL, result, pointer, (level) => levelAtLeast(level, minimum))
    : YES;
}

/** A pre-2013 result passed before 2015-01-01 at `minimum` or above (RnN art. 2(3)). */
function countsAsOldExam(result: ExamResult, pointer: string, minimum: CefrLevel): Tri {
  if (result.exam !== 'pre-2013') return NO;
  return all(
    knownAt(RESULT_PASSED_ON, result, pointer, (d) => day(d) < PRE_2013_EXAM_DEADLINE),
    atLevel(result, pointer, minimum),
  );
}

/**
 * Whether an exam result counts for the test (RnN art. 2): a Wi 2013 result at or above the level
 * in force, or a pre-2013 result passed before 2015-01-01 (RnN art. 2(3)). Wi 2021 and Staatsexamen
 * results do not count here; their own review rules take them up.
 */
function counts(result: ExamResult, pointer: string, context: NaturalisationContext): Tri {
  if (result.exam === 'wi2013') return atLevel(result, pointer, context.level);
  return countsAsOldExam(result, pointer, context.level);
}

/** The parts of the old (pre-2013) civic integration exam: the four language skills and KNM; it had no ONA. */
const OLD_EXAM_PARTS: readonly ExamComponent[] = [...LANGUAGE_SKILLS, 'knm'];

/**
 * R2-5: every part of the old exam passed before 2015-01-01 (the language skills at the old exam's
 * level or higher) is the old exam passed as a whole, which RnN art. 2(3) counts as the naturalisation
 * test passed: every component, ONA included.
 */
export function oldExamPassedWhole(input: NaturalisationRequest): boolean {
  return OLD_EXAM_PARTS.every(
    (component) =>
      someItem(EXAM_RESULTS, input, (r, p) =>
        r.component === component ? countsAsOldExam(r, p, PRE_2013_EXAM_LEVEL) : NO,
      ).status === 'satisfied',
  );
}

export interface ComponentState extends ComponentResult {
  readonly missing: readonly string[];
}

/** The status of one component from the exam results and the partial rules' findings. */
function stateOf(
  component: ExamComponent,
  input: NaturalisationRequest,
  context: NaturalisationContext,
  findings: Findings,
  oldExamWhole: boolean,
): ComponentState {
  const passed = oldExamWhole
    ? YES
    : someItem(EXAM_RESULTS, input, (r, p) => (r.component === component ? counts(r, p, context) : NO));
  if (passed.status === 'satisfied')
    return { component, status: 'passed', rules: [REQUIREMENT], missing: [] };
  const relief = (ids: readonly string[] = []) =>
    ids.filter((id) => findings.get(id)?.status === 'satisfied');
  // R2-4: passed > not-required > exempt > unknown > required. A part that is not in the test
  // (ONA abroad) has nothing to exempt, so a partial rule cannot make it count as exempt.
  const notRequiring = relief(NOT_REQUIRING[component]);
  if (notRequiring.length > 0) return { component, status: 'not-required', rules: notRequiring, missing: [] };
  const exempting = relief(EXEMPTING[component]);
  if (exempting.length > 0) return { component, status: 'exempt', rules: exempting, missing: [] };
  const open = [...(EXEMPTING[component] ?? []), ...(NOT_REQUIRING[component] ?? [])]
    .map((id) => findings.get(id))
    .filter((f) => f?.status === 'unknown');
  if (passed.status === 'unknown' || open.length > 0) {
    const missing = [...new Set([...passed.missing, ...open.flatMap((f) => f?.missing ?? [])])];
    return { component, status: 'unknown', rules: [REQUIREMENT], missing };
  }
  return { component, status: 'required', rules: [REQUIREMENT], missing: [] };
}

/** Every component from exam results and partial rules alone (full exemptions and diplomas aside). */
export function componentStates(
  input: NaturalisationRequest,
  context: NaturalisationContext,
  findings: Findings,
): ComponentState[] {
  const oldExamWhole = oldExamPassedWhole(input);
  return COMPONENTS.map((component) => stateOf(component, input, context, findings, oldExamWhole));
}

/**
 * The components of the verdict (docs/api.md): none when the test does not apply or the Caribbean test
 * does; all exempt under a full exemption; all passed with a diploma that meets the requirement;
 * otherwise each as the exam results and partial rules leave it.
 */
export function verdictComponents(
  input: NaturalisationRequest,
  context: NaturalisationContext,
  findings: Findings,
  evaluated: readonly Evaluated[],
): ComponentResult[] {
  const satisfied = evaluated.filter((e) => e.finding.status === 'satisfied');
  // No test: a scope rule holds, or the Caribbean test (with the island language) applies.
  if (satisfied.some((e) => e.effect === 'not-applicable' || e.id === caribbean.id)) return [];
  // A met rule that relieves the components (the diploma) makes them passed: a component both passed
  // and exempt is passed.
  const metBy = satisfied.find((e) => e.effect === 'requirement-met' && relievesAll(e));
  if (metBy) return COMPONENTS.map((component) => ({ component, status: 'passed', rules: [metBy.id] }));
  const exemptions = satisfied.filter((e) => e.effect === 'exempt').map((e) => e.id);
  // A full exemption or such a met rule that the facts leave open could still relieve every component.
  const open = evaluated
    .filter((e) => (e.effect === 'exempt' || relievesAll(e)) && e.finding.status === 'unknown')
    .map((e) => e.id);
  return componentStates(input, context, findings).map(({ component, status, rules }): ComponentResult => {
    // R2-4: passed > not-required > exempt.
    if (exemptions.length > 0 && status !== 'passed' && status !== 'not-required')
      return { component, status: 'exempt', rules: exemptions };
    if (open.length > 0 && status === 'required') return { component, status: 'unknown', rules: open };
    return { component, status, rules };
  });
}

/** A rule that declares it relieves every component (the diploma that meets the requirement). */
const relievesAll = (e: Evaluated) => COMPONENTS.every((c) => e.relieves?.includes(c));
