import type * as z from 'zod/mini';
import type { FactValueKind } from './value-kind.js';

/** The parts of a zod 4 schema's definition (classic or mini) read here; anything else reads as `any`. */
interface SchemaDefinition {
  readonly type?: string;
  readonly innerType?: z.core.$ZodType;
  readonly out?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
}

const SCALAR_TYPES: Readonly<Record<string, FactValueKind>> = {
  string: 'string',
  template_literal: 'string',
  number: 'number',
  int: 'number',
  nan: 'number',
  boolean: 'boolean',
  success: 'boolean',
  bigint: 'scalar',
  symbol: 'scalar',
  null: 'scalar',
  undefined: 'scalar',
  void: 'scalar',
};

/** Wrappers whose value is their inner schema's (or, for a pipe, its output's), null and undefined aside. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** How deep wrappers and unions are followed before a schema reads as `any`. */
const MAX_DEPTH = 16;

/** The kind shared by scalar values (literal or enum values), `scalar` when they differ; null and undefined aside. */
function kindOfValues(values: readonly unknown[]): FactValueKind {
  const kinds = new Set(
    values
      .filter((value) => value !== null && value !== undefined)
      .map((value) => (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? typeof value : 'scalar')),
  );
  return kinds.size === 1 ? ([...kinds][0] as FactValueKind) : 'scalar';
}

/** The kind shared by a union's options: one kind, `scalar` for several single values, else `any`. */
function kindOfUnion(options: readonly z.core.$ZodType[], depth: number): FactValueKind {
  const kinds = new Set(options.map((option) => kindOf(option, depth + 1)).filter((kind) => kind !== undefined));
  if (kinds.size === 1) return [...kinds][0]!;
  return [...kinds].every((kind) => SCALAR_KINDS.has(kind)) ? 'scalar' : 'any';
}

const SCALAR_KINDS: ReadonlySet<FactValueKind> = new Set(['number', 'boolean', 'string', 'date', 'scalar']);

/** A schema's kind; undefined for a schema of null or undefined alone (no kind of its own, within a union). */
function kindOf(schema: z.core.$ZodType, depth: number): FactValueKind | undefined {
  if (depth > MAX_DEPTH) return 'any';
  const definition = (schema as { _zod?: { def?: SchemaDefinition } })._zod?.def;
  const type = definition?.type;
  if (definition === undefined || type === undefined) return 'any';
  if (type === 'null' || type === 'undefined' || type === 'void') return depth === 0 ? 'scalar' : undefined;
  if (Object.hasOwn(SCALAR_TYPES, type)) return SCALAR_TYPES[type];
  if (WRAPPERS.has(type) && definition.innerType) return kindOf(definition.innerType, depth + 1);
  if (type === 'pipe' && definition.out) return kindOf(definition.out, depth + 1);
  if (type === 'literal' && definition.values) return kindOfValues(definition.values);
  if (type === 'enum' && definition.entries) return kindOfValues(Object.values(definition.entries));
  if (type === 'union' && definition.options) return kindOfUnion(definition.options, depth);
  if (type === 'array' || type === 'tuple') return 'list';
  if (type === 'object' || type === 'record') return 'object';
  // any, unknown, date, map, set, intersection, transform, lazy, custom…: it may hold a path.
  return 'any';
}

/**
 * The kind of value a host fact's schema allows, from its top-level type: a number,
 * string or boolean schema (optional, nullable, a literal or enum of such) cannot hold
 * a `path`; an object, record, list, or a schema that does not say, may.
 */
export function schemaValueKind(schema: z.core.$ZodType): FactValueKind {
  return kindOf(schema, 0) ?? 'scalar';
}
