import { createEvaluator, type EvaluateOptions, type Evaluator, type Finding, type Report } from '../../src/index.js';

let shared: Evaluator | undefined;

/**
 * The shared evaluator, built on first use inside a test rather than when a test file is imported:
 * a defect that stops the bundled rule sets from loading then fails every test that evaluates,
 * instead of failing the file's import, which a test runner may report as a file without tests
 * (StrykerJS's vitest runner then counts the mutant that caused it as surviving).
 */
function built(): Evaluator {
  shared ??= createEvaluator();
  return shared;
}

/** One evaluator shared by the test files, as a host app would reuse it. */
export const evaluator: Evaluator = {
  evaluate: (dossier, options) => built().evaluate(dossier, options),
  safeEvaluate: (dossier, options) => built().safeEvaluate(dossier, options),
  get ruleSets() {
    return built().ruleSets;
  },
  get stamp() {
    return built().stamp;
  },
};

/** Evaluates and returns the finding of one rule. */
export async function findingFor(dossier: unknown, ruleId: string, options: EvaluateOptions = {}): Promise<Finding> {
  const report: Report = await evaluator.evaluate(dossier, { asOf: '2024-12-01', ...options });
  const finding = report.findings.find((candidate) => candidate.ruleId === ruleId);
  if (!finding) throw new Error(`no finding for ${ruleId}`);
  return finding;
}
