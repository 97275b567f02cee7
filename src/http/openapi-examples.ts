import naturalisationAbroad from '../../data/examples/naturalisation-abroad.json' with { type: 'json' };
import belgianPensionAge from '../../data/examples/naturalisation-belgian-pension-age.json' with {
  type: 'json',
};
import dutchEducation from '../../data/examples/naturalisation-dutch-education.json' with { type: 'json' };
import languageCertificate from '../../data/examples/naturalisation-language-certificate.json' with {
  type: 'json',
};
import medicalAdviceTimeline from '../../data/examples/naturalisation-timeline-medical-advice.json' with {
  type: 'json',
};
import asylumAfterPact from '../../data/examples/residence-asylum-after-pact.json' with { type: 'json' };
import incomplete from '../../data/examples/residence-incomplete.json' with { type: 'json' };
import minor from '../../data/examples/residence-minor.json' with { type: 'json' };
import schoolAge from '../../data/examples/residence-school-age.json' with { type: 'json' };
import minorTimeline from '../../data/examples/residence-timeline-minor-turns-18.json' with { type: 'json' };
import pensionTimeline from '../../data/examples/residence-timeline-pensionable-age.json' with {
  type: 'json',
};
import turkish2025 from '../../data/examples/residence-turkish-2025.json' with { type: 'json' };
import { assessCase, type BatchCase, count, emptySummary } from '../assessment/batch.js';
import { SERVICES } from '../assessment/procedures.js';
import { day } from '../calendar/date.js';
import { loadExamples } from '../catalogue/examples.js';
import { OUT_OF_SCOPE, RuleCatalogue } from '../catalogue/rules.js';
import type { Procedure } from '../engine/rule.js';
import { problemBody } from '../i18n/problems.js';
import { ALL_RULES, ruleSet } from '../rules/index.js';
import { BatchCase as BatchCaseSchema } from '../schemas/batch.js';
import { NDJSON } from '../schemas/bulk.js';
import { TIMELINES } from '../timeline/index.js';
import { renderTimeline } from '../timeline/render.js';
import { timelineFrom, timelineUntil } from '../timeline/window.js';
import { naturalisationTimelineValidator, residenceTimelineValidator } from '../validation/index.js';
import { presentResult } from '../views/result.js';
import { present, VIEWS, type View } from '../views/view.js';

/**
 * Examples for the OpenAPI document, built from the request files in examples/ (the same ones
 * the README's curl commands send) and from what the engine and the validator answer to them.
 */
const RESIDENCE_REQUEST_EXAMPLES = {
  minor: { summary: 'A minor: exempt', value: minor },
  schoolAge: { summary: 'Eight years in the Netherlands during school age: exempt', value: schoolAge },
  turkish2025: { summary: 'Turkish national applying in 2025: the exemption has ended', value: turkish2025 },
  asylumAfterPact: {
    summary: 'Permanent asylum permit applied for after 12 June 2026: manual review',
    value: asylumAfterPact,
  },
  incomplete: {
    summary: 'Too few facts: insufficient information, with the questions to ask',
    value: incomplete,
  },
};

const NATURALISATION_REQUEST_EXAMPLES = {
  languageCertificate: {
    summary: 'Language certificate and KNM passed: partially exempt, ONA still required',
    value: languageCertificate,
  },
  belgianPensionAge: {
    summary: 'Belgian national at pensionable age: only ONA is exempt',
    value: belgianPensionAge,
  },
  abroad: { summary: 'Applicant abroad: the test there has no ONA part', value: naturalisationAbroad },
  dutchEducation: { summary: 'Dutch education diploma: exempt', value: dutchEducation },
};

/** Worked cases of the test suite shown as examples too (GET /v1/examples has them all). */
const CASE_EXAMPLES = {
  residence: [
    'res-ex-turkish-before-2025/turkish-spouse-2025-01-01',
    'res-ex-grew-up-in-nl/grew-up-day-before-29th-birthday',
    'res-review-asylum-permit-ended/asylum-applied-2026-06-12',
  ],
  naturalisation: [
    'nat-disp-medical/disp-medical-advice-6-months',
    'nat-px-ona-pension-age/px-ona-pension-age',
    'nat-review-wi2021/review-wi2021-diploma',
  ],
} as const;

function caseExamples(procedure: Procedure) {
  const all = loadExamples(procedure);
  return Object.fromEntries(
    CASE_EXAMPLES[procedure].map((id) => {
      const found = all.find((e) => e.id === id);
      if (!found) throw new Error(`no case file ${id}`);
      return [id, { summary: `${found.title.en} (case file ${id})`, value: found.request }];
    }),
  );
}

/** The batch request example; the batch response example is the service's answer to it. */
const BATCH_REQUEST: { readonly cases: readonly BatchCase[] } = {
  cases: [
    { id: 'zaak/2026/001', procedure: 'residence', input: minor },
    { id: 'zaak/2026/002', procedure: 'naturalisation', input: languageCertificate },
  ],
};

/** Request examples by operationId; added to the document's request bodies (see plugins/openapi.ts). */
export const REQUEST_EXAMPLES: Readonly<Record<string, object>> = {
  assessResidence: { ...RESIDENCE_REQUEST_EXAMPLES, ...caseExamples('residence') },
  assessNaturalisation: { ...NATURALISATION_REQUEST_EXAMPLES, ...caseExamples('naturalisation') },
  timelineResidence: {
    minorTurns18: { summary: 'A minor who turns 18 in the period: exempt, then not', value: minorTimeline },
    pensionableAge: {
      summary: 'Reaching pensionable age: the requirement applies, then exempt',
      value: pensionTimeline,
    },
  },
  timelineNaturalisation: {
    medicalAdvice: {
      summary: 'A medical advice that grows older than 6 months: dispensation possible, then not',
      value: medicalAdviceTimeline,
    },
  },
  assessBatch: {
    mixed: { summary: "Two cases of the two procedures, each with the client's id", value: BATCH_REQUEST },
  },
};

const SHOWN_GROUNDS = 3;

/** The request each procedure's verdict example answers. */
const VERDICT_REQUEST: Readonly<Record<Procedure, { readonly applicationDate: string }>> = {
  residence: minor,
  naturalisation: languageCertificate,
};

/** An invalid request of each procedure, for the 400 example. */
const INVALID_REQUEST: Readonly<Record<Procedure, object>> = {
  residence: {
    requestedPermit: 'permanent',
    applicationDate: '2021-12-31',
    applicant: { dateOfBirth: '1990-02-30' },
  },
  naturalisation: {
    placeOfResidence: 'amsterdam',
    integration: { examResults: [{ exam: 'wi2013', component: 'knm', level: 'A2' }] },
  },
};

export function verdictExample(procedure: Procedure) {
  const request = VERDICT_REQUEST[procedure];
  const verdict = SERVICES[procedure].assess(request, { today: request.applicationDate, lang: 'en' });
  // A whole verdict quotes some twenty articles; the example shows the first grounds only.
  return { ...verdict, grounds: verdict.grounds.slice(0, SHOWN_GROUNDS) };
}

const VIEW_SUMMARIES: Readonly<Record<View, string>> = {
  full: 'view=full (the default): every ground with its citations quoted (first grounds shown)',
  compact: 'view=compact: each distinct citation once, under sources (first grounds shown)',
  summary: 'view=summary: the deciding grounds, sources without quoted text',
};

/** The verdict example in each view. */
export function viewExamples(procedure: Procedure) {
  const verdict = verdictExample(procedure);
  return Object.fromEntries(
    VIEWS.map((view) => [view, { summary: VIEW_SUMMARIES[view], value: present(verdict, view) }]),
  );
}

export function problemExample(procedure: Procedure) {
  const result = SERVICES[procedure].validate(INVALID_REQUEST[procedure], '2026-11-28');
  return problemBody(
    'paramsValidation',
    'en',
    `/v1/assess/${procedure}`,
    result.ok ? [] : result.invalidParams,
  );
}

/** The first request of each procedure's timeline examples, as the service answers it. */
export function timelineExample(procedure: Procedure) {
  const request = procedure === 'residence' ? minorTimeline : medicalAdviceTimeline;
  const from = timelineFrom(request, request.applicationDate) as number;
  const until = timelineUntil(request, from) as number;
  return renderTimeline(procedure, TIMELINES[procedure].build(request, from, until, 'en'), 'en');
}

/** A timeline request with a decision date and a window out of range, as the service rejects it. */
export function timelineProblemExample(procedure: Procedure) {
  const validator = procedure === 'residence' ? residenceTimelineValidator : naturalisationTimelineValidator;
  const body = {
    ...VERDICT_REQUEST[procedure],
    decisionDate: '2027-03-01',
    from: '2021-06-01',
    until: '2050-01-01',
  };
  const result = validator.validate(body, '2026-11-28');
  return problemBody(
    'paramsValidation',
    'en',
    `/v1/assess/${procedure}/timeline`,
    result.ok ? [] : result.invalidParams,
  );
}

const catalogue = new RuleCatalogue(ALL_RULES);

/** The service's answer to the batch request example (each verdict showing its first ground only). */
export function batchExample() {
  const summary = emptySummary();
  const results = BATCH_REQUEST.cases.map((c, i) => {
    const result = assessCase(c, i, { today: minor.applicationDate, lang: 'en' }, () => undefined);
    count(summary, result);
    return result.status === 200
      ? { ...result, verdict: { ...result.verdict, grounds: result.verdict.grounds.slice(0, 1) } }
      : result;
  });
  return { results, summary };
}

/** The query of the rules examples, as the document's parameter examples give it. */
const RULES_QUERY = { procedure: 'residence', on: '2026-11-28' } as const;

/** The rule GET /v1/rules/{ruleId} answers to the parameter examples (the texts in force on `on`). */
export function ruleExample() {
  return catalogue.get('RES-EX-MINOR', day(RULES_QUERY.on));
}

/** The first rule GET /v1/rules answers to the parameter examples. */
export function rulesExample() {
  const rules = catalogue.list({ procedure: RULES_QUERY.procedure, on: day(RULES_QUERY.on) });
  return { ruleSet: ruleSet(), rules: rules.slice(0, 1), outOfScope: OUT_OF_SCOPE };
}

export function examplesExample() {
  return { examples: loadExamples('residence').slice(0, 1) };
}

const BULK_CASES: readonly BatchCase[] = [
  { id: 'case-1', procedure: 'residence', input: minor },
  { id: 'case-2', procedure: 'naturalisation', input: languageCertificate },
];

/** Request bodies the routes read as streams, by operationId (see plugins/openapi.ts). */
export const REQUEST_BODIES: Readonly<Record<string, object>> = {
  assessBulk: {
    required: true,
    description:
      'One case per line, {"id","procedure","input"} as in a batch; each line at most the body limit of one assessment (BODY_LIMIT). The examples are one line each.',
    content: {
      [NDJSON]: {
        schema: BatchCaseSchema,
        examples: Object.fromEntries(
          BULK_CASES.map((c) => [c.id, { summary: `A ${c.procedure} case`, value: c }]),
        ),
      },
    },
  },
};

/** The lines of the bulk answer to BULK_CASES and a line that is not JSON, at view=summary: one example per line. */
export function bulkExamples() {
  const summary = emptySummary();
  const results = BULK_CASES.map((c, i) => {
    const result = assessCase(c, i, { today: minor.applicationDate, lang: 'en' }, () => undefined);
    count(summary, result);
    return { line: i + 1, ...presentResult(result, 'summary') };
  });
  summary.invalid++;
  const bad = {
    line: 3,
    status: 400,
    problem: problemBody('paramsValidation', 'en', '/v1/assess/bulk#line=3', [{ name: '', code: 'json' }]),
  };
  return {
    line1: { summary: 'Line 1: a residence case (view=summary)', value: results[0] },
    line2: { summary: 'Line 2: a naturalisation case (view=summary)', value: results[1] },
    line3: { summary: 'Line 3 was not JSON: its problem, and the stream goes on', value: bad },
    end: { summary: 'The last line: the counts', value: { summary, cases: 3 } },
  };
}
