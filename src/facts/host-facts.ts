import * as z from 'zod/mini';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import { phrase, say, sayBoth } from '../i18n/say.js';
import type { LocalizableError } from '../schema/errors.js';
import { describeIssues, wordIssue, wordIssues, type IssueDetail } from '../schema/issues.js';
import type { NormalizedDossier } from '../schema/normalize.js';
import type { AnyFactDefinition } from './define.js';
import { schemaValueKind } from './host-fact-kind.js';

/** What a host fact is computed from. */
export interface HostFactInput {
  /** The validated dossier (null fields removed), deep-frozen: a host fact cannot change what the rules judge. */
  readonly dossier: NormalizedDossier;
  /** The evaluation date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The legal reference date, `YYYY-MM-DD`. */
  readonly referenceDate: string;
  /**
   * Aborted when the evaluation is stopped (its `timeoutMs` ran out, or the caller's `signal` was
   * aborted), with the `EvaluationCancelledError` as its `reason`: pass it on to `fetch` or a
   * database driver so that the lookup stops too. The evaluation does not wait for it.
   */
  readonly signal: AbortSignal;
}

/**
 * A fact the host supplies, e.g. a lookup in the province's registry of craft
 * villages. Rules (the host's own rule sets) name it like a catalogue fact.
 * It is computed once per evaluation, before the rules run, and its value is
 * checked against `schema`.
 */
export interface HostFact<Value = unknown> {
  /** A camelCase name, distinct from every catalogue fact. */
  name: string;
  /** What the value is, in Vietnamese and English (shown in the report's stamp). */
  description: LocalizedText;
  /** A zod schema (classic or mini) the value must satisfy. */
  schema: z.core.$ZodType<Value>;
  /** Computes the value; may be async (a database or HTTP lookup). */
  compute(input: HostFactInput): Value | Promise<Value>;
}

/**
 * A host fact threw, or returned a value its schema rejects. The evaluation is abandoned.
 * `message` names the fact in Vietnamese and English, then gives what the host's code threw
 * (as it threw it) or what is wrong with the value (in the call's `locale`, as `issues` are).
 */
export class HostFactError extends Error implements LocalizableError {
  override name = 'HostFactError';
  readonly kind = 'host-fact' as const;
  readonly code = 'error.hostFact' as const;
  readonly params: { readonly fact: string };
  /** The host fact at fault. */
  readonly fact: string;
  /** What is wrong with the value, in {@link locale}; empty when the fact threw. */
  readonly issues: readonly { path: string; message: string }[];
  /** What is wrong with the value, not worded yet; empty when the fact threw. */
  readonly details: readonly IssueDetail[];
  readonly locale: Locale;
  /** What the host's code threw, as it threw it; undefined when the value was rejected. */
  readonly thrown: string | undefined;

  /** `problem` is what the fact threw, or what its schema found wrong with the value. */
  constructor(fact: string, problem: string | readonly IssueDetail[], locale: Locale, cause?: unknown) {
    super(`${sayBoth(phrase('error.hostFact', { fact }))}: ${describeProblem(problem, locale)}`, cause === undefined ? undefined : { cause });
    this.params = { fact };
    this.fact = fact;
    this.locale = locale;
    this.thrown = typeof problem === 'string' ? problem : undefined;
    this.details = typeof problem === 'string' ? [] : problem;
    this.issues = wordIssues(this.details, locale).map(({ path, message }) => ({ path, message }));
  }

  messageIn(locale: Locale): string {
    return `${say(locale, this.code, this.params)}: ${describeProblem(this.thrown ?? this.details, locale)}`;
  }
}

function describeProblem(problem: string | readonly IssueDetail[], locale: Locale): string {
  if (typeof problem === 'string') return problem;
  return problem.map((detail) => `${detail.path}: ${wordIssue(detail, locale)}`).join('; ');
}

/** What a host's code threw, as text; never throws itself (the thrown value may be anything). */
function thrownText(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return typeof error;
  }
}

/** Freezes a plain-data value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Host facts as catalogue definitions: their values are computed before the run and read
 * from the context; the kind of value is their schema's, so a rule's `path` is checked alike.
 */
export function hostFactDefinitions(facts: readonly HostFact[]): AnyFactDefinition[] {
  return facts.map((fact) => ({ name: fact.name, returns: schemaValueKind(fact.schema), compute: (context) => context.hostFacts?.get(fact.name) }));
}

/** Computes every host fact for one evaluation, concurrently, and checks each value against its schema. */
export async function computeHostFacts(facts: readonly HostFact[], given: HostFactInput, locale: Locale): Promise<ReadonlyMap<string, unknown>> {
  if (facts.length === 0) return new Map();
  // Each host fact sees a deep-frozen copy: none can change the dossier the rules then judge.
  const input: HostFactInput = Object.freeze({ ...given, dossier: deepFreeze(structuredClone(given.dossier)) });
  const values = await Promise.all(
    facts.map(async (fact) => {
      let value: unknown;
      try {
        value = await fact.compute(input);
      } catch (error) {
        throw new HostFactError(fact.name, thrownText(error), locale, error);
      }
      let parsed: z.core.util.SafeParseResult<unknown>;
      try {
        // Async, so a schema that refines asynchronously (a lookup) works; one that throws is the fact's failure.
        parsed = await z.safeParseAsync(fact.schema, value);
      } catch (error) {
        throw new HostFactError(fact.name, thrownText(error), locale, error);
      }
      if (!parsed.success) throw new HostFactError(fact.name, describeIssues(parsed.error.issues, '(value)'), locale);
      return [fact.name, parsed.data] as const;
    }),
  );
  return new Map(values);
}
