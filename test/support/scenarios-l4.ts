import { expect } from 'vitest';
import { ReportSchema, type Dossier, type Finding, type Locale } from '../../src/index.js';
import { exampleWith } from './dossiers.js';
import { evaluator } from './evaluate.js';
import { ruleFromFile, type MessageExpectation, type RuleCase } from './rule-cases.js';
import { withoutParties } from './scenarios.js';

/*
 * Scenarios for lesson 4 (beneficiaries and sectors fit the plan), built like
 * those of scenarios.ts: each starts from a fresh copy of the spec's example.
 */

type Change = (dossier: any) => void;

const noChange: Change = () => undefined;

export const ARTISAN = 'Nghệ nhân Đỗ Văn Sáu';
export const URBAN_HOUSEHOLD = 'Hộ kinh doanh bánh cáy Phạm Thị Lan';

/**
 * A national advanced-machinery project in Hưng Yên (formerly Thái Bình)
 * approved on 2025-10-20, just after Nghị định 235/2025 widened the
 * beneficiaries: a silversmith artisan of the Đồng Xâm craft village, and a
 * bánh cáy household business in a ward of the provincial city (an urban
 * area). Under the law of 2025-10-14 neither would be eligible; from
 * 2025-10-15 both are.
 */
export function artisanAndUrbanHouseholdProject(extra: Change = noChange): Dossier {
  return exampleWith((dossier) => {
    dossier.id = 'HY-KCQG-2025-12';
    dossier.title = 'Hỗ trợ máy móc thiết bị cho nghệ nhân chạm bạc Đồng Xâm và hộ sản xuất bánh cáy phường Trần Lãm';
    dossier.stage = 'approved';
    dossier.location = { province: 'Hưng Yên', commune: 'Đồng Xâm', area: 'craft-village' };
    dossier.submittedOn = '2025-09-10';
    dossier.approvedOn = '2025-10-20';
    dossier.period = { start: '2025-11-01', end: '2026-06-30' };
    withoutParties(dossier, 'district-peoples-committee');
    delete dossier.implementation;
    dossier.coordinatingUnits = [];
    dossier.beneficiaries = [
      {
        id: 'NN-DONGXAM-01',
        name: ARTISAN,
        kind: 'artisan',
        sector: '32110',
        location: { commune: 'Đồng Xâm', area: 'craft-village' },
        requestLetterOn: '2025-08-25',
        counterpartCommitted: 150000000,
        otherStateFunding: false,
      },
      {
        id: 'HKD-TRANLAM-01',
        name: URBAN_HOUSEHOLD,
        kind: 'household-business',
        sector: '10790',
        location: { commune: 'phường Trần Lãm', area: 'urban' },
        requestLetterOn: '2025-08-28',
        counterpartCommitted: 120000000,
        otherStateFunding: false,
        womenOwned: true,
      },
    ];
    extra(dossier);
  });
}

function expectMessage(message: string, expectation: MessageExpectation | undefined): void {
  if (expectation === undefined) return;
  if (typeof expectation === 'string') {
    expect(message).toBe(expectation);
    return;
  }
  for (const fragment of expectation.contains ?? []) expect(message).toContain(fragment);
  for (const fragment of expectation.excludes ?? []) expect(message).not.toContain(fragment);
}

/**
 * runRuleCase for an `info` rule. The shared invariants in rule-cases.ts
 * expect every applicable finding to carry points; an info rule is reported
 * but never scored, so here its impact must be zero whatever its status. The
 * other checks are the same: shape, messages in both locales, remediation only
 * on failures, evidence, references as in the rule file.
 */
export async function runInfoRuleCase(ruleId: string, testCase: RuleCase): Promise<Record<Locale, Finding>> {
  const rule = ruleFromFile(ruleId);
  expect(rule.severity).toBe('info');
  const findings = {} as Record<Locale, Finding>;
  for (const locale of ['vi', 'en'] as const) {
    const report = await evaluator.evaluate(testCase.dossier, { asOf: '2024-12-01', ...testCase.options, locale });
    expect(ReportSchema.safeParse(report).success, 'the report matches ReportSchema').toBe(true);
    const finding = report.findings.find((candidate) => candidate.ruleId === ruleId);
    expect(finding, `the report has a finding for ${ruleId}`).toBeDefined();
    findings[locale] = finding!;
  }
  for (const finding of Object.values(findings)) {
    expect(finding.status).toBe(testCase.status);
    expect(finding.severity).toBe('info');
    expect(finding.lesson).toBe(rule.lesson);
    expect(finding.ruleSet).toBe(rule.ruleSet);
    expect(finding.message).not.toMatch(/\{\{|\}\}|\(chưa có\)|\(not given\)/);
    if (finding.status === 'fail') expect(finding.remediation).toEqual(expect.stringMatching(/\S/));
    else expect(finding.remediation).toBeUndefined();
    expect(finding.remediation ?? '').not.toMatch(/\{\{|\}\}/);
    expect(finding.missing).toBeUndefined();
    expect(finding.evidence.length).toBeGreaterThan(0);
    expect(finding.impact).toEqual({ weight: 0, points: 0, pointsLost: 0 });
    expect(finding.references.map(({ kind, citation, verified }) => ({ kind, citation, verified }))).toEqual(
      rule.references.map(({ kind, citation, verified }) => ({ kind, citation, verified })),
    );
  }
  expect(findings.en.evidence).toEqual(findings.vi.evidence);
  expectMessage(findings.vi.message, testCase.vi);
  expectMessage(findings.en.message, testCase.en);
  for (const fragment of testCase.remediation ?? []) expect(findings.vi.remediation).toContain(fragment);
  for (const item of testCase.evidence ?? []) expect(findings.vi.evidence).toContainEqual(expect.objectContaining(item));
  testCase.check?.(findings);
  return findings;
}
