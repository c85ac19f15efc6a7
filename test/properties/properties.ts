import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { createEvaluator, type EvaluateOptions, type Evaluator } from '../../src/index.js';
import { anyValue, callOptions, evaluatorOptions, mutatedDossier, seedDossiers } from './arbitraries.js';
import { isDocumentedError, prototypeKeys, reportProblems } from './invariants.js';

/*
 * The properties of issue 10, shared by the suite (a few thousand runs) and `npm run fuzz`
 * (100,000 and more). Each records what it saw in `counts`, so the fuzz script can print them.
 */

/** How many outcomes of each kind a property saw: `report`, or the error class's name. */
export type Counts = Map<string, number>;

function count(counts: Counts, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function fail(message: string): never {
  throw new Error(message);
}

/** The shared evaluator of the bundled rule sets, built once. */
let shared: Evaluator | undefined;
function evaluator(): Evaluator {
  shared ??= createEvaluator();
  return shared;
}

const seeds = seedDossiers();
/** A dossier to evaluate: mostly a realistic one changed at random, sometimes any value at all. */
const dossier = fc.oneof({ weight: 4, arbitrary: mutatedDossier(seeds) }, { weight: 1, arbitrary: anyValue });

/**
 * Typed outcome: `safeEvaluate` resolves, never throws, and gives either a report that passes
 * ReportSchema (score and completeness in 0–100, the verdict the scoring rules give) or a
 * documented error.
 */
export function typedOutcome(counts: Counts) {
  return fc.asyncProperty(dossier, callOptions, async (input, options) => {
    let result: Awaited<ReturnType<Evaluator['safeEvaluate']>>;
    try {
      result = await evaluator().safeEvaluate(input, options as EvaluateOptions);
    } catch (error) {
      count(counts, 'raw exception');
      fail(`safeEvaluate threw: ${String(error)}`);
    }
    if (!result.success) {
      count(counts, result.error.name);
      if (!isDocumentedError(result.error)) fail(`safeEvaluate gave an undocumented error: ${String(result.error)}`);
      return;
    }
    count(counts, 'report');
    const problems = reportProblems(result.report);
    if (problems.length > 0) fail(problems.join('\n'));
  });
}

/** `evaluate` resolves with a valid report or rejects with a documented error class, never anything else. */
export function evaluateRejectsTyped(counts: Counts) {
  return fc.asyncProperty(dossier, callOptions, async (input, options) => {
    try {
      const report = await evaluator().evaluate(input, options as EvaluateOptions);
      count(counts, 'report');
      const problems = reportProblems(report);
      if (problems.length > 0) fail(problems.join('\n'));
    } catch (error) {
      count(counts, error instanceof Error ? error.name : typeof error);
      if (!isDocumentedError(error)) fail(`evaluate rejected with an undocumented error: ${String(error)}`);
    }
  });
}

/**
 * Determinism and no side effects: the same dossier evaluated twice on the same dates gives the
 * same report, the input is left as it was, and no prototype gains a key.
 */
export function deterministicAndPure(counts: Counts) {
  return fc.asyncProperty(mutatedDossier(seeds, { json: true }), fc.constantFrom('vi', 'en'), async (input, locale) => {
    const before = JSON.stringify(input);
    const prototypesBefore = prototypeKeys();
    const options: EvaluateOptions = { asOf: '2026-12-01', locale };
    const first = await evaluator().safeEvaluate(input, options);
    const second = await evaluator().safeEvaluate(input, options);
    count(counts, first.success ? 'report' : first.error.name);
    if (!isDeepStrictEqual(first, second)) fail('two evaluations of the same dossier differ');
    if (JSON.stringify(input) !== before) fail('the evaluation changed its input');
    if (!isDeepStrictEqual(prototypeKeys(), prototypesBefore)) fail('a prototype gained or lost a key');
    if (({} as Record<string, unknown>).polluted !== undefined) fail('Object.prototype was polluted');
  });
}

/**
 * Any evaluator options: `createEvaluator` throws only documented errors, and the evaluator it
 * builds gives valid, finite reports with the verdict its own thresholds give.
 */
export function anyEvaluatorOptions(counts: Counts) {
  return fc.asyncProperty(evaluatorOptions, mutatedDossier(seeds), async (options, input) => {
    let built: Evaluator;
    try {
      built = createEvaluator(options as Parameters<typeof createEvaluator>[0]);
    } catch (error) {
      count(counts, `createEvaluator: ${error instanceof Error ? error.name : typeof error}`);
      if (!isDocumentedError(error)) fail(`createEvaluator threw an undocumented error: ${String(error)}`);
      return;
    }
    const result = await built.safeEvaluate(input, { asOf: '2026-12-01' });
    count(counts, result.success ? 'report' : result.error.name);
    if (result.success) {
      const problems = reportProblems(result.report);
      if (problems.length > 0) fail(problems.join('\n'));
    } else if (!isDocumentedError(result.error)) fail(`undocumented error: ${String(result.error)}`);
  });
}

/** The properties by name, for the suite and the fuzz script. */
export const PROPERTIES = {
  'typed outcome of safeEvaluate': typedOutcome,
  'evaluate rejects only with documented errors': evaluateRejectsTyped,
  'deterministic, input untouched, prototypes safe': deterministicAndPure,
  'any evaluator options': anyEvaluatorOptions,
} as const;
