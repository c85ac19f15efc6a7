import type { EvaluationContext } from '../facts/context.js';
import type { AnyFactDefinition } from '../facts/define.js';
import type { UnknownDatum } from '../facts/unknowns.js';
import type { RaisedWarning } from '../facts/warnings.js';
import { resolvePath } from './path-resolver.js';

/** One fact asked with one set of params, as a run caches it. */
export function factCallKey(fact: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return params && Object.keys(params).length > 0 ? `${fact}${JSON.stringify(params)}` : fact;
}

/** A warning's identity: a fact asked by several rules raises it once. */
function warningKey(warning: RaisedWarning): string {
  return `${warning.code}${JSON.stringify(warning.params ?? {})}`;
}

/**
 * The facts of one evaluation, each computed at most once per set of params, synchronously, with
 * what each call lacked and the warnings it raised. Both engines read facts through it (the
 * json-rules-engine path from its fact callbacks, the compiled path directly), and so do the
 * messages and evidence afterwards: a fact a template names is computed when first read.
 */
export class FactMemo {
  private readonly values = new Map<string, unknown>();
  private readonly lackedByCall = new Map<string, readonly UnknownDatum[]>();
  private readonly raised = new Map<string, RaisedWarning>();

  constructor(
    private readonly facts: ReadonlyMap<string, AnyFactDefinition>,
    private readonly context: EvaluationContext,
  ) {}

  /** The value of `fact` with `params` (computed on first use). A name no fact has is a defect: validation rejects it. */
  value(fact: string, params: Readonly<Record<string, unknown>> | undefined): unknown {
    const key = factCallKey(fact, params);
    if (this.values.has(key)) return this.values.get(key);
    const definition = this.facts.get(fact);
    if (definition === undefined) throw new Error(`internal error: undefined fact ${fact}`);
    const lacked = new Map<string, UnknownDatum>();
    const value = definition.compute(
      {
        ...this.context,
        noteUnknown: (datum) => lacked.set(datum.path, datum),
        raiseWarning: (warning) => {
          const identity = warningKey(warning);
          if (!this.raised.has(identity)) this.raised.set(identity, warning);
        },
      },
      (params ?? {}) as Record<string, unknown>,
    );
    if (lacked.size > 0) this.lackedByCall.set(key, [...lacked.values()]);
    this.values.set(key, value);
    return value;
  }

  /** The value at `path` of a fact's value (prototype-safe; a path into a non-object reads undefined). */
  read(fact: string, params: Readonly<Record<string, unknown>> | undefined, path: string | undefined): unknown {
    const whole = this.value(fact, params);
    return path === undefined || path === '' ? whole : resolvePath(whole, path);
  }

  /** What each fact call lacked, by {@link factCallKey}; a call that lacked nothing is absent. */
  get unknowns(): ReadonlyMap<string, readonly UnknownDatum[]> {
    return this.lackedByCall;
  }

  /** The warnings facts raised so far, once each. */
  get warnings(): Iterable<RaisedWarning> {
    return this.raised.values();
  }
}
