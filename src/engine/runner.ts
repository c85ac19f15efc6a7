import { Engine } from 'json-rules-engine';
import type { EvaluationContext } from '../facts/context.js';
import type { AnyFactDefinition } from '../facts/define.js';
import type { CompiledRule } from './compile.js';
import type { ConditionResultNode } from './decided.js';
import { FactMemo } from './fact-memo.js';
import { CUSTOM_OPERATORS } from './operators.js';
import { PathSafeAlmanac } from './path-safe-almanac.js';
import { resolvePath } from './path-resolver.js';

const MEMO_FACT = '$facts';
const APPLIES_SUFFIX = '#applies';

/** What one rule's conditions (or its applicability) came to: the result and the tree of condition results. */
export interface RuleOutcome {
  readonly result: boolean;
  /** The conditions as evaluated: each evaluated leaf has its `result`, `factResult` and `valueResult`. */
  readonly conditions: ConditionResultNode;
}

/** What one run produced for the rules it holds. */
export interface RunOutcome {
  /** Results by rule id; the applicability check of rule X is under `X#applies`. */
  readonly results: ReadonlyMap<string, RuleOutcome>;
  /** The run's facts: values computed once, what each call lacked, the warnings raised (live: facts read later for messages add theirs). */
  readonly facts: FactMemo;
}

export function applicabilityName(ruleId: string): string {
  return `${ruleId}${APPLIES_SUFFIX}`;
}

/**
 * One json-rules-engine Engine holding every rule, built once and reused: the reference
 * implementation (evaluator option `engine: 'json-rules-engine'`) the compiled path is proven
 * equal to. Runs are queued: the engine keeps a single running/finished status, so two
 * overlapping runs on one engine could cut each other short. The facts are computed by the
 * run's {@link FactMemo}, synchronously, so queueing costs no throughput.
 */
export class RuleRunner {
  private readonly engine: Engine;
  private readonly expectedResults: number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    rules: readonly CompiledRule[],
    private readonly facts: ReadonlyMap<string, AnyFactDefinition>,
  ) {
    this.engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
    for (const operator of CUSTOM_OPERATORS) this.engine.addOperator(operator);
    for (const name of facts.keys()) {
      this.engine.addFact(name, async (params, almanac) => (await almanac.factValue<FactMemo>(MEMO_FACT)).value(name, params));
    }
    let count = 0;
    for (const rule of rules) {
      this.engine.addRule({ name: rule.id, conditions: rule.conditions, event: { type: rule.id } });
      count += 1;
      if (rule.applicability) {
        this.engine.addRule({ name: applicabilityName(rule.id), conditions: rule.applicability, event: { type: applicabilityName(rule.id) } });
        count += 1;
      }
    }
    this.expectedResults = count;
  }

  run(context: EvaluationContext): Promise<RunOutcome> {
    const outcome = this.queue.then(() => this.runNow(context));
    this.queue = outcome.catch(() => undefined);
    return outcome;
  }

  private async runNow(context: EvaluationContext): Promise<RunOutcome> {
    const memo = new FactMemo(this.facts, context);
    // A new almanac each run (the engine adds its facts to it): paths read as resolvePath reads them, whatever the value.
    const { results, failureResults } = await this.engine.run({ [MEMO_FACT]: memo }, { almanac: new PathSafeAlmanac() });
    const all = [...results, ...failureResults];
    if (all.length !== this.expectedResults) {
      throw new Error(`internal error: the engine evaluated ${all.length} of ${this.expectedResults} rules`);
    }
    return {
      results: new Map(all.map((result) => [String(result.name), { result: result.result, conditions: result.conditions as ConditionResultNode }])),
      facts: memo,
    };
  }
}

/** Reads a dossier path directly (for `requires`), with the same prototype-safe resolver the engine uses. */
export function readDossierPath(context: EvaluationContext, path: string): unknown {
  return resolvePath(context.dossier, path);
}
