import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULE_SET_FILES, repoPath, ruleTestFile, type LessonId } from '../../scripts/rule-layout.js';
import { ReportSchema, type EvaluateOptions, type Evaluator, type Finding, type Locale } from '../../src/index.js';
import { evaluator } from './evaluate.js';

/** What the tests need to know of a rule as written in its rule file. */
export interface RuleFileEntry {
  id: string;
  severity: string;
  since: string;
  applicability?: unknown;
  effectiveFrom?: string;
  effectiveTo?: string;
  requires?: string[];
  messages?: { missing?: unknown };
  references: { kind: string; citation: string; verified: boolean }[];
}

export interface RuleFile {
  id: string;
  lesson: LessonId;
  version: string;
  rules: RuleFileEntry[];
}

/** The bundled rule sets as their files hold them (assembled from rules/<lesson>/ by `npm run rules`). */
export const RULE_FILES: readonly RuleFile[] = RULE_SET_FILES.map((file) => JSON.parse(readFileSync(repoPath(file), 'utf8')) as RuleFile);

/** A rule as its rule file defines it, with the lesson and rule set it belongs to. */
export function ruleFromFile(ruleId: string): RuleFileEntry & { lesson: LessonId; ruleSet: string } {
  for (const file of RULE_FILES) {
    const rule = file.rules.find((candidate) => candidate.id === ruleId);
    if (rule) return { ...rule, lesson: file.lesson, ruleSet: file.id };
  }
  throw new Error(`rule ${ruleId} is in no rule file`);
}

/** An expected message: the exact text, or fragments it must contain. */
export type MessageExpectation = string | { contains?: string[]; excludes?: string[] };

/** One row of a rule's table of cases. */
export interface RuleCase {
  /** What the case is about (the test's name). */
  name: string;
  dossier: unknown;
  status: Finding['status'];
  /** Evaluation options; asOf defaults to 2024-12-01. */
  options?: EvaluateOptions;
  /** The evaluator to use, for evaluator options (e.g. `localNorms`); default the shared one. */
  evaluator?: Evaluator;
  /** For an incomplete finding: the dossier paths the finding must list in `missing` (as people read them). */
  missing?: string[];
  vi?: MessageExpectation;
  en?: MessageExpectation;
  /** Fragments the remediation must contain (vi). */
  remediation?: string[];
  /** Evidence entries that must be present (values may be asymmetric matchers). */
  evidence?: { path: string; value: unknown; missing?: string[] }[];
  /** Anything else to check. */
  check?: (findings: Record<Locale, Finding>) => void;
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

/** `presidingUnit.staff.technical` is shown as is; `budget.lines.1.amount` as `budget.lines[1].amount`. */
function shownPath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** The checks every finding must pass, whatever the rule: shape, remediation, missing, impact, references. */
export function expectFindingInvariants(finding: Finding, ruleId: string, testCase: Pick<RuleCase, 'status' | 'missing'>): void {
  const rule = ruleFromFile(ruleId);
  expect(finding.ruleId).toBe(ruleId);
  expect(finding.status).toBe(testCase.status);
  expect(finding.severity).toBe(rule.severity);
  expect(finding.lesson).toBe(rule.lesson);
  expect(finding.ruleSet).toBe(rule.ruleSet);
  expect(finding.title.length).toBeGreaterThan(0);
  expect(finding.message.length).toBeGreaterThan(0);
  expect(finding.message).not.toMatch(/\{\{|\}\}/);

  // remediation: on failures (what to fix) and incomplete findings (what to supply) only
  if (finding.status === 'fail' || finding.status === 'incomplete') {
    expect(finding.remediation, 'a failure or an incomplete finding says what to do').toEqual(expect.any(String));
    expect(finding.remediation!.length).toBeGreaterThan(0);
    expect(finding.remediation).not.toMatch(/\{\{|\}\}/);
  } else {
    expect(finding.remediation, 'only failures and incomplete findings carry a remediation').toBeUndefined();
  }

  // missing: exactly on incomplete findings, listing the paths, each shown in the evidence as null
  expect(testCase.missing !== undefined, 'a case lists missing paths exactly when it expects incomplete').toBe(testCase.status === 'incomplete');
  if (testCase.missing) {
    expect(finding.missing).toEqual(testCase.missing.map(shownPath));
    for (const path of testCase.missing) {
      // Once, as null: the leaf that read the absent field (with what it lacked), or an entry of its own.
      const shown = finding.evidence.filter((item) => item.path === shownPath(path));
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatchObject({ path: shownPath(path), value: null });
      expect(finding.message).toContain(shownPath(path));
      expect(finding.remediation).toContain(shownPath(path));
    }
  } else {
    expect(finding.missing).toBeUndefined();
  }

  // evidence: what was looked at
  expect(finding.evidence.length).toBeGreaterThan(0);
  for (const item of finding.evidence) expect(typeof item.path).toBe('string');

  // impact: an info rule is reported but never scored; others lose their points on failures and incomplete findings
  if (rule.severity === 'info') {
    expect(finding.impact).toEqual({ weight: 0, points: 0, pointsLost: 0 });
  } else {
    if (finding.status === 'fail' || finding.status === 'incomplete') {
      expect(finding.impact.pointsLost).toBeGreaterThan(0);
      expect(finding.impact.pointsLost).toBe(finding.impact.points);
    } else {
      expect(finding.impact.pointsLost).toBe(0);
    }
    if (finding.status === 'not-applicable') {
      expect(finding.impact.weight).toBe(0);
      expect(finding.impact.points).toBe(0);
    } else {
      expect(finding.impact.weight).toBeGreaterThan(0);
      expect(finding.impact.points).toBeGreaterThan(0);
    }
  }

  // references: as in the rule file, each with its verified flag
  expect(finding.references.length).toBeGreaterThan(0);
  for (const reference of finding.references) expect(typeof reference.verified).toBe('boolean');
  expect(finding.references.map(({ kind, citation, verified }) => ({ kind, citation, verified }))).toEqual(
    rule.references.map(({ kind, citation, verified }) => ({ kind, citation, verified })),
  );
}

/** Evaluates one case in both locales, checks the invariants and the case's expectations, and returns the two findings. */
export async function runRuleCase(ruleId: string, testCase: RuleCase): Promise<Record<Locale, Finding>> {
  const findings = {} as Record<Locale, Finding>;
  for (const locale of ['vi', 'en'] as const) {
    const report = await (testCase.evaluator ?? evaluator).evaluate(testCase.dossier, { asOf: '2024-12-01', ...testCase.options, locale });
    const parsed = ReportSchema.safeParse(report);
    expect(parsed.success, 'the report matches ReportSchema').toBe(true);
    const finding = report.findings.find((candidate) => candidate.ruleId === ruleId);
    expect(finding, `the report has a finding for ${ruleId}`).toBeDefined();
    findings[locale] = finding!;
  }
  for (const locale of ['vi', 'en'] as const) expectFindingInvariants(findings[locale], ruleId, testCase);
  // Both locales agree on everything but the words.
  expect(findings.en.status).toBe(findings.vi.status);
  expect(findings.en.evidence).toEqual(findings.vi.evidence);
  expect(findings.en.impact).toEqual(findings.vi.impact);
  expect(findings.en.missing).toEqual(findings.vi.missing);

  expectMessage(findings.vi.message, testCase.vi);
  expectMessage(findings.en.message, testCase.en);
  for (const fragment of testCase.remediation ?? []) expect(findings.vi.remediation).toContain(fragment);
  for (const item of testCase.evidence ?? []) expect(findings.vi.evidence).toContainEqual(expect.objectContaining(item));
  testCase.check?.(findings);
  return findings;
}

/** What a rule's table must show: a finding status. */
export type CoveredStatus = Finding['status'];

/**
 * The statuses a rule can give, read from its JSON: pass and fail always; not-applicable when it
 * has applicability or an effective window; incomplete when it requires fields or has a `missing`
 * message (a rule whose facts note missing data says what to supply there).
 */
export function statusesToCover(rule: Pick<RuleFileEntry, 'applicability' | 'effectiveFrom' | 'effectiveTo' | 'requires' | 'messages'>): CoveredStatus[] {
  const statuses: CoveredStatus[] = ['pass', 'fail'];
  if (rule.applicability !== undefined || rule.effectiveFrom !== undefined || rule.effectiveTo !== undefined) statuses.push('not-applicable');
  if (rule.requires !== undefined || rule.messages?.missing !== undefined) statuses.push('incomplete');
  return statuses;
}

function covers(testCase: Pick<RuleCase, 'status' | 'missing'>, status: CoveredStatus): boolean {
  return testCase.status === status;
}

/** The statuses the rule can give that no case of the table shows. */
export function uncoveredStatuses(rule: Parameters<typeof statusesToCover>[0], cases: readonly Pick<RuleCase, 'status' | 'missing'>[]): CoveredStatus[] {
  return statusesToCover(rule).filter((status) => !cases.some((testCase) => covers(testCase, status)));
}

/** Checks that a table has a case for every status the rule can give (statusesToCover). */
export function expectTableCovers(ruleId: string, cases: readonly RuleCase[]): void {
  expect(uncoveredStatuses(ruleFromFile(ruleId), cases), `${ruleId}: statuses with no case in its table`).toEqual([]);
}

/** Checks that the table of a rule runs in the rule's own test file, where the tree check looks for it. */
export function expectInOwnTestFile(ruleId: string, testPath: string): void {
  const expected = ruleTestFile(ruleFromFile(ruleId).lesson, ruleId);
  expect(testPath.replace(/\\/g, '/').endsWith(`/${expected}`), `the table of ${ruleId} belongs in ${expected}, not in ${testPath}`).toBe(true);
}

/**
 * The table of one rule: each case as its own test, a test that the table has a case for every
 * status the rule can give, and one that it runs in the rule's own test file.
 */
export function runRuleTable(ruleId: string, cases: readonly RuleCase[]): void {
  it.each(cases)('$status: $name', async (testCase) => {
    await runRuleCase(ruleId, testCase);
  });
  it('the table covers every status the rule can give', () => expectTableCovers(ruleId, cases));
  it('the table is in the rule’s own test file', () => expectInOwnTestFile(ruleId, expect.getState().testPath ?? ''));
}
