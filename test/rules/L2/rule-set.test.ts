import { describe, expect, it } from 'vitest';
import L2 from '../../../rules/L2.json';
import { exampleDossier } from '../../support/dossiers.js';
import { evaluator } from '../../support/evaluate.js';

describe('L2 rule set', () => {
  it('the example passes every L2 rule, so lesson 2 scores 100', async () => {
    const report = await evaluator.evaluate(exampleDossier(), { asOf: '2024-12-01' });
    const findings = report.findings.filter((finding) => finding.lesson === 'L2');
    expect(findings.map((finding) => [finding.ruleId, finding.status])).toEqual(L2.rules.map((rule) => [rule.id, 'pass']));
  });
});
