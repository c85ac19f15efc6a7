/**
 * Structural JSON comparison for the diff: key order and formatting never
 * count, a key holding `undefined` is the same as an absent key, array order
 * counts (callers that treat a list as a set say so).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const left = definedKeys(a as Record<string, unknown>);
  const right = definedKeys(b as Record<string, unknown>);
  if (left.length !== right.length) return false;
  return left.every((key) => Object.hasOwn(b, key) && jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function definedKeys(object: Record<string, unknown>): string[] {
  return Object.keys(object).filter((key) => object[key] !== undefined);
}

/** Two lists holding the same items, whatever their order (duplicates count). */
export function jsonEqualAsSets(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  const left = a ?? [];
  const right = [...(b ?? [])];
  if (left.length !== right.length) return false;
  for (const item of left) {
    const index = right.findIndex((candidate) => jsonEqual(item, candidate));
    if (index < 0) return false;
    right.splice(index, 1);
  }
  return true;
}

/** A short, single-line rendering of a JSON value for text output (keys sorted). */
export function jsonInline(value: unknown): string {
  if (value === undefined) return '—';
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
