import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/index.js';
import { exampleDossier, exampleWith } from '../support/dossiers.js';
import { approvedBeforeCoverage, BEFORE_COVERAGE } from '../support/scenarios-place.js';
import { evaluator } from '../support/evaluate.js';
import { evaluatorWithNorms, thaiBinhNorms } from '../support/local-norms.js';
import { localProject } from '../support/scenarios.js';

const weakDraft: unknown = JSON.parse(readFileSync(new URL('../../examples/weak-draft.json', import.meta.url), 'utf8'));

const evaluate = (dossier: unknown, asOf = '2024-12-01', locale: 'vi' | 'en' = 'vi'): Promise<Report> => evaluator.evaluate(dossier, { asOf, locale });

describe('report: completeness, missing, warnings, verdict reasons', () => {
  it('gives the example dossier full completeness, nothing to supply, no warning, and its verdict reason', async () => {
    const report = await evaluate(exampleDossier());
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.completeness).toBe(100);
    expect(report.missing).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.verdictReasons.map((reason) => reason.code)).toEqual(['major-fail']);
    expect(report.verdictReasons[0]!.ruleIds).toEqual(['L5-market-prices']);
  });

  it('lists what to supply once per path, with every rule that needs it, and lowers completeness', async () => {
    const report = await evaluate(
      exampleWith((d) => {
        delete d.budget.lines[1].amount;
        delete d.budget.lines[0].priceQuotes;
        d.budget.lines[1].priceQuotes = 3;
      }),
    );
    const byPath = Object.fromEntries(report.missing.map((item) => [item.path, item.ruleIds]));
    expect(byPath['budget.lines[1].amount']).toEqual(expect.arrayContaining(['L5-budget-arithmetic', 'L5-support-cap']));
    expect(byPath['budget.lines[0].priceQuotes']).toEqual(['L5-market-prices']);
    expect(report.missing.map((item) => item.path)).toEqual([...new Set(report.missing.map((item) => item.path))]);
    expect(report.completeness).toBeLessThan(100);
    expect(report.verdict).toBe('needs-work');
    expect(report.verdictReasons.map((reason) => reason.code)).toContain('critical-incomplete');
    const en = await evaluate(
      exampleWith((d) => {
        delete d.budget.lines[0].priceQuotes;
        d.budget.lines[1].priceQuotes = 3;
      }),
      '2024-12-01',
      'en',
    );
    expect(en.missing).toEqual([
      { path: 'budget.lines[0].priceQuotes', ruleIds: ['L5-market-prices'], message: 'Supply budget.lines[0].priceQuotes (Máy nổ bỏng gạo tự động) for L5-market-prices.' },
    ]);
  });

  it('warns when no approval, submission or start date gave the reference date', async () => {
    const report = await evaluate(
      exampleWith((d) => {
        delete d.approvedOn;
        delete d.submittedOn;
        delete d.period;
      }),
    );
    expect(report.referenceDate.source).toBe('asOf');
    expect(report.warnings.map((warning) => warning.code)).toContain('reference-date-defaulted');
    expect((await evaluate(exampleDossier())).warnings.map((warning) => warning.code)).not.toContain('reference-date-defaulted');
  });

  it('warns when the reference date is earlier than the legal data, and names the date the data starts', async () => {
    const before = await evaluator.evaluate(approvedBeforeCoverage(), BEFORE_COVERAGE);
    expect(before.warnings).toContainEqual({ code: 'outside-legal-coverage', message: expect.stringContaining('05/07/2012') });
    expect((await evaluate(exampleDossier())).warnings.map((warning) => warning.code)).not.toContain('outside-legal-coverage');
  });

  it('warns of a province name not recognised on the reference date, and of none written as officials write it', async () => {
    const misspelt = await evaluate(exampleWith((d) => (d.location.province = 'Thái Bìhn')));
    expect(misspelt.warnings).toContainEqual({ code: 'unknown-province', message: expect.stringContaining('Thái Bìhn') });
    const official = await evaluate(exampleWith((d) => (d.location.province = 'Tỉnh Thái Bình')));
    expect(official.warnings.map((warning) => warning.code)).not.toContain('unknown-province');
  });

  it('warns of an unverified legal basis exactly for failing critical or major rules whose law references are all unverified', async () => {
    const report = await evaluate(weakDraft, '2026-04-01');
    const expected = report.findings
      .filter((finding) => finding.status === 'fail' && (finding.severity === 'critical' || finding.severity === 'major'))
      .filter((finding) => {
        const law = finding.references.filter((reference) => reference.kind === 'law');
        return law.length > 0 && law.every((reference) => !reference.verified);
      })
      .map((finding) => finding.ruleId);
    const warning = report.warnings.find((candidate) => candidate.code === 'unverified-legal-basis');
    if (expected.length === 0) expect(warning).toBeUndefined();
    else for (const ruleId of expected) expect(warning?.message).toContain(ruleId);
  });

  it('warns of a local project with no provincial norms, naming the province, and not of one with them or of a national one', async () => {
    const without = await evaluate(localProject());
    expect(without.warnings).toContainEqual({
      code: 'local-norms-missing',
      message: 'Đề án khuyến công địa phương (Thái Bình) chưa có định mức chi của tỉnh: chưa kiểm tra được mức hỗ trợ tỉnh quy định.',
    });
    const withNorms = await evaluatorWithNorms(thaiBinhNorms()).evaluate(localProject(), { asOf: '2024-12-01', locale: 'en' });
    expect(withNorms.warnings.map((warning) => warning.code)).not.toContain('local-norms-missing');
    expect((await evaluate(exampleDossier())).warnings.map((warning) => warning.code)).not.toContain('local-norms-missing');
  });

  it('warns of an unverified legal basis when a failing cap comes from unverified norms, and not from verified ones', async () => {
    // Thái Bình's illustrative norms (250 million) fail the example's 300 million of support.
    const unverified = await evaluatorWithNorms(thaiBinhNorms()).evaluate(localProject(), { asOf: '2024-12-01', locale: 'en' });
    expect(unverified.findings.find((finding) => finding.ruleId === 'L5-support-cap')!.status).toBe('fail');
    expect(unverified.warnings.find((warning) => warning.code === 'unverified-legal-basis')?.message).toContain('L5-support-cap');
    const verified = await evaluatorWithNorms(thaiBinhNorms((norms) => (norms.verified = true))).evaluate(localProject(), { asOf: '2024-12-01' });
    expect(verified.findings.find((finding) => finding.ruleId === 'L5-support-cap')!.status).toBe('fail');
    expect(verified.warnings.find((warning) => warning.code === 'unverified-legal-basis')?.message ?? '').not.toContain('L5-support-cap');
  });
});
