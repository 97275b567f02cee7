import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/engine/rule.js';
import { OUTCOME_HEADLINES } from '../../src/i18n/outcomes.js';
import {
  INVALID_PARAM_CODES,
  PROBLEM_DETAIL,
  PROBLEM_STATUS,
  PROBLEM_TITLE,
  reasonFor,
} from '../../src/i18n/problems.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { NATURALISATION_PROCEDURE } from '../../src/rules/naturalisation/index.js';
import { RESIDENCE_PROCEDURE } from '../../src/rules/residence/index.js';

const filled = (text: unknown) => typeof text === 'string' && text.trim().length > 0;

describe('every human-readable text exists in English and Dutch', () => {
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const keys = LANGUAGES.map((lang) => Object.keys(rule.text[lang].reasons).sort());
    expect(keys[1]).toEqual(keys[0]);
    for (const lang of LANGUAGES) {
      expect(filled(rule.text[lang].title)).toBe(true);
      expect(filled(rule.text[lang].description)).toBe(true);
      for (const render of Object.values(rule.text[lang].reasons)) expect(filled(render({}))).toBe(true);
    }
    expect(rule.evidence.nl.length).toBe(rule.evidence.en.length);
    expect(rule.text.nl.title).not.toBe(rule.text.en.title);
  });

  it('has a title and a detail for every problem', () => {
    for (const code of Object.keys(PROBLEM_STATUS) as (keyof typeof PROBLEM_STATUS)[]) {
      for (const lang of LANGUAGES) {
        expect(filled(PROBLEM_TITLE[code][lang]), `${code} ${lang}`).toBe(true);
        expect(filled(PROBLEM_DETAIL[code][lang]), `${code} ${lang}`).toBe(true);
      }
    }
  });

  it('has a reason for every invalid-parameter code', () => {
    for (const code of INVALID_PARAM_CODES) {
      expect(reasonFor({ code, limit: 10 }, 'nl')).not.toBe(reasonFor({ code, limit: 10 }, 'en'));
    }
  });

  it('has a headline for every outcome', () => {
    for (const headline of Object.values(OUTCOME_HEADLINES)) {
      for (const lang of LANGUAGES) expect(filled(headline[lang])).toBe(true);
    }
  });

  it('has a question, in both languages, for every fact of both registries', () => {
    for (const fact of [...RESIDENCE_PROCEDURE.facts, ...NATURALISATION_PROCEDURE.facts])
      for (const lang of LANGUAGES) expect(filled(fact.question[lang]), fact.pointer).toBe(true);
  });
});
