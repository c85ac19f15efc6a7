import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createEvaluator, OptionsError, ReportSchema, RuleSetError, safeEvaluate, type Report } from '../../src/index.js';
import { exampleDossier } from '../support/dossiers.js';

/* Regression tests of issue 10: reports that broke ReportSchema, and names an object inherits. */

function expectValid(report: Report): void {
  const parsed = ReportSchema.safeParse(report);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
}

const L3 = JSON.parse(readFileSync(new URL('../../rules/L3.json', import.meta.url), 'utf8')) as { rules: Record<string, unknown>[] };

describe('every report passes ReportSchema', () => {
  it('dates beyond the year 9999 are OptionsErrors', async () => {
    for (const asOf of ['+010000-01', '+010000-01-01', '0000-12-31', new Date('+010000-01-01T00:00:00Z'), new Date('9999-12-31T17:00:00Z')]) {
      const outcome = await safeEvaluate(exampleDossier(), { asOf: asOf as string });
      expect(outcome.success ? outcome.report.asOf : outcome.error).toBeInstanceOf(OptionsError);
    }
    const last = await safeEvaluate(exampleDossier(), { asOf: new Date('9999-12-31T16:59:59Z') });
    if (!last.success) throw last.error;
    expect(last.report.asOf).toBe('9999-12-31');
    expectValid(last.report);
  });

  it('unknown keys of scoring.severityWeights are rejected, not copied into report.scoring', () => {
    expect(() => createEvaluator({ scoring: { severityWeights: { bogus: 3 } as never } })).toThrow(OptionsError);
    const proto = JSON.parse('{"__proto__": 3}') as never;
    expect(() => createEvaluator({ scoring: { severityWeights: proto } })).toThrow(OptionsError);
  });

  it('huge weights are rejected: scores stay finite', () => {
    for (const options of [{ lessonWeights: { L3: 1e308 } }, { scoring: { severityWeights: { critical: 1e308 } } }, { rules: { 'L3-two-quotes': { weight: 1e308 } } }]) {
      let error: unknown;
      try {
        createEvaluator(options);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(OptionsError);
      expect((error as OptionsError).issues[0]?.message).toMatch(/1[.,]000/);
    }
  });

  it('the largest weights allowed still give a valid report', async () => {
    const evaluator = createEvaluator({ lessonWeights: { L3: 1000, L1: 0 }, scoring: { severityWeights: { critical: 1000, major: 1000, minor: 0 } } });
    expectValid(await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' }));
  });

  it('severityWeights.info must be 0: informative findings never count', () => {
    expect(() => createEvaluator({ scoring: { severityWeights: { info: 5 as 0 } } })).toThrow(OptionsError);
    expect(() => createEvaluator({ scoring: { severityWeights: { info: 0 } } })).not.toThrow();
  });
});

describe('names an object inherits', () => {
  it('host rules whose id is constructor or toString load and are reported', async () => {
    for (const id of ['constructor', 'toString', 'hasOwnProperty']) {
      const ruleSet = { ...L3, id: 'host-names', rules: [{ ...L3.rules[0], id }] };
      const evaluator = createEvaluator({ ruleSets: [ruleSet], rules: { [id]: { weight: 3 } } });
      const report = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
      expectValid(report);
      expect(report.findings.filter((finding) => finding.ruleId === id)).toHaveLength(1);
    }
  });

  it('a host fact named toString or constructor', async () => {
    const rule = { ...L3.rules[0], id: 'host-fact-rule', conditions: { all: [{ fact: 'toString', operator: 'equal', value: 1 }] } };
    const evaluator = createEvaluator({
      ruleSets: [{ ...L3, id: 'host-names', rules: [rule] }],
      facts: [{ name: 'toString', description: { vi: 'x', en: 'x' }, schema: z.number(), compute: () => 1 }],
    });
    const report = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    expect(report.findings.find((finding) => finding.ruleId === 'host-fact-rule')?.status).toBe('pass');
  });

  it('as: "__proto__", "constructor" or "prototype" does not load', () => {
    for (const as of ['__proto__', 'constructor', 'prototype']) {
      const rule = { ...L3.rules[0], id: 'host-as', conditions: { all: [{ fact: 'dossier', path: 'title', operator: 'isPresent', value: true, as }] } };
      expect(() => createEvaluator({ ruleSets: [{ ...L3, id: 'host-as', rules: [rule] }] })).toThrow(RuleSetError);
    }
  });
});
