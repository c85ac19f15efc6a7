import * as library from '../../src/index.js';
import { ReportSchema, type Report } from '../../src/index.js';

/*
 * What must hold of every outcome, whatever the input: the invariants the property suite and
 * `npm run fuzz` check. Each returns a list of problems (empty when it holds), so the fuzz script
 * can count them and the tests can show them.
 */

/** The error classes the library documents: every class it exports whose name ends in `Error`. */
export const DOCUMENTED_ERRORS: ReadonlyArray<abstract new (...args: never[]) => Error> = (Object.values(library) as unknown[]).filter(
  (value): value is abstract new (...args: never[]) => Error => typeof value === 'function' && /Error$/.test(value.name) && value.prototype instanceof Error,
);

/** Whether an error is one of the documented classes, not a raw exception. */
export function isDocumentedError(error: unknown): boolean {
  return DOCUMENTED_ERRORS.some((errorClass) => error instanceof errorClass);
}

/** The problems of a report: schema, score and completeness ranges, and the verdict the scoring rules give. */
export function reportProblems(report: Report): string[] {
  const problems: string[] = [];
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) problems.push(`ReportSchema: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  for (const [name, value] of [['score', report.score], ['completeness', report.completeness]] as const) {
    if (!Number.isFinite(value) || value < 0 || value > 100) problems.push(`${name} ${value} is outside 0–100`);
  }
  const expected = expectedVerdict(report);
  if (report.verdict !== expected) problems.push(`verdict ${report.verdict}, but the scoring rules give ${expected}`);
  return problems;
}

/** The verdict docs/scoring.md gives a report's findings and score with the report's own thresholds. */
function expectedVerdict(report: Report): Report['verdict'] {
  const { readyAt, notReadyBelow } = report.scoring;
  const has = (severity: string, status: string) => report.findings.some((finding) => finding.severity === severity && finding.status === status);
  if (has('critical', 'fail') || report.score < notReadyBelow) return 'not-ready';
  const blocked = has('critical', 'incomplete') || has('major', 'fail') || has('major', 'incomplete');
  return !blocked && report.score >= readyAt ? 'ready' : 'needs-work';
}

/** The own keys of Object.prototype and Array.prototype, to see that nothing was added to them. */
export function prototypeKeys(): string[] {
  return [...Reflect.ownKeys(Object.prototype), ...Reflect.ownKeys(Array.prototype), ...Reflect.ownKeys(Function.prototype)].map(String).sort();
}

/** What an outcome of `safeEvaluate` is, for the fuzz script's counts. */
export type OutcomeKind = 'report' | string;
