import * as z from 'zod/mini';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type { NormalizedDossier } from '../schema/normalize.js';
import { OptionsError } from '../schema/errors.js';
import { localizeIssues } from '../schema/issues.js';
import type { AnyFactDefinition } from './define.js';

/** What a host fact is computed from. */
export interface HostFactInput {
  /** The validated dossier (null fields removed). */
  readonly dossier: NormalizedDossier;
  /** The evaluation date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The legal reference date, `YYYY-MM-DD`. */
  readonly referenceDate: string;
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

/** A host fact threw, or returned a value its schema rejects. The evaluation is abandoned. */
export class HostFactError extends Error {
  override name = 'HostFactError';
  readonly kind = 'host-fact' as const;
  /** The host fact at fault. */
  readonly fact: string;
  readonly issues: readonly { path: string; message: string }[];

  constructor(fact: string, message: string, issues: readonly { path: string; message: string }[] = [], cause?: unknown) {
    super(`Dữ kiện "${fact}" của ứng dụng / host fact "${fact}": ${message}`, cause === undefined ? undefined : { cause });
    this.fact = fact;
    this.issues = issues;
  }
}

const NAME = /^[a-z][A-Za-z0-9]*$/;

/** Checks the host's fact declarations against each other and the catalogue. */
export function checkHostFacts(facts: unknown, catalogue: ReadonlyMap<string, AnyFactDefinition>): readonly HostFact[] {
  if (facts === undefined) return [];
  if (!Array.isArray(facts)) throw new OptionsError('facts', 'phải là một danh sách dữ kiện', 'must be a list of facts');
  const seen = new Set<string>();
  facts.forEach((fact: Partial<HostFact> | null, index) => {
    const where = `facts[${index}]`;
    if (!fact || typeof fact !== 'object') throw new OptionsError(where, 'phải là một đối tượng', 'must be an object');
    if (typeof fact.name !== 'string' || !NAME.test(fact.name)) {
      throw new OptionsError(`${where}.name`, 'phải là tên dạng camelCase', 'must be a camelCase name');
    }
    if (catalogue.has(fact.name) || seen.has(fact.name)) {
      throw new OptionsError(`${where}.name`, `"${fact.name}" đã có trong danh mục dữ kiện`, `"${fact.name}" is already a fact`);
    }
    seen.add(fact.name);
    if (!fact.description || typeof fact.description.vi !== 'string' || typeof fact.description.en !== 'string') {
      throw new OptionsError(`${where}.description`, 'cần mô tả { vi, en }', 'needs a description { vi, en }');
    }
    if (!fact.schema || typeof fact.schema !== 'object' || !('_zod' in fact.schema)) {
      throw new OptionsError(`${where}.schema`, 'phải là một schema zod', 'must be a zod schema');
    }
    if (typeof fact.compute !== 'function') throw new OptionsError(`${where}.compute`, 'phải là một hàm', 'must be a function');
  });
  return facts as HostFact[];
}

/** Host facts as catalogue definitions: their values are computed before the run and read from the context. */
export function hostFactDefinitions(facts: readonly HostFact[]): AnyFactDefinition[] {
  return facts.map((fact) => ({ name: fact.name, compute: (context) => context.hostFacts?.get(fact.name) }));
}

/** Computes every host fact for one evaluation, concurrently, and checks each value against its schema. */
export async function computeHostFacts(facts: readonly HostFact[], input: HostFactInput, locale: Locale): Promise<ReadonlyMap<string, unknown>> {
  const values = await Promise.all(
    facts.map(async (fact) => {
      let value: unknown;
      try {
        value = await fact.compute(input);
      } catch (error) {
        throw new HostFactError(fact.name, error instanceof Error ? error.message : String(error), [], error);
      }
      const parsed = z.safeParse(fact.schema, value);
      if (!parsed.success) {
        const issues = localizeIssues(parsed.error.issues, locale, '(value)').map(({ path, message }) => ({ path, message }));
        throw new HostFactError(fact.name, issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), issues);
      }
      return [fact.name, parsed.data] as const;
    }),
  );
  return new Map(values);
}
