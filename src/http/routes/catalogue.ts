import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { day } from '../../calendar/date.js';
import { loadExamples } from '../../catalogue/examples.js';
import { OUT_OF_SCOPE, RuleCatalogue } from '../../catalogue/rules.js';
import { PROCEDURES } from '../../engine/rule.js';
import { ALL_RULES, ruleSet } from '../../rules/index.js';
import {
  ExampleList,
  ExamplesQuery,
  RuleCatalogue as RuleCatalogueSchema,
  RuleIdParams,
  RuleQuery,
  RulesQuery,
} from '../../schemas/catalogue.js';
import { ACCEPT_LANGUAGE, jsonResponse, responses } from '../docs.js';
import { examplesExample, ruleExample, rulesExample } from '../openapi-examples.js';
import { HttpProblem } from '../problem.js';

/** The rule catalogue and the worked examples: built once at start-up, filtered per request. */
export const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const catalogue = new RuleCatalogue(ALL_RULES);
  const examples = Object.freeze(PROCEDURES.flatMap((procedure) => loadExamples(procedure)));

  app.get(
    '/rules',
    {
      schema: {
        operationId: 'listRules',
        summary: 'The rule catalogue',
        description:
          'Every rule of both procedures: id, procedures and permits, effect, validity, title and description in English and Dutch, the request fields it reads, its citations with the whole article text, and the evidence. Filter by procedure and by the date the rules are in force.',
        tags: ['Catalogue'],
        headers: ACCEPT_LANGUAGE,
        querystring: RulesQuery,
        response: responses(
          { 200: jsonResponse('The rules.', RuleCatalogueSchema, rulesExample()) },
          [400, 401, 406, 429, 500, 503],
          { instance: '/v1/rules' },
        ),
      },
    },
    async (request) => {
      const { procedure, on } = request.query;
      return {
        ruleSet: ruleSet(),
        rules: catalogue.list({ procedure, on: on === undefined ? undefined : day(on) }),
        outOfScope: OUT_OF_SCOPE,
      };
    },
  );

  app.get(
    '/rules/:ruleId',
    {
      schema: {
        operationId: 'getRule',
        summary: 'One rule',
        description:
          'One rule of the catalogue by its stable id, with the law texts in force on `on` if given; 404 for an unknown id.',
        tags: ['Catalogue'],
        headers: ACCEPT_LANGUAGE,
        params: RuleIdParams,
        querystring: RuleQuery,
        response: responses(
          { 200: jsonResponse('The rule.', { $ref: 'RuleEntry#' }, ruleExample()) },
          [400, 401, 404, 406, 429, 500, 503],
          { instance: '/v1/rules/{ruleId}' },
        ),
      },
    },
    async (request) => {
      const { on } = request.query;
      const found = catalogue.get(request.params.ruleId, on === undefined ? undefined : day(on));
      if (!found) throw new HttpProblem('notFound');
      return found;
    },
  );

  app.get(
    '/examples',
    {
      schema: {
        operationId: 'listExamples',
        summary: 'Worked examples',
        description:
          'The worked cases of the test suite (request, expected outcome, satisfied rules, missing facts, components): the suite asserts that each live verdict matches, so they can serve as contract-test fixtures.',
        tags: ['Catalogue'],
        headers: ACCEPT_LANGUAGE,
        querystring: ExamplesQuery,
        response: responses(
          { 200: jsonResponse('The examples.', ExampleList, examplesExample()) },
          [400, 401, 406, 429, 500, 503],
          { instance: '/v1/examples' },
        ),
      },
    },
    async (request) => {
      const { procedure } = request.query;
      return { examples: procedure ? examples.filter((e) => e.procedure === procedure) : examples };
    },
  );
};
