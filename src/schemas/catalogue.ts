import { Type } from 'typebox';
import { EFFECTS, PROCEDURES } from '../engine/rule.js';
import { Citation } from './verdict.js';

const Localized = (description: string) =>
  Type.Object({ en: Type.String(), nl: Type.String() }, { additionalProperties: false, description });

const LocalizedList = (description: string) =>
  Type.Object(
    { en: Type.Array(Type.String()), nl: Type.Array(Type.String()) },
    { additionalProperties: false, description },
  );

export const Procedure = Type.Enum([...PROCEDURES], { description: 'The procedure.' });

export const RuleEntry = Type.Object(
  {
    id: Type.String({ description: 'Stable rule id (docs/rules.md).' }),
    procedure: Type.Array(Procedure),
    permits: Type.Array(Type.String(), {
      description: 'Residence: the permits the rule applies to; [] for naturalisation.',
    }),
    permitValidity: Type.Array(
      Type.Object(
        {
          permit: Type.String(),
          validFrom: Type.String({ format: 'date' }),
          validTo: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
        },
        { additionalProperties: false },
      ),
      { description: 'Residence: from when to when the rule applies to each permit.' },
    ),
    effect: Type.Enum([...EFFECTS]),
    validFrom: Type.String({ format: 'date' }),
    validTo: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
      description: 'null: still in force.',
    }),
    title: Localized('Title in English and Dutch.'),
    description: Localized('What the rule says, in English and Dutch.'),
    reads: Type.Array(Type.String(), {
      description: 'The request fields the rule reads (JSON pointers, * = any index).',
    }),
    citations: Type.Array(Citation, {
      description:
        'Law citations carry the whole article text: every stored wording, or with `on` the one in force that day (each at the consolidation in force then).',
    }),
    evidence: LocalizedList('The evidence to bring, in English and Dutch.'),
  },
  { $id: 'RuleEntry', additionalProperties: false },
);

/** The rule set the service assesses with: its version (named by the date of the law) and hash. */
export const RULE_SET_VERSION_SCHEMA = Type.Object(
  {
    version: Type.String({ description: 'The rule-set version (RULE_SET_VERSION), as in every verdict.' }),
    hash: Type.String({
      description: 'sha256 over the rule definitions and law texts, as in every verdict.',
    }),
  },
  { additionalProperties: false, description: 'The rule set this service assesses with.' },
);

export const RuleCatalogue = Type.Object(
  {
    ruleSet: RULE_SET_VERSION_SCHEMA,
    rules: Type.Array(Type.Ref('RuleEntry')),
    outOfScope: Localized('What the service does not assess.'),
  },
  { additionalProperties: false },
);

const On = (description: string) =>
  Type.Optional(Type.String({ format: 'date', description, example: '2026-11-28' }));

export const RulesQuery = Type.Object(
  {
    procedure: Type.Optional(Procedure),
    on: On(
      'Only the rules in force on this date (YYYY-MM-DD), quoting the law texts in force that day; without it every stored wording is listed.',
    ),
  },
  { additionalProperties: false },
);

export const RuleQuery = Type.Object(
  {
    on: On(
      'Quote the law texts in force on this date (YYYY-MM-DD); without it every stored wording is listed.',
    ),
  },
  { additionalProperties: false },
);

export const RuleIdParams = Type.Object(
  {
    ruleId: Type.String({
      pattern: '^[A-Z0-9-]{1,64}$',
      maxLength: 64,
      description: 'A rule id, e.g. RES-EX-MINOR.',
      example: 'RES-EX-MINOR',
    }),
  },
  { additionalProperties: false },
);

export const ExamplesQuery = Type.Object(
  { procedure: Type.Optional(Procedure) },
  { additionalProperties: false },
);

export const Example = Type.Object(
  {
    id: Type.String(),
    title: Localized('One line on what the case shows.'),
    procedure: Procedure,
    path: Type.String({ description: 'The endpoint the request is sent to.' }),
    request: Type.Object({}, { additionalProperties: true, description: 'The request body.' }),
    expected: Type.Object(
      {
        outcome: Type.String(),
        satisfied: Type.Array(Type.String(), { description: 'Exactly the rules satisfied.' }),
        notSatisfied: Type.Array(Type.String(), { description: 'Rules that are not satisfied (a subset).' }),
        missingFacts: Type.Array(Type.String(), {
          description: 'Exactly the missing-fact pointers, any order.',
        }),
        components: Type.Optional(
          Type.Object(
            {},
            { additionalProperties: { type: 'string' }, description: 'Status per exam component.' },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'Example', additionalProperties: false },
);

export const ExampleList = Type.Object(
  { examples: Type.Array(Type.Ref('Example')) },
  { additionalProperties: false },
);
