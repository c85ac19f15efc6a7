import { Engine, type Almanac, type RuleResult } from 'json-rules-engine';
import type { EvaluationContext } from '../facts/context.js';
import type { AnyFactDefinition } from '../facts/define.js';
import type { CompiledRule } from './compile.js';
import { CUSTOM_OPERATORS } from './operators.js';
import { PathSafeAlmanac } from './path-safe-almanac.js';
import { resolvePath } from './path-resolver.js';
import type { UnknownDatum } from '../facts/unknowns.js';
import type { RaisedWarning } from '../facts/warnings.js';

const CONTEXT_FACT = '$context';
const APPLIES_SUFFIX = '#applies';

/** What one engine run produced for the rules it holds. */
export interface RunOutcome {
  /** Engine results by rule id; the applicability check of rule X is under `X#applies`. */
  readonly results: ReadonlyMap<string, RuleResult>;
  /** The run's almanac: fact values, computed once and cached, for messages and evidence. */
  readonly almanac: Almanac;
  /** What each fact call lacked, by {@link factCallKey}; a fact call that lacked nothing is absent. */
  readonly unknowns: ReadonlyMap<string, readonly UnknownDatum[]>;
  /** The warnings facts raised, once each (live: facts computed later for messages add theirs). */
  readonly warnings: ReadonlyMap<string, RaisedWarning>;
}

/** What the engine's facts read: the evaluation's context and where the run collects what facts lacked. */
interface RunState {
  readonly context: EvaluationContext;
  readonly unknowns: Map<string, UnknownDatum[]>;
  /** Raised warnings by code and params, so a fact asked by several rules raises each once. */
  readonly warnings: Map<string, RaisedWarning>;
}

/** One fact asked with one set of params, as the almanac caches it. */
export function factCallKey(fact: string, params: Record<string, unknown> | undefined): string {
  return params && Object.keys(params).length > 0 ? `${fact}${JSON.stringify(params)}` : fact;
}

export function applicabilityName(ruleId: string): string {
  return `${ruleId}${APPLIES_SUFFIX}`;
}

/**
 * One json-rules-engine Engine holding every rule, built once and reused.
 * Runs are queued: the engine keeps a single running/finished status, so two
 * overlapping runs on one engine could cut each other short. All facts are
 * synchronous and computed from the context, so queueing costs no throughput.
 */
export class RuleRunner {
  private readonly engine: Engine;
  private readonly expectedResults: number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(rules: readonly CompiledRule[], facts: ReadonlyMap<string, AnyFactDefinition>) {
    this.engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
    for (const operator of CUSTOM_OPERATORS) this.engine.addOperator(operator);
    for (const [name, fact] of facts) {
      this.engine.addFact(name, async (params, almanac) => {
        const state = await almanac.factValue<RunState>(CONTEXT_FACT);
        const lacked = new Map<string, UnknownDatum>();
        const value = fact.compute(
          {
            ...state.context,
            noteUnknown: (datum) => lacked.set(datum.path, datum),
            raiseWarning: (warning) => state.warnings.set(`${warning.code}${JSON.stringify(warning.params ?? {})}`, warning),
          },
          params,
        );
        if (lacked.size > 0) state.unknowns.set(factCallKey(name, params), [...lacked.values()]);
        return value;
      });
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
    const state: RunState = { context, unknowns: new Map(), warnings: new Map() };
    // A new almanac each run (the engine adds its facts to it): paths read as resolvePath reads them, whatever the value.
    const { results, failureResults, almanac } = await this.engine.run({ [CONTEXT_FACT]: state }, { almanac: new PathSafeAlmanac() });
    const all = [...results, ...failureResults];
    if (all.length !== this.expectedResults) {
      throw new Error(`internal error: the engine evaluated ${all.length} of ${this.expectedResults} rules`);
    }
    return { results: new Map(all.map((result) => [String(result.name), result])), almanac, unknowns: state.unknowns, warnings: state.warnings };
  }
}

/** The value a template binding or evidence path refers to, through the run's cache (a path into a non-object reads undefined). */
export function readFact(almanac: Almanac, fact: string, params: Record<string, unknown>, path?: string): Promise<unknown> {
  return almanac.factValue(fact, params, path ?? '');
}

/** Reads a dossier path directly (for `requires`), with the same prototype-safe resolver the engine uses. */
export function readDossierPath(context: EvaluationContext, path: string): unknown {
  return resolvePath(context.dossier, path);
}
