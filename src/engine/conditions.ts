import type { Condition, LeafCondition } from '../schema/rule-set.js';

/** Visits every leaf condition of a tree, with its location for error messages. */
export function forEachLeaf(condition: Condition, visit: (leaf: LeafCondition, location: string) => void, location = ''): void {
  if ('all' in condition) condition.all.forEach((child, index) => forEachLeaf(child, visit, `${location}.all[${index}]`));
  else if ('any' in condition) condition.any.forEach((child, index) => forEachLeaf(child, visit, `${location}.any[${index}]`));
  else if ('not' in condition) forEachLeaf(condition.not, visit, `${location}.not`);
  else visit(condition, location);
}

/** How deeply a condition nests: 0 for a leaf, 1 for `{ all: [leaf] }`, … */
export function conditionDepth(condition: Condition): number {
  if ('all' in condition) return 1 + condition.all.reduce((deepest, child) => Math.max(deepest, conditionDepth(child)), 0);
  if ('any' in condition) return 1 + condition.any.reduce((deepest, child) => Math.max(deepest, conditionDepth(child)), 0);
  if ('not' in condition) return 1 + conditionDepth(condition.not);
  return 0;
}

/** A `{ "parameter": "name" }` placeholder in a condition's value or params. */
export function parameterReference(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const name = (value as Record<string, unknown>).parameter;
  return keys.length === 1 && typeof name === 'string' ? name : undefined;
}

/** Every parameter name referenced anywhere inside a JSON value. */
export function parameterReferences(value: unknown): string[] {
  const direct = parameterReference(value);
  if (direct !== undefined) return [direct];
  if (Array.isArray(value)) return value.flatMap(parameterReferences);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(parameterReferences);
  return [];
}

/** A copy of a JSON value with every `{ "parameter": name }` replaced by that parameter's value. */
export function substituteParameters<T>(value: T, parameters: Readonly<Record<string, unknown>>): T {
  const name = parameterReference(value);
  if (name !== undefined) return parameters[name] as T;
  if (Array.isArray(value)) return value.map((item) => substituteParameters(item, parameters)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, substituteParameters(field, parameters)])) as T;
  }
  return value;
}

/** A `{ "fact": "name", "path"?: "…" }` comparison value, which json-rules-engine resolves at run time. */
export function factReference(value: unknown): { fact: string; path?: string } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fact = (value as Record<string, unknown>).fact;
  const path = (value as Record<string, unknown>).path;
  if (typeof fact !== 'string') return undefined;
  return typeof path === 'string' ? { fact, path } : { fact };
}
