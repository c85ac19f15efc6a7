import { createEvaluator, type EvaluateOptions, type Finding, type Report } from '../../src/index.js';

/** One evaluator shared by the test files, as a host app would reuse it. */
export const evaluator = createEvaluator();

/** Evaluates and returns the finding of one rule. */
export async function findingFor(dossier: unknown, ruleId: string, options: EvaluateOptions = {}): Promise<Finding> {
  const report: Report = await evaluator.evaluate(dossier, { asOf: '2024-12-01', ...options });
  const finding = report.findings.find((candidate) => candidate.ruleId === ruleId);
  if (!finding) throw new Error(`no finding for ${ruleId}`);
  return finding;
}
